/** A locale version of a document as the content manager gives it (the document, or its meta's availableLocales). */
export interface LocaleVersion {
  locale?: string | null;
  createdAt?: string | null;
}

/**
 * The article's source locale as the server decides it when it has recorded nothing else: the locale
 * written first. Undefined while the document is being created (nothing stored yet).
 */
export const sourceLocaleOf = (versions: readonly LocaleVersion[]): string | undefined => {
  let first: { locale: string; at: number } | undefined;
  for (const { locale, createdAt } of versions) {
    const at = createdAt ? Date.parse(createdAt) : NaN;
    if (!locale || Number.isNaN(at)) continue;
    if (!first || at < first.at) first = { locale, at };
  }
  return first?.locale;
};
