import { useState, type SyntheticEvent } from 'react';
import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useCurrentLocale } from '../hooks/useCurrentLocale';
import { requestEditorialCheck, type EditorialWarning } from '../hooks/useEditorialCheck';
import { ARTICLE_UID } from '../pluginId';
import { messageId } from '../translations';
import { WarningList } from './WarningList';

/**
 * Wraps the content manager's own Publish action for articles: on click it checks the form as it is at
 * that moment (not the panel's last, debounced check) and publishes straight away only when nothing is
 * open; otherwise it lists the warnings and publishes on confirmation. When the check cannot run, it asks
 * too: it never publishes unchecked without a word. Other content types get Strapi's action unchanged.
 */
export const withEditorialChecks = (Publish: DocumentActionComponent): DocumentActionComponent => {
  const PublishWithChecks: DocumentActionComponent = (props) => {
    const { formatMessage } = useIntl();
    const description = Publish(props);
    const locale = useCurrentLocale();
    // The values as they are at the click (a stable getter: the action does not re-render on every key).
    const getValues = useForm('NewsroomPublishAction', (state) => state.getValues);
    const [warnings, setWarnings] = useState<EditorialWarning[] | 'unchecked'>([]);

    if (!description || props.model !== ARTICLE_UID || !locale) return description;
    const publish = description.onClick;
    const ownDialog = description.dialog?.type === 'dialog' ? description.dialog : undefined;
    return {
      ...description,
      onClick: async (event: SyntheticEvent) => {
        let found: EditorialWarning[] | 'unchecked';
        try {
          found = (await requestEditorialCheck(getValues() as Record<string, unknown>, props.documentId, locale)).warnings;
        } catch {
          found = 'unchecked';
        }
        setWarnings(found);
        // Returning false opens the dialog below; Strapi's own Publish returns true once it has published.
        if (found === 'unchecked' || found.length > 0) return false;
        return publish?.(event);
      },
      dialog: {
        type: 'dialog',
        variant: 'default',
        title: formatMessage({ id: messageId('publish.title'), defaultMessage: 'Publish with open warnings?' }),
        content: (
          <>
            {warnings === 'unchecked' ? (
              <Typography>{formatMessage({ id: messageId('publish.unchecked'), defaultMessage: 'The checks could not run.' })}</Typography>
            ) : (
              <WarningList warnings={warnings} />
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
