import { useCallback, useEffect, useState } from 'react';
import { Badge, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { textDirection } from '../../../server/src/text/direction';
import { messageId } from '../translations';

interface Correction {
  documentId: string;
  kind: 'correction' | 'clarification';
  text: string;
  issuedAt: string;
  amendedAt: string | null;
  earlierWordings: { text: string; until: string }[];
}

/**
 * The published article's public log of corrections in this locale, and the form an editor appends to it
 * with: the entry is public at once (the article, its JSON-LD and feeds show it; its translations become
 * outdated), so it takes the permission to publish the locale: without it, the log is shown and the form is not.
 */
export const CorrectionsLog = ({ documentId, locale, mayAdd }: { documentId: string; locale: string; mayAdd: boolean }) => {
  const { formatMessage, formatDate } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [log, setLog] = useState<Correction[]>();
  const [kind, setKind] = useState<Correction['kind']>('correction');
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const base = `/newsroom/articles/${documentId}/corrections?locale=${encodeURIComponent(locale)}`;

  const load = useCallback(async () => {
    const { data } = await get<{ data: Correction[] }>(base);
    setLog(data.data);
  }, [get, base]);

  useEffect(() => {
    load().catch(() => setLog([]));
  }, [load]);

  const submit = async () => {
    setSaving(true);
    try {
      await post(base, { data: { kind, text } });
      setText('');
      await load();
    } catch {
      toggleNotification({ type: 'danger', message: formatMessage({ id: messageId('corrections.failed'), defaultMessage: 'The correction was not added.' }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="newsroom-corrections">
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage({ id: messageId('corrections.title'), defaultMessage: 'Corrections' })}
      </Typography>
      {(log ?? []).map((entry) => (
        <Box key={entry.documentId} data-correction={entry.documentId}>
          <Flex gap={2}>
            <Badge>{formatMessage({ id: messageId(`corrections.${entry.kind}`), defaultMessage: entry.kind })}</Badge>
            <Typography variant="pi" textColor="neutral600">
              {formatDate(entry.issuedAt, { dateStyle: 'medium' })}
            </Typography>
          </Flex>
          <Typography tag="p" dir={textDirection(locale)}>
            {entry.text}
          </Typography>
        </Box>
      ))}
      {mayAdd ? (
        <>
          <SingleSelect
            aria-label={formatMessage({ id: messageId('corrections.kind'), defaultMessage: 'Kind' })}
            value={kind}
            onChange={(value: string | number) => setKind(value === 'clarification' ? 'clarification' : 'correction')}
          >
            <SingleSelectOption value="correction">{formatMessage({ id: messageId('corrections.correction'), defaultMessage: 'Correction' })}</SingleSelectOption>
            <SingleSelectOption value="clarification">
              {formatMessage({ id: messageId('corrections.clarification'), defaultMessage: 'Clarification' })}
            </SingleSelectOption>
          </SingleSelect>
          <Field.Root name="newsroom-correction-text">
            <Textarea dir={textDirection(locale)} value={text} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)} />
          </Field.Root>
          <Button variant="secondary" onClick={submit} loading={saving} disabled={text.trim() === ''} fullWidth>
            {formatMessage({ id: messageId('corrections.add'), defaultMessage: 'Publish the correction' })}
          </Button>
        </>
      ) : null}
    </Flex>
  );
};
