import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { EditorialWarning } from '../hooks/useEditorialCheck';
import { messageId, type MessageKey } from '../translations';

// `quotes.2.expert` is the third quote: journalists count from one.
const quoteNumber = (field: string): number | undefined => {
  const index = /^quotes\.(\d+)\./.exec(field);
  return index ? Number(index[1]) + 1 : undefined;
};

/** The editorial warnings, in the admin's language (the server's English wording is the fallback). */
export const WarningList = ({ warnings }: { warnings: EditorialWarning[] }) => {
  const { formatMessage } = useIntl();
  return (
    <Box tag="ul" paddingTop={1} data-testid="newsroom-warnings">
      {warnings.map((warning) => (
        <Box tag="li" key={`${warning.code}-${warning.field}`} paddingBottom={1} data-warning={warning.code}>
          <Typography textColor="warning600">
            {formatMessage(
              { id: messageId(`warning.${warning.code}` as MessageKey), defaultMessage: warning.message },
              { n: quoteNumber(warning.field) }
            )}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
