import { factories } from '@strapi/strapi';
import { ENTITY_TAG_UID } from '../constants';
import { entityTagWrite } from '../validation/entity-tag';
import { entityController } from './entity-page';

export default factories.createCoreController(
  ENTITY_TAG_UID,
  entityController('entity-tag', 'tag', entityTagWrite)
);
