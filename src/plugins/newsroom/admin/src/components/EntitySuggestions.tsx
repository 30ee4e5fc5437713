import { useState } from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import { generateKeyBetween } from 'fractional-indexing';
import { useIntl } from 'react-intl';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID } from '../pluginId';
import { messageId, type MessageKey } from '../translations';
import { draftText, relationChanges } from '../utils/form-values';

interface Mention {
  kind: 'tag' | 'expert';
  id: number;
  documentId: string;
  name: string;
  type: string;
}

interface Suggestions {
  entities: Mention[];
  candidates: { text: string }[];
}

interface RelationItem {
  __temp_key__?: string;
}

const FIELD = { tag: 'tags', expert: 'experts' } as const;
const TARGET = { tag: ENTITY_TAG_UID, expert: EXPERT_UID } as const;

// Above every key the content manager gives stored relations ('a0', 'a1', ...): attached items list last.
const FIRST_ATTACHED_KEY = `y${'0'.repeat(25)}`;

/**
 * The tags and experts the draft names, found by the same Arabic-aware matching as search, each attached
 * with one click: the relation is added to the form as if picked in the field, and saved with the article.
 */
export const EntitySuggestions = ({ documentId, locale }: { documentId?: string; locale: string }) => {
  const { formatMessage } = useIntl();
  const { get, post } = useFetchClient();
  const values = useForm('NewsroomEntitySuggestions', (state) => state.values) as Record<string, unknown>;
  const onChange = useForm('NewsroomEntitySuggestions', (state) => state.onChange);
  const [suggestions, setSuggestions] = useState<Suggestions>();
  const [stored, setStored] = useState<Set<string>>(new Set());
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  const storedRelations = async (field: string): Promise<string[]> => {
    if (!documentId) return [];
    const { data } = await get<{ results: { documentId: string }[] }>(
      `/content-manager/relations/${ARTICLE_UID}/${documentId}/${field}?locale=${encodeURIComponent(locale)}&status=draft&pageSize=100`
    );
    return data.results.map((relation) => relation.documentId);
  };

  const find = async () => {
    setLoading(true);
    setFailed(false);
    try {
      const { data } = await post<{ data: Suggestions }>(
        `/newsroom/articles/suggest-entities?locale=${encodeURIComponent(locale)}`,
        { data: { text: draftText(values) || ' ' } }
      );
      setStored(new Set([...(await storedRelations('tags')), ...(await storedRelations('experts'))]));
      setSuggestions(data.data);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };

  const isAttached = (mention: Mention): boolean => {
    const changes = relationChanges(values[FIELD[mention.kind]]);
    if (changes.disconnect.includes(mention.documentId)) return false;
    return stored.has(mention.documentId) || changes.connect.includes(mention.documentId);
  };

  const attach = (mention: Mention) => {
    const field = FIELD[mention.kind];
    const current = (values[field] ?? {}) as { connect?: RelationItem[]; disconnect?: RelationItem[] };
    const connect = current.connect ?? [];
    const lastKey = connect.length > 0 ? connect[connect.length - 1].__temp_key__ : undefined;
    const item = {
      id: mention.id,
      apiData: { id: mention.id, documentId: mention.documentId, locale, isTemporary: true },
      __temp_key__: lastKey ? generateKeyBetween(lastKey, null) : FIRST_ATTACHED_KEY,
      name: mention.name,
      label: mention.name,
      href: `../collection-types/${TARGET[mention.kind]}/${mention.documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`,
    };
    onChange(field, { ...current, connect: [...connect, item], disconnect: current.disconnect ?? [] });
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="newsroom-suggestions">
      <Button variant="secondary" onClick={find} loading={loading} fullWidth>
        {formatMessage({ id: messageId('panel.suggest'), defaultMessage: 'Find tags and experts in the text' })}
      </Button>
      {failed ? (
        <Typography textColor="danger600">{formatMessage({ id: messageId('panel.error'), defaultMessage: 'Not available right now.' })}</Typography>
      ) : null}
      {suggestions ? (
        <Box>
          <Typography variant="sigma" textColor="neutral600">
            {formatMessage({ id: messageId('panel.suggestions'), defaultMessage: 'Named in the text' })}
          </Typography>
          {suggestions.entities.length === 0 ? (
            <Typography tag="p" variant="pi">
              {formatMessage({ id: messageId('panel.suggestions.none'), defaultMessage: 'No known tag or expert is named.' })}
            </Typography>
          ) : (
            <Box tag="ul" paddingTop={1}>
              {suggestions.entities.map((mention) => (
                <Flex tag="li" key={`${mention.kind}-${mention.documentId}`} justifyContent="space-between" wrap="wrap" gap={2} paddingBottom={1}>
                  <Flex gap={2}>
                    <Typography dir="auto">{mention.name}</Typography>
                    <Badge>{mention.kind === 'tag' ? formatMessage({ id: messageId(`tagType.${mention.type}` as MessageKey), defaultMessage: mention.type }) : mention.type}</Badge>
                  </Flex>
                  <Button
                    size="S"
                    variant="tertiary"
                    disabled={isAttached(mention)}
                    onClick={() => attach(mention)}
                    data-suggestion={mention.documentId}
                  >
                    {isAttached(mention)
                      ? formatMessage({ id: messageId('panel.attached'), defaultMessage: 'Attached' })
                      : formatMessage({ id: messageId('panel.attach'), defaultMessage: 'Attach' })}
                  </Button>
                </Flex>
              ))}
            </Box>
          )}
          {suggestions.candidates.length > 0 ? (
            <Box paddingTop={2}>
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage({ id: messageId('panel.suggestions.candidates'), defaultMessage: 'Not in the newsroom yet' })}
              </Typography>
              <Typography tag="p" variant="pi" dir="auto">
                {suggestions.candidates.map((candidate) => candidate.text).join('، ')}
              </Typography>
            </Box>
          ) : null}
        </Box>
      ) : null}
    </Flex>
  );
};
