import type { HeaderActionComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { ARTICLE_UID } from '../pluginId';

// The i18n plugin's own message id: its component's name does not survive the admin's minified build.
const FILL_FROM_LOCALE = { id: 'i18n.CMEditViewCopyLocale.copy-text', defaultMessage: 'Fill in from another locale' };

/**
 * Wraps a header action of the edit view so that, on an article, i18n's "Fill in from another locale" is not
 * offered: it replaces the whole form with another locale's text, erasing what was translated. The
 * translators' page copies the source's structure again and keeps every translated block instead.
 */
export const withoutFillFromLocale = (Action: HeaderActionComponent): HeaderActionComponent => {
  const WithoutFillFromLocale: HeaderActionComponent = (props) => {
    const description = Action(props);
    const { formatMessage } = useIntl();
    if (props.model === ARTICLE_UID && description?.label === formatMessage(FILL_FROM_LOCALE)) return null;
    return description;
  };
  return WithoutFillFromLocale;
};
