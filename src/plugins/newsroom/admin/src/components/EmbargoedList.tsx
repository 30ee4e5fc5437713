import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { textDirection } from '../../../server/src/text/direction';
import { useEmbargoTime } from '../hooks/useEmbargoTime';
import { ARTICLE_UID } from '../pluginId';
import { messageId } from '../translations';
import { editViewPath } from '../utils/links';

export interface EmbargoedArticle {
  documentId: string;
  locale: string;
  title: string;
  embargoUntil: string;
}

/** The dashboard's drafts waiting for their embargo, soonest first, each with its time in the editor's zone. */
export const EmbargoedList = ({ articles, localeName }: { articles: EmbargoedArticle[]; localeName: (code: string) => string }) => {
  const { formatMessage } = useIntl();
  const format = useEmbargoTime();
  if (articles.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: messageId('dashboard.embargoed.empty'), defaultMessage: 'Nothing is embargoed.' })}
      </Typography>
    );
  }
  return (
    <Box tag="ul" width="100%">
      {articles.map((article) => (
        <Flex tag="li" key={`${article.documentId}-${article.locale}`} justifyContent="space-between" gap={2} paddingTop={2} wrap="wrap">
          <RouterLink to={editViewPath(ARTICLE_UID, article.documentId, article.locale)} data-document={article.documentId}>
            <Typography dir={textDirection(article.locale)} textColor="primary600" lang={article.locale}>
              {article.title}
            </Typography>
          </RouterLink>
          <Flex gap={2} shrink={0}>
            <Typography variant="pi" textColor="neutral600">
              {localeName(article.locale)}
            </Typography>
            {/* Not a Badge: it writes in capitals, and a zone's name is not ours to shout. */}
            <Typography variant="pi" fontWeight="bold" textColor="warning700" dir="auto" data-testid="newsroom-embargoed-until">
              {formatMessage({ id: messageId('embargo.until'), defaultMessage: 'Embargoed until {time}' }, { time: format(article.embargoUntil) })}
            </Typography>
          </Flex>
        </Flex>
      ))}
    </Box>
  );
};
