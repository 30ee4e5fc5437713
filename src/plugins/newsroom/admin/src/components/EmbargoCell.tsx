import type { ListFieldLayout, ListLayout } from '@strapi/content-manager/strapi-admin';
import { Tooltip, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useEmbargoTime } from '../hooks/useEmbargoTime';
import { messageId } from '../translations';
import { isFutureEmbargo } from '../utils/embargo-time';

/** The list view's embargo cell: the draft's embargo still to come, in the editor's language and time zone. */
const EmbargoCell = ({ embargoUntil }: { embargoUntil: unknown }) => {
  const { formatMessage } = useIntl();
  const format = useEmbargoTime();
  if (!isFutureEmbargo(embargoUntil)) return null;
  const line = formatMessage({ id: messageId('embargo.until'), defaultMessage: 'Embargoed until {time}' }, { time: format(embargoUntil) });
  return (
    <Tooltip label={line}>
      {/* Not a Badge: it writes in capitals, zone names included. */}
      <Typography variant="pi" fontWeight="bold" textColor="warning700" ellipsis dir="auto" data-testid="newsroom-embargo-cell">
        {line}
      </Typography>
    </Tooltip>
  );
};

/**
 * The content manager's list-view hook (`Admin/CM/pages/ListView/inject-column-in-table`): adds the embargo
 * column to the articles' list, the only type with `embargoUntil`. The rows hold the drafts' scalar fields.
 */
export const addEmbargoColumn = ({ displayedHeaders, layout }: { displayedHeaders: ListFieldLayout[]; layout: ListLayout }) => {
  if (!('embargoUntil' in layout.metadatas) || displayedHeaders.some((header) => header.name === 'embargoUntil')) {
    return { displayedHeaders, layout };
  }
  const column: ListFieldLayout = {
    attribute: { type: 'custom' },
    // The list view translates a label that is a message descriptor as it is (i18n's own column does this);
    // its type only says string.
    label: { id: messageId('embargo.column'), defaultMessage: 'Embargo' } as unknown as string,
    name: 'newsroomEmbargo',
    searchable: false,
    sortable: false,
    cellFormatter: (row) => <EmbargoCell embargoUntil={row.embargoUntil} />,
  };
  return { displayedHeaders: [...displayedHeaders, column], layout };
};
