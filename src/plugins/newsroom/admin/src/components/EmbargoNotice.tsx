import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useEmbargoTime } from '../hooks/useEmbargoTime';
import { messageId } from '../translations';
import { browserTimeZone, isFutureEmbargo } from '../utils/embargo-time';

/**
 * The edit view's embargo line: the saved draft's embargo (what the embargo job acts on), and beside the
 * time in the form, the time zone the picker uses and the same time in the newsroom's zone.
 */
export const EmbargoNotice = ({ saved, newsroomTimeZone }: { saved: unknown; newsroomTimeZone: string }) => {
  const { formatMessage } = useIntl();
  const format = useEmbargoTime();
  const inForm = useForm('NewsroomEmbargoNotice', (state) => (state.values as Record<string, unknown>).embargoUntil);
  const savedUntil = isFutureEmbargo(saved) ? saved : null;
  const formUntil = isFutureEmbargo(inForm) ? inForm : null;
  if (!savedUntil && !formUntil) return null;
  const zone = browserTimeZone();

  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="newsroom-embargo">
      {savedUntil ? (
        <>
          <Box>
            <Badge backgroundColor="warning100" textColor="warning700" data-testid="newsroom-embargo-badge">
              {formatMessage({ id: messageId('embargo.badge'), defaultMessage: 'Embargoed' })}
            </Badge>
          </Box>
          <Typography tag="p" fontWeight="bold" dir="auto" data-testid="newsroom-embargo-until">
            {formatMessage({ id: messageId('embargo.until'), defaultMessage: 'Embargoed until {time}' }, { time: format(savedUntil) })}
          </Typography>
          <Typography tag="p" variant="pi" textColor="neutral600">
            {formatMessage({ id: messageId('embargo.job'), defaultMessage: 'The embargo job publishes it then.' })}
          </Typography>
        </>
      ) : null}
      {formUntil && formUntil !== savedUntil ? (
        <Typography tag="p" variant="pi" textColor="warning600" data-testid="newsroom-embargo-unsaved">
          {formatMessage({ id: messageId('embargo.unsaved'), defaultMessage: 'Save the draft to set this embargo.' })}
        </Typography>
      ) : null}
      {formUntil ? (
        <Box data-testid="newsroom-embargo-zones">
          <Typography tag="p" variant="pi" textColor="neutral600">
            {formatMessage(
              { id: messageId('embargo.zone'), defaultMessage: 'Times in the date picker are in {zone}, your browser’s time zone.' },
              { zone: `\u2066${zone}\u2069` }
            )}
          </Typography>
          {newsroomTimeZone !== zone ? (
            <Typography tag="p" variant="pi" textColor="neutral600" dir="auto" data-testid="newsroom-embargo-newsroom-time">
              {formatMessage(
                { id: messageId('embargo.newsroomTime'), defaultMessage: 'In the newsroom’s time: {time}' },
                { time: format(formUntil, newsroomTimeZone) }
              )}
            </Typography>
          ) : null}
        </Box>
      ) : null}
    </Flex>
  );
};
