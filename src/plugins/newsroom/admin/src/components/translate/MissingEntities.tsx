import { useState } from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { textDirection } from '../../../../server/src/text/direction';
import { useMessage } from '../../hooks/useMessage';
import type { MissingEntityInPlace } from '../../workspace/types';

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
        {entities.map((entity) => {
          const name = names[entity.documentId] ?? '';
          return (
            <Flex key={entity.documentId} gap={3} alignItems="flex-end" wrap="wrap" data-entity={entity.documentId} data-entity-kind={entity.kind}>
              <Box minWidth="16rem">
                <Typography variant="sigma" textColor="neutral600">
                  {message(entity.kind === 'tag' ? 'translate.entities.tag' : 'translate.entities.expert')}
                  {entity.type ? ` · ${entity.type}` : ''}
                </Typography>
                <Typography tag="p" dir={textDirection(sourceLocale)} lang={sourceLocale} fontWeight="bold">
                  {entity.name}
                </Typography>
                {entity.quotes.length > 0 ? (
                  <Typography variant="pi" textColor="neutral600">
                    {message('translate.entities.quotes', { count: entity.quotes.length })}
                  </Typography>
                ) : null}
              </Box>
              <Box minWidth="20rem">
                <Field.Root name={`entity-${entity.documentId}`}>
                  <Field.Label>{message('translate.entities.name', { locale: localeName })}</Field.Label>
                  <TextInput
                    value={name}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                      setNames((current) => ({ ...current, [entity.documentId]: event.target.value }))
                    }
                    disabled={!editable}
                    dir={textDirection(locale)}
                    lang={locale}
                    maxLength={200}
                  />
                </Field.Root>
              </Box>
              <Button
                variant="secondary"
                disabled={!editable || name.trim() === '' || busy !== undefined}
                loading={busy === entity.documentId}
                onClick={() => submit(entity)}
                data-name-entity={entity.documentId}
              >
                {message('translate.entities.add')}
              </Button>
            </Flex>
          );
        })}
      </Flex>
    </Box>
  );
};
