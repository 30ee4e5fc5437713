import { useEffect, useState } from 'react';
import {
  Box,
  Button,
  Flex,
  Main,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { styled } from 'styled-components';
import { textDirection } from '../../../server/src/text/direction';
import { StateBadges } from '../components/translate/StateBadges';
import { ARTICLE_UID } from '../pluginId';
import { messageId, type MessageKey } from '../translations';
import { editViewPath, translatePath } from '../utils/links';
import type { TranslationStatus } from '../workspace/states';

const STATUSES: TranslationStatus[] = ['outdated', 'missing', 'draft', 'published', 'source'];

// Fixed columns: a long title is cut at its end (the end of its own direction) instead of pushing the
// status columns off a 1440 px screen; the whole title is in its tooltip.
const FixedLayout = styled.div`
  table {
    table-layout: fixed;
    width: 100%;
  }
  th:nth-child(1),
  th:nth-child(2) {
    width: 34%;
  }
  th:nth-child(3) {
    width: 16%;
  }
  th:nth-child(4) {
    width: 16%;
  }
`;

const Title = styled.span`
  display: block;
  overflow: hidden;
  white-space: nowrap;
  text-overflow: ellipsis;
  min-width: 0;
`;

interface Item {
  documentId: string;
  sourceLocale: string;
  status: TranslationStatus;
  title: string;
  sourceTitle: string;
  inLineAt: string | null;
  /** Whether the translation is live (also when outdated); absent from servers before issue 20. */
  published?: boolean;
}

interface Locale {
  code: string;
  name: string;
  isDefault: boolean;
}

interface Filters {
  locale?: string;
  status?: TranslationStatus;
  page?: string;
}

const PAGE_SIZE = 25;

/** The translators' list: one locale's articles with their status, the outdated first to hand. */
export const TranslationsPage = () => {
  const { formatMessage, formatDate, locale: adminLanguage } = useIntl();
  const { get, post } = useFetchClient();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const [{ query }, setQuery] = useQueryParams<Filters>();
  const [reload, setReload] = useState(0);
  const [locales, setLocales] = useState<Locale[]>();
  const [result, setResult] = useState<{ items: Item[]; total: number; pageCount: number }>();
  const [failed, setFailed] = useState(false);
  const message = (key: MessageKey, values?: Record<string, string | number>) =>
    formatMessage({ id: messageId(key), defaultMessage: key }, values);

  useEffect(() => {
    get<Locale[]>('/i18n/locales')
      .then(({ data }) => setLocales(data))
      .catch(() => setFailed(true));
  }, [get]);

  const locale = query.locale ?? locales?.find((entry) => !entry.isDefault)?.code;
  const status = query.status && STATUSES.includes(query.status) ? query.status : undefined;
  const page = Math.max(1, Number(query.page ?? 1) || 1);

  useEffect(() => {
    if (!locale) return undefined;
    let active = true;
    const params = new URLSearchParams({ locale, page: String(page), pageSize: String(PAGE_SIZE) });
    if (status) params.set('status', status);
    get<{ data: Item[]; meta: { pagination: { total: number; pageCount: number } } }>(`/newsroom/translations?${params}`)
      .then(({ data }) => {
        if (active) setResult({ items: data.data, total: data.meta.pagination.total, pageCount: data.meta.pagination.pageCount });
      })
      .catch(() => active && setFailed(true));
    return () => {
      active = false;
    };
  }, [get, locale, status, page, reload]);

  // Starting makes the draft with the source's structure, then opens it beside the source in the
  // translators' page; marking in line updates the list.
  const act = async (item: Item, action: 'start' | 'inLine') => {
    if (!locale) return;
    try {
      if (action === 'start') {
        await post(`/newsroom/articles/${item.documentId}/translations`, { locale });
        navigate(translatePath(item.documentId, locale));
      } else {
        await post(`/newsroom/articles/${item.documentId}/translations/${locale}/in-line`);
        setReload((count) => count + 1);
      }
    } catch {
      toggleNotification({ type: 'danger', message: message('translations.forbidden', { locale }) });
    }
  };

  if (failed) return <Page.Error />;
  if (!locales || !locale) return <Page.Loading />;

  return (
    <Layouts.Root>
      {/* In the admin's language direction, as the translators' page: Strapi's own chrome stays left to right (#15919). */}
      <Main dir={textDirection(adminLanguage)}>
        <Page.Title>{message('translations.title')}</Page.Title>
        <Layouts.Header
          title={message('translations.title')}
          subtitle={result ? message('translations.subtitle', { total: result.total }) : undefined}
          navigationAction={
            <RouterLink to="..">
              <Typography textColor="primary600">{message('dashboard.title')}</Typography>
            </RouterLink>
          }
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex gap={4} wrap="wrap">
              <Box minWidth="20rem">
                <SingleSelect
                  aria-label={message('dashboard.column.locale')}
                  value={locale}
                  onChange={(value: string | number) => setQuery({ locale: String(value), status, page: '1' })}
                  data-testid="newsroom-translations-locale"
                >
                  {locales.map((entry) => (
                    <SingleSelectOption key={entry.code} value={entry.code}>
                      {entry.name}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Box>
              <Flex gap={2} wrap="wrap">
                <Button variant={status ? 'tertiary' : 'secondary'} onClick={() => setQuery({ locale, status: undefined, page: '1' })}>
                  {message('translations.all')}
                </Button>
                {STATUSES.map((entry) => (
                  <Button
                    key={entry}
                    variant={status === entry ? 'secondary' : 'tertiary'}
                    onClick={() => setQuery({ locale, status: entry, page: '1' })}
                    data-filter={entry}
                  >
                    {message(`translationStatus.${entry}` as MessageKey)}
                  </Button>
                ))}
              </Flex>
            </Flex>
            <FixedLayout>
              <Table colCount={4} rowCount={(result?.items.length ?? 0) + 1}>
                <Thead>
                  <Tr>
                    <Th><Typography variant="sigma">{message('translations.column.source')}</Typography></Th>
                    <Th><Typography variant="sigma">{message('translations.column.translation')}</Typography></Th>
                    <Th><Typography variant="sigma">{message('dashboard.column.status')}</Typography></Th>
                    <Th><Typography variant="sigma">{message('translations.column.inLine')}</Typography></Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {(result?.items ?? []).map((item) => (
                    <Tr
                      key={item.documentId}
                      data-document={item.documentId}
                      data-status={item.status}
                      data-published={String(item.published ?? item.status === 'published')}
                    >
                      <Td>
                        <RouterLink to={editViewPath(ARTICLE_UID, item.documentId, item.sourceLocale)} title={item.sourceTitle}>
                          <Typography textColor="primary600">
                            <Title dir={textDirection(item.sourceLocale)} lang={item.sourceLocale}>
                              {item.sourceTitle}
                            </Title>
                          </Typography>
                        </RouterLink>
                      </Td>
                      <Td>
                        <Flex gap={2} justifyContent="space-between">
                          {item.status === 'missing' ? (
                            <Button size="S" variant="secondary" onClick={() => act(item, 'start')} data-start-locale={locale}>
                              {message('translations.start')}
                            </Button>
                          ) : (
                            <Box minWidth={0} flex="1">
                              <RouterLink to={editViewPath(ARTICLE_UID, item.documentId, locale)} title={item.title} data-open-locale={locale}>
                                <Typography textColor="primary600">
                                  <Title dir={textDirection(locale)} lang={locale}>
                                    {item.title || '—'}
                                  </Title>
                                </Typography>
                              </RouterLink>
                            </Box>
                          )}
                          {item.status !== 'source' ? (
                            <RouterLink to={translatePath(item.documentId, locale)} data-translate-locale={locale}>
                              <Typography variant="pi" fontWeight="bold" textColor="primary600">
                                {message('translations.open')}
                              </Typography>
                            </RouterLink>
                          ) : null}
                        </Flex>
                      </Td>
                      <Td>
                        <Flex direction="column" alignItems="flex-start" gap={1}>
                          <StateBadges status={item.status} published={item.published ?? item.status === 'published'} />
                          {item.status === 'outdated' ? (
                            <Button size="S" variant="tertiary" onClick={() => act(item, 'inLine')} data-in-line={locale}>
                              {message('translations.markInLine')}
                            </Button>
                          ) : null}
                        </Flex>
                      </Td>
                      <Td>
                        <Typography variant="pi" textColor="neutral600">
                          {item.inLineAt ? formatDate(item.inLineAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}
                        </Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </FixedLayout>
            {result && result.items.length === 0 ? (
              <Typography textColor="neutral600" data-testid="newsroom-translations-empty">{message('translations.empty')}</Typography>
            ) : null}
            {result && result.pageCount > 1 ? (
              <Flex gap={2} justifyContent="flex-end">
                <Button variant="tertiary" disabled={page <= 1} onClick={() => setQuery({ locale, status, page: String(page - 1) })}>
                  ‹
                </Button>
                <Typography>{`${page} / ${result.pageCount}`}</Typography>
                <Button
                  variant="tertiary"
                  disabled={page >= result.pageCount}
                  onClick={() => setQuery({ locale, status, page: String(page + 1) })}
                >
                  ›
                </Button>
              </Flex>
            ) : null}
          </Flex>
        </Layouts.Content>
      </Main>
    </Layouts.Root>
  );
};

export default TranslationsPage;
