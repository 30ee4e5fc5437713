import { useState } from 'react';
import { Button, Dialog, Field, Textarea } from '@strapi/design-system';
import { textDirection } from '../../../../server/src/text/direction';
import { useMessage } from '../../hooks/useMessage';
import type { MessageKey } from '../../translations';

interface MoveDialogProps {
  /** The button that opens the dialog, and the dialog's parts (all keys of `desk.<move>.*`). */
  move: 'file' | 'return';
  locale: string;
  /** A return must say why; filing may. */
  noteRequired: boolean;
  busy: boolean;
  /** The move cannot be made now (a file with unsaved changes): the button is shown, not pressable. */
  disabled?: boolean;
  onConfirm: (note: string) => Promise<boolean>;
}

const KEYS: Record<MoveDialogProps['move'], { open: MessageKey; title: MessageKey; note: MessageKey; hint: MessageKey; confirm: MessageKey }> = {
  file: { open: 'desk.file', title: 'desk.file.title', note: 'desk.file.note', hint: 'desk.file.hint', confirm: 'desk.file.confirm' },
  return: { open: 'desk.return', title: 'desk.return.title', note: 'desk.return.note', hint: 'desk.return.hint', confirm: 'desk.return.confirm' },
};

/** A move through the desk with its note, written in the piece's direction: filing it, or returning it. */
export const MoveDialog = ({ move, locale, noteRequired, busy, disabled = false, onConfirm }: MoveDialogProps) => {
  const { message } = useMessage();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const keys = KEYS[move];
  const missing = noteRequired && note.trim() === '';

  const confirm = async () => {
    if (await onConfirm(note)) {
      setNote('');
      setOpen(false);
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button variant={move === 'file' ? 'default' : 'danger-light'} fullWidth disabled={disabled} data-testid={`newsroom-desk-${move}`}>
          {message(keys.open)}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{message(keys.title)}</Dialog.Header>
        <Dialog.Body>
          <Field.Root name={`newsroom-desk-${move}-note`} required={noteRequired} hint={message(keys.hint)} width="100%">
            <Field.Label>{message(keys.note)}</Field.Label>
            <Textarea
              dir={textDirection(locale)}
              lang={locale}
              maxLength={2000}
              value={note}
              data-testid={`newsroom-desk-${move}-note`}
              onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)}
            />
            <Field.Hint />
          </Field.Root>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" fullWidth>
              {message('desk.cancel')}
            </Button>
          </Dialog.Cancel>
          <Button fullWidth onClick={confirm} loading={busy} disabled={missing} data-testid={`newsroom-desk-${move}-confirm`}>
            {message(keys.confirm)}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
