// Characters XML 1.0 forbids even escaped (C0 controls but tab, newline, return; U+FFFE, U+FFFF; lone
// surrogates). Text pasted into the admin can carry them (a vertical tab from a word processor), and one of
// them would make the whole feed unreadable.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for an xmlbuilder2 text node or attribute: what XML forbids is dropped, and every "&" is written
 * "&amp;" here. xmlbuilder2 escapes "<" and ">" but leaves alone an "&" that starts something shaped like
 * an entity: the text "&lt;script&gt;" would reach a reader as "<script>", and the escaped HTML of a body
 * as live markup. Escaped first, each "&" comes out as one "&amp;", and the reader gets the text back.
 */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '').replace(/&/g, '&amp;');
