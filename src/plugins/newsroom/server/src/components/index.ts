import type { Core, Struct } from '@strapi/strapi';
import keyFigure from './key-figure.json';
import quote from './quote.json';
import source from './source.json';

export const COMPONENT_CATEGORY = 'newsroom';

const definitions: Record<string, unknown> = {
  quote,
  'key-figure': keyFigure,
  source,
};

const pascalCase = (name: string): string =>
  name.replace(/(^|[-_.])([a-z])/g, (_match, _sep: string, letter: string) => letter.toUpperCase());

/**
 * Strapi loads components only from the app's src/components; a plugin that ships its own registers them
 * in register(), in the shape Strapi's component loader gives them, before the database schema is synced.
 */
export const registerComponents = (strapi: Core.Strapi): void => {
  const components: Record<string, Struct.ComponentSchema> = {};
  for (const [modelName, definition] of Object.entries(definitions)) {
    const uid = `${COMPONENT_CATEGORY}.${modelName}`;
    const schema = structuredClone(definition) as Struct.ComponentSchema;
    components[uid] = Object.assign(schema, {
      __schema__: structuredClone(definition),
      uid,
      category: COMPONENT_CATEGORY,
      modelType: 'component',
      modelName,
      globalId: `Component${pascalCase(uid)}`,
    }) as Struct.ComponentSchema;
  }
  strapi.get('components').add(components);
};
