import { useEffect, useState } from 'react';
import { Badge, Box, Flex, Grid, LinkButton, Main, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { textDirection } from '../../../server/src/text/direction';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID } from '../pluginId';
import { EmbargoedList, type EmbargoedArticle } from '../components/EmbargoedList';
import { messageId, type MessageKey } from '../translations';
import { actorName, type WaitingPiece } from '../utils/desk';
import { editViewPath } from '../utils/links';

type EditorialStatus = 'draft' | 'published' | 'modified';

interface Dashboard {
  locale: string;
  totals: { articles: number };
  embargoed: EmbargoedArticle[];
  latest: {
    locale: string;
    articles: { documentId: string; title: string; status: EditorialStatus; updatedAt: string }[];
  }[];
  coverage: { locale: string; name: string; isDefault: boolean; published: number; draftOnly: number; missing: number }[];
  tagsByType: { type: string; tags: { documentId: string; name: string; articles: number }[] }[];
  experts: { documentId: string; name: string; jobTitle: string | null; quotes: number; articles: number }[];
  waitingForDesk: WaitingPiece[];
}

const STATUS_COLOURS: Record<EditorialStatus, { textColor: string; backgroundColor: string }> = {
  draft: { textColor: 'secondary700', backgroundColor: 'secondary100' },
  published: { textColor: 'success700', backgroundColor: 'success100' },
  modified: { textColor: 'alternative700', backgroundColor: 'alternative100' },
};

