/**
 * Strapi lays its admin out left to right in every language, and sets each text in that direction: an Arabic
 * title in a list or a home page widget was cut at its start ("…" on the right), and a date formatted in Arabic
 * (`02‏/12‏/2026`, with right-to-left marks) was scrambled into "/022026/12". `unicode-bidi: plaintext` lets
 * each of these texts take the direction of its own first letter, as a reader expects: Arabic right to left,
 * cut at its end, dates whole; Latin text is left as it was. The admin's layout itself stays as Strapi draws it.
 */
export const BIDI_CSS = `
table td :is(a, span, p),
ol li :is(a, span),
[role="option"] span {
  unicode-bidi: plaintext;
}
`;

const STYLE_ID = 'newsroom-bidi';

/** Adds the rules once to the admin's page. */
export const addBidiStyles = (doc: Document): void => {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = BIDI_CSS;
  doc.head.append(style);
};
