import type { Core } from '@strapi/strapi';

/**
 * Runs `changed` after every write to `models` through the query engine, and again when the write's transaction
 * commits: until then other connections read the old rows, and whatever they remember of them must go again.
 */
export const afterEveryWrite = (strapi: Core.Strapi, models: string[], changed: () => void | Promise<void>): void => {
  const handler = async () => {
    await changed();
    if (strapi.db.inTransaction()) {
      await strapi.db.transaction(async ({ onCommit }) => {
        onCommit(() => void changed());
      });
    }
  };
  strapi.db.lifecycles.subscribe({
    models,
    afterCreate: handler,
    afterCreateMany: handler,
    afterUpdate: handler,
    afterUpdateMany: handler,
    afterDelete: handler,
    afterDeleteMany: handler,
  });
};
