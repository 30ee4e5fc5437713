import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl, type IntlShape } from 'react-intl';
import type { EditorialWarning } from '../hooks/useEditorialCheck';
import { ARTICLE_UID } from '../pluginId';
import { messageId, type MessageKey } from '../translations';

// `quotes.2.expert` is the third quote: journalists count from one.
const quoteNumber = (field: string): number | undefined => {
  const index = /^quotes\.(\d+)\./.exec(field);
  return index ? Number(index[1]) + 1 : undefined;
};

// `sources.1.name` reads "Sources 2", with the content manager's own label of the field in the admin's language.
const fieldLabel = (field: string, formatMessage: IntlShape['formatMessage']): string => {
  const [name, index] = field.split('.');
  const label = formatMessage({ id: `content-manager.content-types.${ARTICLE_UID}.${name}`, defaultMessage: name });
  return index === undefined ? label : `${label} ${Number(index) + 1}`;
};

/** The editorial warnings, in the admin's language (the server's English wording is the fallback). */
export const WarningList = ({ warnings }: { warnings: EditorialWarning[] }) => {
  const { formatMessage } = useIntl();
  return (
    <Box tag="ul" paddingTop={1} data-testid="newsroom-warnings">
      {warnings.map((warning) => (
        <Box
          tag="li"
          key={`${warning.code}-${warning.field}`}
          paddingBottom={1}
          data-warning={warning.code}
          data-field={warning.field}
          data-severity={warning.severity}
        >
          <Flex gap={2} alignItems="baseline" wrap="wrap">
            {/* What Strapi would refuse anyway is marked: Publish offers no "Publish anyway" for it. */}
            {warning.severity === 'blocking' ? (
              <Badge backgroundColor="danger100" textColor="danger700">
                {formatMessage({ id: messageId('panel.blocking'), defaultMessage: 'Blocks publishing' })}
              </Badge>
            ) : null}
            <Typography textColor={warning.severity === 'blocking' ? 'danger600' : 'warning600'}>
              {formatMessage(
                { id: messageId(`warning.${warning.code}` as MessageKey), defaultMessage: warning.message },
                { n: quoteNumber(warning.field), field: fieldLabel(warning.field, formatMessage) }
              )}
            </Typography>
          </Flex>
        </Box>
      ))}
    </Box>
  );
};
