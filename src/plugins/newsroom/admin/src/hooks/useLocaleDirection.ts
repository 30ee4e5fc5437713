import { useEffect } from 'react';
import { textDirection } from '../../../server/src/text/direction';

// Every place a journalist types: text inputs, relation pickers (Strapi types their input "relation"),
// textareas and the blocks editor.
const EDITABLE = 'input[type="text"], input[type="relation"], input:not([type]), textarea, [contenteditable="true"]';
// Fields that hold Latin text whatever the locale.
const LATIN_FIELDS = /(^|\.)(url|wikidataId)$/;
// The entries a relation field lists under its picker (the blocks editor's and the breadcrumbs' lists aside).
const RELATION_LISTS = 'ol:not([contenteditable="true"] ol):not(nav ol)';
// A relation picker: its options open in a list of their own, in a portal outside the form.
const PICKERS = 'input[role="combobox"][aria-controls]';

const setDirection = (element: Element, direction: string) => {
  if (element.getAttribute('dir') !== direction) element.setAttribute('dir', direction);
};

/**
 * Gives every editable field of the edit view the direction of the locale being edited: right to left
 * in Arabic and Persian, left to right in Latin-script locales. The same `textDirection` decides `dir`
 * in the API's HTML and feeds. Relation fields follow too: the experts, tags and subjects listed under a
 * picker and the options it offers are names in that locale. Fields the content manager adds later (a new
 * quote, a picker's options) are caught by watching the page, once per frame however many changes it made.
 */
export const useLocaleDirection = (locale: string | undefined, enabled: boolean): void => {
  useEffect(() => {
    if (!enabled || !locale) return undefined;
    const direction = textDirection(locale);
    const root = document.querySelector('main') ?? document.body;
    const apply = () => {
      root.querySelectorAll(EDITABLE).forEach((element) => {
        setDirection(element, LATIN_FIELDS.test(element.getAttribute('name') ?? '') ? 'ltr' : direction);
      });
      root.querySelectorAll(RELATION_LISTS).forEach((element) => setDirection(element, direction));
      root.querySelectorAll(PICKERS).forEach((input) => {
        const options = document.getElementById(input.getAttribute('aria-controls') ?? '');
        if (options) setDirection(options, direction);
      });
    };
    apply();
    let frame: number | undefined;
    const observer = new MutationObserver(() => {
      if (frame === undefined) frame = requestAnimationFrame(() => {
        frame = undefined;
        apply();
      });
    });
    // The body, not only the form: a picker's options are added outside it.
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [locale, enabled]);
};
