import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useEditorialCheck } from '../hooks/useEditorialCheck';
import { messageId } from '../translations';
import { EmbargoNotice } from './EmbargoNotice';
import { WarningList } from './WarningList';

/**
 * Word count, reading time, the slug to be, and what to fix before publishing, as the journalist types; and
 * the embargo of the saved draft (`savedEmbargo`, its `embargoUntil`).
 */
export const EditorialChecks = ({ documentId, locale, savedEmbargo }: { documentId?: string; locale: string; savedEmbargo?: unknown }) => {
  const { formatMessage } = useIntl();
  const { check, failed } = useEditorialCheck('NewsroomEditorialChecks', { documentId, locale });

  if (failed) {
    return <Typography textColor="danger600">{formatMessage({ id: messageId('panel.error'), defaultMessage: 'The checks are not available right now.' })}</Typography>;
  }
  if (!check) return null;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="newsroom-checks">
      <EmbargoNotice saved={savedEmbargo} newsroomTimeZone={check.timeZone} />
      <Flex gap={2} wrap="wrap">
        <Badge data-testid="newsroom-word-count">
          {formatMessage({ id: messageId('panel.words'), defaultMessage: '{count} words' }, { count: check.wordCount })}
        </Badge>
        <Badge data-testid="newsroom-reading-time">
          {formatMessage({ id: messageId('panel.reading'), defaultMessage: '{minutes} min read' }, { minutes: check.readingTimeMinutes })}
        </Badge>
      </Flex>

      <Box>
        <Typography variant="sigma" textColor="neutral600">
          {formatMessage({ id: messageId('panel.slug'), defaultMessage: 'Slug once saved' })}
        </Typography>
        {check.slug.willBe ? (
          <Box paddingTop={1}>
            <Typography tag="p" dir="auto" fontWeight="bold" data-testid="newsroom-slug" style={{ wordBreak: 'break-all' }}>
              {check.slug.willBe}
            </Typography>
            {check.slug.latin && check.slug.latin !== check.slug.willBe ? (
              <Typography tag="p" variant="pi" textColor="neutral600" dir="ltr" data-testid="newsroom-slug-latin" style={{ wordBreak: 'break-all' }}>
                {formatMessage({ id: messageId('panel.slug.latin'), defaultMessage: 'Latin form' })}: {check.slug.latin}
              </Typography>
            ) : null}
          </Box>
        ) : (
          <Typography tag="p" variant="pi" textColor="neutral600">
            {formatMessage({ id: messageId('panel.slug.none'), defaultMessage: 'Written once there is a title' })}
          </Typography>
        )}
      </Box>

      <Box>
        <Typography variant="sigma" textColor="neutral600">
          {formatMessage({ id: messageId('panel.warnings'), defaultMessage: 'Before publishing' })}
        </Typography>
        {check.warnings.length === 0 ? (
          <Typography tag="p" textColor="success600" data-testid="newsroom-no-warnings">
            {formatMessage({ id: messageId('panel.warnings.none'), defaultMessage: 'Nothing to fix' })}
          </Typography>
        ) : (
          <WarningList warnings={check.warnings} />
        )}
      </Box>
    </Flex>
  );
};
