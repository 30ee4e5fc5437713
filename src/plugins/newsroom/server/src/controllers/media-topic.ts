import { factories } from '@strapi/strapi';
import { MEDIA_TOPIC_UID } from '../constants';

/** The subject vocabulary, read only: IPTC Media Topics with their names and parents. */
export default factories.createCoreController(MEDIA_TOPIC_UID);
