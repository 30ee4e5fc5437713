import { useEffect, useState } from 'react';
import {
  Badge,
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
import { textDirection } from '../../../server/src/text/direction';
import { ARTICLE_UID } from '../pluginId';
import { messageId, type MessageKey } from '../translations';
import { editViewPath } from '../utils/links';

type TranslationStatus = 'source' | 'missing' | 'draft' | 'published' | 'outdated';

const STATUSES: TranslationStatus[] = ['outdated', 'missing', 'draft', 'published', 'source'];

const STATUS_COLOURS: Record<TranslationStatus, { textColor: string; backgroundColor: string }> = {
  outdated: { textColor: 'danger700', backgroundColor: 'danger100' },
  missing: { textColor: 'warning700', backgroundColor: 'warning100' },
  draft: { textColor: 'secondary700', backgroundColor: 'secondary100' },
  published: { textColor: 'success700', backgroundColor: 'success100' },
  source: { textColor: 'neutral700', backgroundColor: 'neutral150' },
};

interface Item {
  documentId: string;
  sourceLocale: string;
  status: TranslationStatus;
  title: string;
  sourceTitle: string;
  inLineAt: string | null;
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
  const { formatMessage, formatDate } = useIntl();
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

  // Starting makes the draft with the source's structure, then opens it; marking in line updates the list.
  const act = async (item: Item, action: 'start' | 'inLine') => {
    if (!locale) return;
    try {
      if (action === 'start') {
        await post(`/newsroom/articles/${item.documentId}/translations`, { locale });
        navigate(editViewPath(ARTICLE_UID, item.documentId, locale));
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
      <Main>
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
                  <Tr key={item.documentId} data-document={item.documentId} data-status={item.status}>
                    <Td>
                      <RouterLink to={editViewPath(ARTICLE_UID, item.documentId, item.sourceLocale)}>
                        <Typography dir={textDirection(item.sourceLocale)} lang={item.sourceLocale} textColor="primary600">
                          {item.sourceTitle}
                        </Typography>
                      </RouterLink>
                    </Td>
                    <Td>
                      {item.status === 'missing' ? (
                        <Button size="S" variant="secondary" onClick={() => act(item, 'start')} data-start-locale={locale}>
                          {message('translations.start')}
                        </Button>
                      ) : (
                        <Flex gap={2}>
                          <RouterLink to={editViewPath(ARTICLE_UID, item.documentId, locale)} data-open-locale={locale}>
                            <Typography dir={textDirection(locale)} lang={locale} textColor="primary600">
                              {item.title || '—'}
                            </Typography>
                          </RouterLink>
                          {item.status === 'outdated' ? (
                            <Button size="S" variant="tertiary" onClick={() => act(item, 'inLine')} data-in-line={locale}>
                              {message('translations.markInLine')}
                            </Button>
                          ) : null}
                        </Flex>
                      )}
                    </Td>
                    <Td>
                      <Badge {...STATUS_COLOURS[item.status]}>{message(`translationStatus.${item.status}` as MessageKey)}</Badge>
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
