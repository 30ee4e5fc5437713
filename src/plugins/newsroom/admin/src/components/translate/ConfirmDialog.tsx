import { Button, Dialog, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useMessage } from '../../hooks/useMessage';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The page's one confirmation (an alert dialog): Mark in line, Copy structure, leaving with unsaved text. */
export const ConfirmDialog = ({ open, title, body, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) => {
  const { message } = useMessage();
  return (
    <Dialog.Root open={open} onOpenChange={(isOpen: boolean) => (isOpen ? undefined : onCancel())}>
      <Dialog.Content>
        <Dialog.Header>{title}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="warning600" />}>
          <Typography textAlign="center">{body}</Typography>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" fullWidth>
              {message('translate.cancel')}
            </Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button fullWidth onClick={onConfirm} data-testid="newsroom-confirm">
              {confirmLabel ?? message('translate.confirm')}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
