import type { ListFieldLayout, ListLayout } from '@strapi/content-manager/strapi-admin';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

/** An option of an enumeration in a list, labelled as the edit view labels it: by its bare value. */
const EnumerationCell = ({ value }: { value: unknown }) => {
  const { formatMessage } = useIntl();
  if (typeof value !== 'string' || value === '') return <Typography textColor="neutral800">-</Typography>;
  return <Typography textColor="neutral800">{formatMessage({ id: value, defaultMessage: value })}</Typography>;
};

interface ListColumns {
  displayedHeaders: ListFieldLayout[];
  layout: ListLayout;
}

/**
 * The content manager's list view shows an enumeration's raw value (`news`, `analyst`) where its edit view
 * shows the option's label in the admin's language: this list view hook gives enumeration columns the same
 * label. Strapi's i18n plugin adds its own column through the same hook.
 */
export const labelEnumerationColumns = ({ displayedHeaders, layout }: ListColumns): ListColumns => ({
  displayedHeaders: displayedHeaders.map((header) =>
    header.attribute.type === 'enumeration'
      ? { ...header, cellFormatter: (row) => <EnumerationCell value={row[header.name]} /> }
      : header,
  ),
  layout,
});
