import type { SyntheticEvent } from 'react';
import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useCurrentLocale } from '../hooks/useCurrentLocale';
import { useEditorialCheck } from '../hooks/useEditorialCheck';
import { ARTICLE_UID } from '../pluginId';
import { messageId } from '../translations';
import { WarningList } from './WarningList';

/**
 * Wraps the content manager's own Publish action: on an article with open warnings, Publish first shows
 * them and asks to confirm; without warnings, and on other content types, it is Strapi's action unchanged.
 */
export const withEditorialChecks = (Publish: DocumentActionComponent): DocumentActionComponent => {
  const PublishWithChecks: DocumentActionComponent = (props) => {
    const { formatMessage } = useIntl();
    const description = Publish(props);
    const isArticle = props.model === ARTICLE_UID;
    const locale = useCurrentLocale();
    const { check } = useEditorialCheck('NewsroomPublishAction', { documentId: props.documentId, locale, enabled: isArticle });

    if (!description || !isArticle || !check || check.warnings.length === 0) return description;
    const publish = description.onClick;
    const ownDialog = description.dialog?.type === 'dialog' ? description.dialog : undefined;
    return {
      ...description,
      // Nothing happens on the click itself: the dialog opens, and publishing waits for its confirmation.
      onClick: () => false,
      dialog: {
        type: 'dialog',
        variant: 'default',
        title: formatMessage({ id: messageId('publish.title'), defaultMessage: 'Publish with open warnings?' }),
        content: (
          <>
            <WarningList warnings={check.warnings} />
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
