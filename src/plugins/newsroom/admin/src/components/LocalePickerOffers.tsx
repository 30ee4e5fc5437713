import type { HeaderActionComponent, HeaderActionDescription } from '@strapi/content-manager/strapi-admin';
import { Flex, Typography } from '@strapi/design-system';
import { Eye } from '@strapi/icons';
import { useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { messageId } from '../translations';
import { useLocaleAccess } from '../hooks/useLocaleAccess';
import { localeOffer } from '../utils/locale-access';

interface LocaleQuery {
  plugins?: { i18n?: { locale?: string } };
}

// The i18n plugin's locale picker is the only header action that is a select (options, onSelect and the
// current value's rendering). Its function name does not survive the admin's minified build, its shape does.
const isLocalePicker = (description: HeaderActionDescription): boolean =>
  Array.isArray(description.options) && typeof description.onSelect === 'function' && typeof description.customizeContent === 'function';

/**
 * Wraps a header action of the edit view so that, when it is the locale picker, it offers only what the
 * user's role can use: a locale they may edit (or create), or one they may only read, marked read-only;
 * never a locale they could only fail in (Strapi's picker lists every readable locale, and offers to
 * create those it may not). Other header actions pass through unchanged.
 */
export const withLocaleOffers = (Action: HeaderActionComponent): HeaderActionComponent => {
  const WithLocaleOffers: HeaderActionComponent = (props) => {
    const description = Action(props);
    const access = useLocaleAccess(props.model);
    const [{ query }] = useQueryParams<LocaleQuery>();
    const { formatMessage } = useIntl();

    if (!description || !isLocalePicker(description)) return description;
    const current = query.plugins?.i18n?.locale;
    const existing = new Set((props.meta?.availableLocales ?? []).map((version) => version.locale));
    if (current && props.document?.id !== undefined) existing.add(current);
    const readOnly = formatMessage({ id: messageId('localePicker.readOnly'), defaultMessage: 'Read only' });
    const marker = (
      <Flex gap={1} tag="span">
        <Eye aria-hidden focusable={false} />
        <Typography variant="pi" textColor="neutral600">
          {readOnly}
        </Typography>
      </Flex>
    );
    const offerOf = (locale: string) => localeOffer(locale, existing.has(locale), access);
    const customize = description.customizeContent;

    return {
      ...description,
      options: (description.options ?? [])
        .filter((option) => option.value === current || offerOf(option.value) !== 'hidden')
        .map((option) => (offerOf(option.value) === 'read-only' ? { ...option, startIcon: marker } : option)),
      customizeContent:
        current && offerOf(current) === 'read-only' && customize
          ? (value: string) => (
              <Flex gap={2} tag="span">
                {customize(value)}
                {marker}
              </Flex>
            )
          : customize,
    };
  };
  return WithLocaleOffers;
};
