import { useEffect } from 'react';
import { textDirection } from '../../../server/src/text/direction';

// Every place a journalist types: text inputs, textareas and the blocks editor.
const EDITABLE = 'input[type="text"], input:not([type]), textarea, [contenteditable="true"]';
// Fields that hold Latin text whatever the locale.
const LATIN_FIELDS = /(^|\.)(url|wikidataId)$/;

/**
 * Gives every editable field of the edit view the direction of the locale being edited: right to left
 * in Arabic and Persian, left to right in Latin-script locales. The same `textDirection` decides `dir`
 * in the API's HTML and feeds. Fields the content manager adds later (a new quote, a modal) are caught
 * by watching the page.
 */
export const useLocaleDirection = (locale: string | undefined, enabled: boolean): void => {
  useEffect(() => {
    if (!enabled || !locale) return undefined;
    const direction = textDirection(locale);
    const root = document.querySelector('main') ?? document.body;
    const apply = () => {
      root.querySelectorAll(EDITABLE).forEach((element) => {
        const wanted = LATIN_FIELDS.test(element.getAttribute('name') ?? '') ? 'ltr' : direction;
        if (element.getAttribute('dir') !== wanted) element.setAttribute('dir', wanted);
      });
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [locale, enabled]);
};
