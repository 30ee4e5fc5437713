import { useEffect, useState } from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';
import { useMessage } from '../hooks/useMessage';
import { translatePath } from '../utils/links';
import type { TranslationStatus } from '../workspace/states';
import { StateBadges } from './translate/StateBadges';

interface LocaleState {
  locale: string;
  status: TranslationStatus;
  published: boolean;
}

/**
 * In a translation's edit view: its state beside the source (outdated, and whether it is live: Strapi's own
 * badge only says Draft or Published) and the way to the translators' page.
 */
export const TranslationState = ({ documentId, locale }: { documentId: string; locale: string }) => {
  const { message } = useMessage();
  const { get } = useFetchClient();
  const [state, setState] = useState<LocaleState>();

  useEffect(() => {
    let active = true;
    get<{ data: { locales: LocaleState[] } }>(`/newsroom/articles/${documentId}/translations`)
      .then(({ data }) => active && setState(data.data.locales.find((entry) => entry.locale === locale)))
      .catch(() => active && setState(undefined));
    return () => {
      active = false;
    };
  }, [get, documentId, locale]);

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="newsroom-translation-state">
      {state && state.status !== 'source' ? <StateBadges status={state.status} published={state.published} /> : null}
      <RouterLink to={translatePath(documentId, locale)} data-testid="newsroom-translate-link">
        <Typography textColor="primary600" fontWeight="bold">
          {message('panel.translate')}
        </Typography>
      </RouterLink>
    </Flex>
  );
};
