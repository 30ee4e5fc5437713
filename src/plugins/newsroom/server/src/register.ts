import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { derivedFieldsMiddleware } from './document-middlewares/derived-fields';

const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  registerComponents(strapi);
  strapi.documents.use(derivedFieldsMiddleware(strapi));
};

export default register;
