import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';
import type services from '../services';

type ServiceFactories = typeof services;
export type NewsroomServices = { [K in keyof ServiceFactories]: ReturnType<ServiceFactories[K]> };

/** A plugin service with its real type (strapi.plugin().service() is typed for any service). */
export const newsroomService = <K extends keyof NewsroomServices>(strapi: Core.Strapi, name: K): NewsroomServices[K] =>
  strapi.plugin(PLUGIN_ID).service(name) as NewsroomServices[K];
