import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';
import type { NewsroomConfig } from '../config';

export const pluginConfig = (strapi: Core.Strapi): NewsroomConfig =>
  strapi.config.get(`plugin::${PLUGIN_ID}`) as NewsroomConfig;
