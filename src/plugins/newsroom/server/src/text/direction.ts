// Languages written right to left, by their ISO 639 code (the part of a locale before any region).
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export const isRightToLeft = (locale: string): boolean => RIGHT_TO_LEFT.has(locale.split('-')[0].toLowerCase());

export const textDirection = (locale: string): 'rtl' | 'ltr' => (isRightToLeft(locale) ? 'rtl' : 'ltr');