const Section = ({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid={testId}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

/** A tag or an expert in a ranking: its name, in its locale's direction, opening it in the content manager. */
const RankedEntry = ({ to, name, locale, count }: { to: string; name: string; locale: string; count: string }) => (
  <Flex tag="li" justifyContent="space-between" gap={2} paddingTop={1}>
    <RouterLink to={to}>
      <Typography dir={textDirection(locale)} textColor="primary600">
        {name}
      </Typography>
    </RouterLink>
    <Typography variant="pi" textColor="neutral600">
      {count}
    </Typography>
  </Flex>
);

/** The newsroom's front page in the admin: what moved, what is live in which language, what is used most. */
export const DashboardPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const { get } = useFetchClient();
  const [dashboard, setDashboard] = useState<Dashboard>();
  const [failed, setFailed] = useState(false);
  const message = (key: MessageKey, values?: Record<string, string | number>) =>
    formatMessage({ id: messageId(key), defaultMessage: key }, values);

  useEffect(() => {
    let active = true;
    get<{ data: Dashboard }>('/newsroom/dashboard')
      .then(({ data }) => active && setDashboard(data.data))
      .catch(() => active && setFailed(true));
    return () => {
      active = false;
    };
  }, [get]);

  if (failed) return <Page.Error />;
  if (!dashboard) return <Page.Loading />;

  const localeName = (code: string) => dashboard.coverage.find((locale) => locale.locale === code)?.name ?? code;

  return (
    <Layouts.Root>
      <Main>
        <Page.Title>{message('dashboard.title')}</Page.Title>
        <Layouts.Header
          title={message('dashboard.title')}
          subtitle={message('dashboard.subtitle', { articles: dashboard.totals.articles, locales: dashboard.coverage.length })}
          secondaryAction={
            <LinkButton tag={RouterLink} to="translations" variant="tertiary" data-testid="newsroom-translations-link">
              {message('dashboard.translations')}
            </LinkButton>
          }
          primaryAction={
            <LinkButton
              tag={RouterLink}
              to={`/content-manager/collection-types/${ARTICLE_UID}/create?plugins[i18n][locale]=${dashboard.locale}`}
              startIcon={<Plus />}
            >
              {message('dashboard.newArticle')}
            </LinkButton>
          }
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Section title={message('dashboard.desk')} testId="newsroom-desk-waiting">
              {dashboard.waitingForDesk.length === 0 ? (
                <Typography variant="pi" textColor="neutral600" data-testid="newsroom-desk-waiting-empty">
                  {message('dashboard.desk.empty')}
                </Typography>
              ) : (
                <Box tag="ul" width="100%">
                  {dashboard.waitingForDesk.map((piece) => (
                    <Flex
                      tag="li"
                      key={`${piece.documentId}-${piece.locale}`}
                      justifyContent="space-between"
                      gap={2}
                      paddingTop={2}
                      data-document={piece.documentId}
                      data-locale={piece.locale}
                    >
                      <Flex gap={2} minWidth={0}>
                        <Badge>{localeName(piece.locale)}</Badge>
                        <RouterLink to={editViewPath(ARTICLE_UID, piece.documentId, piece.locale)}>
                          <Typography dir={textDirection(piece.locale)} textColor="primary600" lang={piece.locale}>
                            {piece.title}
                          </Typography>
                        </RouterLink>
                      </Flex>
                      <Typography variant="pi" textColor="neutral600" data-filed-by={piece.filedBy ?? ''}>
                        {message('dashboard.desk.filed', {
                          name: actorName(piece.filedBy),
                          date: formatDate(piece.filedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                        })}
                      </Typography>
                    </Flex>
                  ))}
                </Box>
              )}
            </Section>

            <Section title={message('dashboard.embargoed')} testId="newsroom-embargoed">
              <EmbargoedList articles={dashboard.embargoed} localeName={localeName} />
            </Section>

            <Section title={message('dashboard.coverage')} testId="newsroom-coverage">
              <Table colCount={4} rowCount={dashboard.coverage.length + 1}>
                <Thead>
                  <Tr>
                    <Th><Typography variant="sigma">{message('dashboard.column.locale')}</Typography></Th>
                    <Th><Typography variant="sigma">{message('dashboard.coverage.published')}</Typography></Th>
                    <Th><Typography variant="sigma">{message('dashboard.coverage.draftOnly')}</Typography></Th>
                    <Th><Typography variant="sigma">{message('dashboard.coverage.missing')}</Typography></Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {dashboard.coverage.map((locale) => (
                    <Tr key={locale.locale} data-locale={locale.locale}>
                      <Td><Typography fontWeight={locale.isDefault ? 'bold' : undefined}>{locale.name}</Typography></Td>
                      <Td><Typography data-count="published">{locale.published}</Typography></Td>
                      <Td><Typography data-count="draftOnly">{locale.draftOnly}</Typography></Td>
                      <Td><Typography data-count="missing">{locale.missing}</Typography></Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Section>

            <Section title={message('dashboard.latest')} testId="newsroom-latest">
              <Grid.Root gap={4}>
                {dashboard.latest.map(({ locale, articles }) => (
                  <Grid.Item key={locale} col={6} s={12} direction="column" alignItems="stretch" data-locale={locale}>
                    <Typography variant="omega" fontWeight="bold" tag="h3">{localeName(locale)}</Typography>
                    {articles.length === 0 ? (
                      <Typography variant="pi" textColor="neutral600">{message('dashboard.latest.empty')}</Typography>
                    ) : (
                      <Box tag="ul" width="100%">
                        {articles.map((article) => (
                          <Flex tag="li" key={article.documentId} justifyContent="space-between" gap={2} paddingTop={2}>
                            <RouterLink to={editViewPath(ARTICLE_UID, article.documentId, locale)} data-document={article.documentId}>
                              <Typography dir={textDirection(locale)} textColor="primary600" lang={locale}>
                                {article.title}
                              </Typography>
                            </RouterLink>
                            <Flex gap={2} shrink={0}>
                              <Typography variant="pi" textColor="neutral600">
                                {formatDate(article.updatedAt, { dateStyle: 'medium' })}
                              </Typography>
                              <Badge {...STATUS_COLOURS[article.status]} data-status={article.status}>
                                {message(`status.${article.status}`)}
                              </Badge>
                              {dashboard.embargoed.some((held) => held.documentId === article.documentId && held.locale === locale) ? (
                                <Badge backgroundColor="warning100" textColor="warning700" data-status="embargoed">
                                  {message('embargo.badge')}
                                </Badge>
                              ) : null}
                            </Flex>
                          </Flex>
                        ))}
                      </Box>
                    )}
                  </Grid.Item>
                ))}
              </Grid.Root>
            </Section>

            <Grid.Root gap={6}>
              <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
                <Section title={message('dashboard.tags')} testId="newsroom-tags">
                  <Grid.Root gap={4}>
                    {dashboard.tagsByType.map(({ type, tags }) => (
                      <Grid.Item key={type} col={6} s={12} direction="column" alignItems="stretch" data-tag-type={type}>
                        <Typography variant="sigma" textColor="neutral600">{message(`tagType.${type}` as MessageKey)}</Typography>
                        <Box tag="ul">
                          {tags.map((tag) => (
                            <RankedEntry
                              key={tag.documentId}
                              to={editViewPath(ENTITY_TAG_UID, tag.documentId, dashboard.locale)}
                              name={tag.name}
                              locale={dashboard.locale}
                              count={message('dashboard.articles', { count: tag.articles })}
                            />
                          ))}
                        </Box>
                      </Grid.Item>
                    ))}
                  </Grid.Root>
                </Section>
              </Grid.Item>
              <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                <Section title={message('dashboard.experts')} testId="newsroom-experts">
                  <Box tag="ul">
                    {dashboard.experts.map((expert) => (
                      <RankedEntry
                        key={expert.documentId}
                        to={editViewPath(EXPERT_UID, expert.documentId, dashboard.locale)}
                        name={expert.name}
                        locale={dashboard.locale}
                        count={message('dashboard.experts.quotes', { count: expert.quotes })}
                      />
                    ))}
                  </Box>
                </Section>
              </Grid.Item>
            </Grid.Root>
          </Flex>
        </Layouts.Content>
      </Main>
    </Layouts.Root>
  );
};

