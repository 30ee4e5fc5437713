import { PLUGIN_ID } from '../pluginId';
import { ar } from './ar';
import { en, type Translation } from './en';
import { fa } from './fa';

const TRANSLATIONS: Record<string, Translation> = { en, ar, fa };

/**
 * The react-intl messages for one admin language: the plugin's own strings under `newsroom.`, the
 * content manager's field labels (`content-manager.content-types.<uid>.<field>`, and
 * `content-manager.components.<uid>.<field>` for the components' fields), the content type
 * names the content manager's menu looks up by display name, and the options of the enumerations, which it
 * looks up by their bare value. Languages without a translation get none, and the admin shows the English
 * defaults.
 */
export const messagesFor = (locale: string): Record<string, string> => {
  const translation = TRANSLATIONS[locale];
  if (!translation) return {};
  const messages: Record<string, string> = {};
  for (const [key, value] of Object.entries(translation.plugin)) messages[`${PLUGIN_ID}.${key}`] = value;
  for (const [uid, fields] of Object.entries(translation.fields)) {
    for (const [field, label] of Object.entries(fields)) messages[`content-manager.content-types.${uid}.${field}`] = label;
  }
  for (const [uid, fields] of Object.entries(translation.components)) {
    for (const [field, label] of Object.entries(fields)) messages[`content-manager.components.${uid}.${field}`] = label;
  }
  return { ...messages, ...translation.contentTypes, ...translation.options };
};

export type MessageKey = keyof Translation['plugin'];

/** A plugin message id, typed so a missing key fails the type check. */
export const messageId = (key: MessageKey): string => `${PLUGIN_ID}.${key}`;
