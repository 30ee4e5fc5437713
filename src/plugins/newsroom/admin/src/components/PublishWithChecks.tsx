import { useState, type SyntheticEvent } from 'react';
import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { Button, Modal, Typography } from '@strapi/design-system';
import { useForm, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useCurrentLocale } from '../hooks/useCurrentLocale';
import { requestEditorialCheck } from '../hooks/useEditorialCheck';
import { useEmbargoTime } from '../hooks/useEmbargoTime';
import { usePublishShortcutGuard } from '../hooks/usePublishShortcutGuard';
import { ARTICLE_UID } from '../pluginId';
import { messageId } from '../translations';
import { publishVerdict, type PublishVerdict } from '../utils/publish-verdict';
import { WarningList } from './WarningList';

/**
 * Wraps the content manager's own Publish action for articles: on click (or its keyboard shortcut) it checks
 * the form as it is at that moment (not the panel's last, debounced check) and publishes straight away only
 * when nothing is open. Warnings are listed with "Publish anyway"; an embargo still to come, or an error
 * Strapi would refuse anyway, is explained with nothing offered that would fail. When the check cannot run,
 * it asks: it never publishes unchecked without a word. Other content types get Strapi's action unchanged.
 */
export const withEditorialChecks = (Publish: DocumentActionComponent): DocumentActionComponent => {
  const PublishWithChecks: DocumentActionComponent = (props) => {
    const { formatMessage } = useIntl();
    const { toggleNotification } = useNotification();
    const formatTime = useEmbargoTime();
    const description = Publish(props);
    const locale = useCurrentLocale();
    // The values as they are at the click (a stable getter: the action does not re-render on every key).
    const getValues = useForm('NewsroomPublishAction', (state) => state.getValues);
    const [verdict, setVerdict] = useState<PublishVerdict>({ kind: 'publish' });
    const applies = Boolean(description) && props.model === ARTICLE_UID && Boolean(locale);

    const verdictNow = async (): Promise<PublishVerdict> => {
      try {
        return publishVerdict(await requestEditorialCheck(getValues() as Record<string, unknown>, props.documentId, locale ?? ''));
      } catch {
        return publishVerdict('unchecked');
      }
    };

    const refusal = (found: PublishVerdict): string => {
      if (found.kind === 'blocked' && found.embargo) {
        return formatMessage({ id: messageId('embargo.refused'), defaultMessage: 'Not published: embargoed until {time}.' }, { time: formatTime(found.embargo.until) });
      }
      if (found.kind === 'blocked') {
        return formatMessage({ id: messageId('publish.shortcut.blocked'), defaultMessage: 'Not published: errors block publishing.' }, { count: found.blocking.length });
      }
      return formatMessage({ id: messageId('publish.shortcut.warnings'), defaultMessage: 'Not published: there are open warnings.' });
    };

    // The shortcut publishes only what the button would publish without asking; otherwise it says why not.
    usePublishShortcutGuard(applies && !description?.disabled, async () => {
      const found = await verdictNow();
      setVerdict(found);
      if (found.kind === 'publish') return true;
      toggleNotification({ type: found.kind === 'blocked' ? 'danger' : 'warning', message: refusal(found) });
      return false;
    });

    if (!description || !applies) return description;
    const publish = description.onClick;
    const ownDialog = description.dialog?.type === 'dialog' ? description.dialog : undefined;
    const onClick = async (event: SyntheticEvent) => {
      const found = await verdictNow();
      setVerdict(found);
      // Returning false opens the dialog below; Strapi's own Publish returns true once it has published, or
      // nothing when it wants its own confirmation (relations to drafts), which `dialog` then is.
      if (found.kind !== 'publish') return false;
      return publish?.(event);
    };

    if (verdict.kind === 'publish') return { ...description, onClick };

    if (verdict.kind === 'blocked') {
      const Footer = ({ onClose }: { onClose: () => void }) => (
        <Modal.Footer>
          <Button onClick={onClose} data-testid="newsroom-publish-close">
            {formatMessage({ id: messageId('publish.close'), defaultMessage: 'Back to the article' })}
          </Button>
        </Modal.Footer>
      );
      return {
        ...description,
        onClick,
        dialog: {
          type: 'modal',
          title: verdict.embargo
            ? formatMessage({ id: messageId('embargo.badge'), defaultMessage: 'Embargoed' })
            : formatMessage({ id: messageId('publish.blocked.title'), defaultMessage: 'Not ready to publish' }),
          content: (
            <div data-testid="newsroom-publish-blocked">
              {verdict.embargo ? <Typography tag="p" data-testid="newsroom-publish-embargoed">{refusal(verdict)}</Typography> : null}
              {verdict.blocking.length > 0 ? (
                <>
                  <Typography tag="p">{formatMessage({ id: messageId('publish.blocked.errors'), defaultMessage: 'Fix these first: publishing would be refused.' })}</Typography>
                  <WarningList warnings={verdict.blocking} />
                </>
              ) : null}
            </div>
          ),
          footer: Footer,
        },
      };
    }

    return {
      ...description,
      onClick,
      dialog: {
        type: 'dialog',
        variant: 'default',
        title: formatMessage({ id: messageId('publish.title'), defaultMessage: 'Publish with open warnings?' }),
        content: (
          <>
            {verdict.kind === 'unchecked' ? (
              <Typography>{formatMessage({ id: messageId('publish.unchecked'), defaultMessage: 'The checks could not run.' })}</Typography>
            ) : (
              <WarningList warnings={verdict.warnings} />
            )}
            <Typography>{formatMessage({ id: messageId('publish.question'), defaultMessage: 'Publish anyway?' })}</Typography>
          </>
        ),
        confirmLabel: formatMessage({ id: messageId('publish.confirm'), defaultMessage: 'Publish anyway' }),
        onConfirm: async () => {
          // Strapi's own Publish ignores the event; it returns true once it has published, or nothing when it
          // wants its own confirmation (relations to drafts), which this dialog has just given.
          const published = await publish?.({} as SyntheticEvent);
          if (published !== true) await ownDialog?.onConfirm?.();
        },
      },
    };
  };
  PublishWithChecks.type = 'publish';
  PublishWithChecks.position = Publish.position;
  return PublishWithChecks;
};
