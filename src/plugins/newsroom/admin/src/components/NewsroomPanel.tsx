import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useCurrentLocale } from '../hooks/useCurrentLocale';
import { useLocaleDirection } from '../hooks/useLocaleDirection';
import { ARTICLE_UID, NEWSROOM_MODELS } from '../pluginId';
import { messageId } from '../translations';
import { CorrectionsLog } from './CorrectionsLog';
import { EditorialChecks } from './EditorialChecks';
import { EntitySuggestions } from './EntitySuggestions';

/**
 * The newsroom's side panel in the content manager's edit view. For every newsroom type it sets the
 * editing direction of the locale; for articles it shows the live checks and the entity suggestions.
 */
export const NewsroomPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const locale = useCurrentLocale();
  useLocaleDirection(locale, NEWSROOM_MODELS.includes(model));

  if (model !== ARTICLE_UID || !locale) return null;
  return {
    title: formatMessage({ id: messageId('panel.title'), defaultMessage: 'Newsroom checks' }),
    content: (
      <Flex direction="column" alignItems="stretch" gap={4} width="100%">
        <EditorialChecks documentId={documentId} locale={locale} />
        <EntitySuggestions documentId={documentId} locale={locale} />
        {documentId && document?.status && document.status !== 'draft' ? <CorrectionsLog documentId={documentId} locale={locale} /> : null}
      </Flex>
    ),
  };
};

