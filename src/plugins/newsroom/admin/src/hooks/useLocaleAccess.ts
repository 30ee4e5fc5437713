import { useMemo } from 'react';
import { useAuth } from '@strapi/strapi/admin';
import { localeAccess, type LocaleAccess } from '../utils/locale-access';

/**
 * The locales the logged-in user may read, update, create and publish `model` in: what the admin offers
 * follows the role, so nothing is offered that the server would refuse.
 */
export const useLocaleAccess = (model: string): LocaleAccess => {
  const permissions = useAuth('NewsroomLocaleAccess', (state) => state.permissions);
  return useMemo(() => localeAccess(permissions, model), [permissions, model]);
};
