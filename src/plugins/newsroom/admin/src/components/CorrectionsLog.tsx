import { useCallback, useEffect, useState } from 'react';
import { Badge, Box, Button, Dialog, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { isFetchError, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { textDirection } from '../../../server/src/text/direction';
import { messageId, type MessageKey } from '../translations';
import { correctionRefusal } from '../utils/correction-refusal';

type Kind = 'correction' | 'clarification';

interface Correction {
  documentId: string;
  kind: Kind;
  text: string;
  issuedAt: string;
  amendedAt: string | null;
  earlierWordings: { text: string; until: string }[];
}

/** An entry as readers see it under the article: its kind, its date, its text in the locale's direction. */
const CorrectionText = ({ kind, date, text, locale }: { kind: Kind; date: string; text: string; locale: string }) => {
  const { formatMessage, formatDate } = useIntl();
  return (
    <Box dir={textDirection(locale)}>
      <Flex gap={2}>
        <Badge>{formatMessage({ id: messageId(`corrections.${kind}`), defaultMessage: kind })}</Badge>
        <Typography variant="pi" textColor="neutral600">
          {formatDate(date, { dateStyle: 'long' })}
        </Typography>
      </Flex>
      <Typography tag="p">{text}</Typography>
    </Box>
  );
};

/**
 * The published article's public log of corrections in this locale, and the form an editor appends to it
 * with: the entry is public at once (the article, its JSON-LD and feeds show it; its translations become
 * outdated), so it takes the permission to publish the locale: without it, the log is shown and the form is
 * not. Adding asks for confirmation with the entry as readers will see it; amending a wording keeps the
 * earlier one, shown here as on the public page.
 */
export const CorrectionsLog = ({ documentId, locale, mayAdd }: { documentId: string; locale: string; mayAdd: boolean }) => {
  const { formatMessage, formatDate } = useIntl();
  const { get, post, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [log, setLog] = useState<Correction[]>();
  const [kind, setKind] = useState<Kind>('correction');
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [amending, setAmending] = useState<{ documentId: string; text: string }>();
  const [saving, setSaving] = useState(false);
  const query = `?locale=${encodeURIComponent(locale)}`;
  const base = `/newsroom/articles/${documentId}/corrections${query}`;

  const load = useCallback(async () => {
    const { data } = await get<{ data: Correction[] }>(base);
    setLog(data.data);
  }, [get, base]);

  useEffect(() => {
    load().catch(() => setLog([]));
  }, [load]);

  // The refusal in the admin's language: what failed, then why when the server said.
  const refused = (failed: MessageKey, error: unknown) => {
    const reason = correctionRefusal(isFetchError(error) ? error.status : undefined);
    const message = formatMessage({ id: messageId(failed), defaultMessage: 'Not saved.' });
    toggleNotification({ type: 'danger', message: reason ? `${message} ${formatMessage({ id: messageId(reason), defaultMessage: '' })}` : message });
  };

  const submit = async () => {
    setSaving(true);
    try {
      await post(base, { data: { kind, text } });
      setText('');
      setConfirming(false);
      await load();
    } catch (error) {
      refused('corrections.failed', error);
    } finally {
      setSaving(false);
    }
  };

  const amend = async () => {
    if (!amending) return;
    setSaving(true);
    try {
      await put(`/newsroom/corrections/${amending.documentId}${query}`, { data: { text: amending.text } });
      setAmending(undefined);
      await load();
    } catch (error) {
      refused('corrections.amend.failed', error);
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
          <CorrectionText kind={entry.kind} date={entry.issuedAt} text={entry.text} locale={locale} />
          {entry.amendedAt ? (
            <Box paddingTop={1} data-testid="newsroom-correction-history">
              <Typography variant="pi" textColor="neutral600">
                {formatMessage({ id: messageId('corrections.amended'), defaultMessage: 'Amended {date}' }, { date: formatDate(entry.amendedAt, { dateStyle: 'long', timeStyle: 'short' }) })}
              </Typography>
              {entry.earlierWordings.map((earlier) => (
                <Box key={earlier.until} paddingTop={1}>
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage({ id: messageId('corrections.earlier'), defaultMessage: 'Earlier wording, until {date}:' }, { date: formatDate(earlier.until, { dateStyle: 'long', timeStyle: 'short' }) })}
                  </Typography>
                  <Typography tag="p" variant="pi" textColor="neutral600" dir={textDirection(locale)} style={{ textDecoration: 'line-through' }}>
                    {earlier.text}
                  </Typography>
                </Box>
              ))}
            </Box>
          ) : null}
          {mayAdd && amending?.documentId === entry.documentId ? (
            <Flex direction="column" alignItems="stretch" gap={1} paddingTop={1}>
              <Field.Root name={`newsroom-correction-amend-${entry.documentId}`}>
                <Textarea
                  dir={textDirection(locale)}
                  aria-label={formatMessage({ id: messageId('corrections.amend'), defaultMessage: 'Amend the wording' })}
                  value={amending.text}
                  onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setAmending({ documentId: entry.documentId, text: event.target.value })}
                />
              </Field.Root>
              <Flex gap={2}>
                <Button variant="tertiary" onClick={() => setAmending(undefined)}>
                  {formatMessage({ id: 'app.components.Button.cancel', defaultMessage: 'Cancel' })}
                </Button>
                <Button
                  variant="secondary"
                  onClick={amend}
                  loading={saving}
                  disabled={amending.text.trim() === '' || amending.text === entry.text}
                  data-testid="newsroom-correction-amend-save"
                >
                  {formatMessage({ id: messageId('corrections.amend.save'), defaultMessage: 'Publish the amended wording' })}
                </Button>
              </Flex>
            </Flex>
          ) : mayAdd ? (
            <Button variant="ghost" size="S" onClick={() => setAmending({ documentId: entry.documentId, text: entry.text })} data-testid="newsroom-correction-amend">
              {formatMessage({ id: messageId('corrections.amend'), defaultMessage: 'Amend the wording' })}
            </Button>
          ) : null}
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
          <Dialog.Root open={confirming} onOpenChange={setConfirming}>
            <Dialog.Trigger>
              <Button variant="secondary" disabled={text.trim() === ''} fullWidth data-testid="newsroom-correction-add">
                {formatMessage({ id: messageId('corrections.add'), defaultMessage: 'Publish the correction' })}
              </Button>
            </Dialog.Trigger>
            <Dialog.Content>
              <Dialog.Header>{formatMessage({ id: messageId('corrections.confirm.title'), defaultMessage: 'Publish this correction?' })}</Dialog.Header>
              <Dialog.Body>
                <Flex direction="column" alignItems="stretch" gap={3} data-testid="newsroom-correction-preview">
                  <Typography>{formatMessage({ id: messageId('corrections.confirm.intro'), defaultMessage: 'Readers will see it under the article at once, like this:' })}</Typography>
                  <Box padding={3} background="neutral100" hasRadius>
                    <CorrectionText kind={kind} date={new Date().toISOString()} text={text.trim()} locale={locale} />
                  </Box>
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage({ id: messageId('corrections.confirm.permanent'), defaultMessage: 'It stays in the article’s public log.' })}
                  </Typography>
                </Flex>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.Cancel>
                  <Button variant="tertiary" fullWidth>
                    {formatMessage({ id: 'app.components.Button.cancel', defaultMessage: 'Cancel' })}
                  </Button>
                </Dialog.Cancel>
                <Button onClick={submit} loading={saving} fullWidth data-testid="newsroom-correction-confirm">
                  {formatMessage({ id: messageId('corrections.add'), defaultMessage: 'Publish the correction' })}
                </Button>
              </Dialog.Footer>
            </Dialog.Content>
          </Dialog.Root>
        </>
      ) : null}
    </Flex>
  );
};
