import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useCurrentLocale } from '../hooks/useCurrentLocale';
import { useLocaleAccess } from '../hooks/useLocaleAccess';
import { useLocaleDirection } from '../hooks/useLocaleDirection';
import { ARTICLE_UID, NEWSROOM_MODELS } from '../pluginId';
import { messageId } from '../translations';
import { sourceLocaleOf } from '../utils/source-locale';
import { CorrectionsLog } from './CorrectionsLog';
import { DeskPanel } from './desk/DeskPanel';
import { EditorialChecks } from './EditorialChecks';
import { EntitySuggestions } from './EntitySuggestions';
import { TranslationState } from './TranslationState';

/**
 * The newsroom's side panel in the content manager's edit view. For every newsroom type it sets the
 * editing direction of the locale; for articles it shows the piece's way to the desk, the live checks and the
 * entity suggestions, and for a translation a link to the translators' page (the source beside each block).
 */
export const NewsroomPanel: PanelComponent = ({ model, documentId, document, meta }) => {
  const { formatMessage } = useIntl();
  const locale = useCurrentLocale();
  useLocaleDirection(locale, NEWSROOM_MODELS.includes(model));
  const access = useLocaleAccess(ARTICLE_UID);

  if (model !== ARTICLE_UID || !locale) return null;
  const createdAt = document?.createdAt;
  const sourceLocale = sourceLocaleOf([
    { locale, createdAt: typeof createdAt === 'string' ? createdAt : null },
    ...(meta?.availableLocales ?? []),
  ]);
  return {
    title: formatMessage({ id: messageId('panel.title'), defaultMessage: 'Newsroom checks' }),
    content: (
      <Flex direction="column" alignItems="stretch" gap={4} width="100%">
        {documentId ? (
          <DeskPanel
            documentId={documentId}
            locale={locale}
            version={`${String(document?.updatedAt ?? '')} ${String(document?.status ?? '')}`}
            mayUpdate={access.update.has(locale)}
            mayPublish={access.publish.has(locale)}
          />
        ) : null}
        {documentId && sourceLocale && sourceLocale !== locale ? <TranslationState documentId={documentId} locale={locale} /> : null}
        <EditorialChecks documentId={documentId} locale={locale} savedEmbargo={document?.embargoUntil} />
        {/* Only what the role can carry out: attaching needs editing the locale, a correction publishing it. */}
        {access.update.has(locale) ? <EntitySuggestions documentId={documentId} locale={locale} /> : null}
        {documentId && document?.status && document.status !== 'draft' ? (
          <CorrectionsLog documentId={documentId} locale={locale} mayAdd={access.publish.has(locale)} />
        ) : null}
      </Flex>
    ),
  };
};

