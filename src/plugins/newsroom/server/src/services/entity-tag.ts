import { factories } from '@strapi/strapi';
import { ENTITY_TAG_UID } from '../constants';
import { createEntityPageService } from './entity-page';

export default factories.createCoreService(ENTITY_TAG_UID, ({ strapi }) =>
  createEntityPageService(strapi, ENTITY_TAG_UID, 'tags')
);
