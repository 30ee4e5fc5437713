import { factories } from '@strapi/strapi';
import { EXPERT_UID } from '../constants';
import { createEntityPageService } from './entity-page';

export default factories.createCoreService(EXPERT_UID, ({ strapi }) =>
  createEntityPageService(strapi, EXPERT_UID, 'experts')
);
