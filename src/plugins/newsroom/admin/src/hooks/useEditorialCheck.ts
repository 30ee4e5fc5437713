import { useEffect, useState } from 'react';
import { getFetchClient, useDebounce, useForm } from '@strapi/strapi/admin';
import { toEditorialCheck } from '../utils/form-values';

export interface EditorialWarning {
  code: string;
  field: string;
  message: string;
  /** `blocking`: Strapi would refuse to publish anyway; `warning`: the editor may publish past it. */
  severity: 'blocking' | 'warning';
}

export interface EditorialCheck {
  wordCount: number;
  readingTimeMinutes: number;
  slug: { willBe: string | null; native: string; latin: string };
  warnings: EditorialWarning[];
  /** The embargo the form's time sets, by the server's clock; null when unset or past. */
  embargo: { until: string } | null;
  /** The newsroom's time zone (IANA). */
  timeZone: string;
}

// The side panel and the Publish action check the same form at the same moments: one request serves both,
// so the warnings the panel shows are the ones Publish asks about. An answer is reused for a few seconds
// only: what is stored (tags, quotes' experts) may change under the same form values after a save.
const requests = new Map<string, { at: number; answer: Promise<EditorialCheck> }>();
const REUSE_MS = 3000;

const shared = (key: string, ask: () => Promise<EditorialCheck>): Promise<EditorialCheck> => {
  const now = Date.now();
  for (const [known, { at }] of requests) if (now - at > REUSE_MS) requests.delete(known);
  const known = requests.get(key);
  if (known) return known.answer;
  const answer = ask();
  answer.catch(() => requests.delete(key));
  requests.set(key, { at: now, answer });
  return answer;
};

/**
 * The server's check of these form values, now. The request is not tied to a component (a hook's fetch
 * client aborts on unmount), so the side panel and the Publish action can share it.
 */
export const requestEditorialCheck = (
  values: Record<string, unknown>,
  documentId: string | undefined,
  locale: string
): Promise<EditorialCheck> => {
  const data = toEditorialCheck(values, documentId);
  const url = `/newsroom/articles/editorial-check?locale=${encodeURIComponent(locale)}`;
  return shared(`${url} ${JSON.stringify(data)}`, async () => (await getFetchClient().post<{ data: EditorialCheck }>(url, { data })).data.data);
};

/**
 * The server's check of the article being edited, asked again 400 ms after the form last changed. `enabled`
 * false asks nothing (a hook must be called whatever the content type).
 */
export const useEditorialCheck = (
  consumer: string,
  { documentId, locale, enabled = true }: { documentId?: string; locale?: string; enabled?: boolean }
): { check?: EditorialCheck; failed: boolean } => {
  const values = useForm(consumer, (state) => state.values) as Record<string, unknown>;
  const pending = useDebounce(values, 400);
  const [check, setCheck] = useState<EditorialCheck>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!enabled || !locale) return undefined;
    let active = true;
    requestEditorialCheck(pending, documentId, locale)
      .then((result) => {
        if (!active) return;
        setCheck(result);
        setFailed(false);
      })
      .catch(() => {
        if (active) setFailed(true);
      });
    return () => {
      active = false;
    };
  }, [enabled, pending, documentId, locale]);

  return { check, failed };
};
