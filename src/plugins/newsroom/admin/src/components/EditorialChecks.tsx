import { useEffect, useState } from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useDebounce, useFetchClient, useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { messageId, type MessageKey } from '../translations';
import { toEditorialCheck } from '../utils/form-values';

interface EditorialWarning {
  code: string;
  field: string;
  message: string;
}

export interface EditorialCheck {
  wordCount: number;
  readingTimeMinutes: number;
  slug: { willBe: string | null; native: string; latin: string };
  warnings: EditorialWarning[];
}

const warningNumber = (field: string): number | undefined => {
  const index = /^quotes\.(\d+)\./.exec(field);
  return index ? Number(index[1]) + 1 : undefined;
};

/** Word count, reading time, the slug to be, and what to fix before publishing, as the journalist types. */
export const EditorialChecks = ({ documentId, locale }: { documentId?: string; locale: string }) => {
  const { formatMessage } = useIntl();
  const values = useForm('NewsroomEditorialChecks', (state) => state.values) as Record<string, unknown>;
  const pending = useDebounce(values, 400);
  const { post } = useFetchClient();
  const [check, setCheck] = useState<EditorialCheck>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let active = true;
    post<{ data: EditorialCheck }>(`/newsroom/articles/editorial-check?locale=${encodeURIComponent(locale)}`, {
      data: toEditorialCheck(pending, documentId),
    })
      .then(({ data }) => {
        if (!active) return;
        setCheck(data.data);
        setFailed(false);
      })
      .catch(() => {
        if (active) setFailed(true);
      });
    return () => {
      active = false;
    };
  }, [pending, documentId, locale, post]);

  if (failed) {
    return <Typography textColor="danger600">{formatMessage({ id: messageId('panel.error'), defaultMessage: 'The checks are not available right now.' })}</Typography>;
  }
  if (!check) return null;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="newsroom-checks">
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
          <Box tag="ul" paddingTop={1} data-testid="newsroom-warnings">
            {check.warnings.map((warning) => (
              <Box tag="li" key={`${warning.code}-${warning.field}`} paddingBottom={1} data-warning={warning.code}>
                <Typography textColor="warning600">
                  {formatMessage(
                    { id: messageId(`warning.${warning.code}` as MessageKey), defaultMessage: warning.message },
                    { n: warningNumber(warning.field) }
                  )}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
      </Box>
    </Flex>
  );
};
