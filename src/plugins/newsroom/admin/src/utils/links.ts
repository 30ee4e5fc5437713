import { PLUGIN_ID } from '../pluginId';

/** Where the content manager edits one locale of a document, relative to the admin's root. */
export const editViewPath = (uid: string, documentId: string, locale: string): string =>
  `/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;

/** The translators' page for one locale of an article, relative to the admin's root. */
export const translatePath = (documentId: string, locale: string): string =>
  `/plugins/${PLUGIN_ID}/translate/${encodeURIComponent(documentId)}/${encodeURIComponent(locale)}`;
