import { factories } from '@strapi/strapi';
import { EXPERT_UID } from '../constants';
import { expertWrite } from '../validation/expert';
import { entityController } from './entity-page';

export default factories.createCoreController(
  EXPERT_UID,
  entityController('expert', 'expert', expertWrite)
);
