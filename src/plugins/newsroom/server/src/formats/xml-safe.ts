// Characters XML 1.0 forbids even escaped (C0 controls but tab, newline, return; U+FFFE, U+FFFF; lone
// surrogates). Text pasted into the admin can carry them (a vertical tab from a word processor), and one of
// them would make the whole feed unreadable.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text XML can carry: what it forbids is dropped (xmlbuilder2 escapes the rest). */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');
