import { factories } from '@strapi/strapi';
import { MEDIA_TOPIC_UID } from '../constants';

export default factories.createCoreService(MEDIA_TOPIC_UID);
