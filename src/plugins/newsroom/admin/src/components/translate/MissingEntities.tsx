import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Flex, TextInput, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import { textDirection } from '../../../../server/src/text/direction';
import { useMessage } from '../../hooks/useMessage';
import type { MissingEntityInPlace } from '../../workspace/types';

// Several to a row, and at most about three rows before scrolling: a source citing twenty tags should not
// push the text to translate off the screen.
const Cards = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(28rem, 1fr));
  gap: ${({ theme }) => theme.spaces[3]};
  max-height: 32rem;
  overflow-y: auto;
`;

interface MissingEntitiesProps {
  entities: MissingEntityInPlace[];
  sourceLocale: string;
  locale: string;
  localeName: string;
  editable: boolean;
  onName: (entity: MissingEntityInPlace, name: string) => Promise<boolean>;
}

/**
 * The tags and experts the source cites that have no version in this locale, each named right here: the
 * name creates that version and attaches it to the translation (publishing is refused until then).
 */
export const MissingEntities = ({ entities, sourceLocale, locale, localeName, editable, onName }: MissingEntitiesProps) => {
  const { message } = useMessage();
  const { formatMessage } = useIntl();
  const [names, setNames] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string>();

  const submit = async (entity: MissingEntityInPlace) => {
    setBusy(entity.documentId);
    const done = await onName(entity, (names[entity.documentId] ?? '').trim());
    setBusy(undefined);
    if (done) setNames(({ [entity.documentId]: _named, ...rest }) => rest);
  };

  return (
    <Box tag="section" padding={4} background="neutral0" shadow="tableShadow" hasRadius data-testid="newsroom-missing-entities">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          {message('translate.entities.title', { locale: localeName })}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {message('translate.entities.hint', { locale: localeName })}
        </Typography>
        <Cards>
          {entities.map((entity) => {
            const name = names[entity.documentId] ?? '';
            return (
              <Flex
                key={entity.documentId}
                direction="column"
                alignItems="stretch"
                gap={2}
                padding={3}
                background="neutral100"
                hasRadius
                data-entity={entity.documentId}
                data-entity-kind={entity.kind}
              >
                <Flex gap={2} justifyContent="space-between" wrap="wrap">
                  <Typography fontWeight="bold" dir={textDirection(sourceLocale)} lang={sourceLocale}>
                    {entity.name}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {message(entity.kind === 'tag' ? 'translate.entities.tag' : 'translate.entities.expert')}
                    {/* The option labels the content manager shows for the type's values, registered under the bare value. */}
                    {entity.type ? ` · ${formatMessage({ id: entity.type, defaultMessage: entity.type })}` : ''}
                    {entity.quotes.length > 0 ? ` · ${message('translate.entities.quotes', { count: entity.quotes.length })}` : ''}
                  </Typography>
                </Flex>
                <Flex gap={2} alignItems="flex-end">
                  <Box flex="1">
                    <TextInput
                      aria-label={`${message('translate.entities.name', { locale: localeName })}: ${entity.name}`}
                      placeholder={message('translate.entities.name', { locale: localeName })}
                      value={name}
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                        setNames((current) => ({ ...current, [entity.documentId]: event.target.value }))
                      }
                      disabled={!editable}
                      dir={textDirection(locale)}
                      lang={locale}
                      maxLength={200}
                    />
                  </Box>
                  <Button
                    variant="secondary"
                    size="L"
                    disabled={!editable || name.trim() === '' || busy !== undefined}
                    loading={busy === entity.documentId}
                    onClick={() => submit(entity)}
                    data-name-entity={entity.documentId}
                  >
                    {message('translate.entities.add')}
                  </Button>
                </Flex>
              </Flex>
            );
          })}
        </Cards>
      </Flex>
    </Box>
  );
};
