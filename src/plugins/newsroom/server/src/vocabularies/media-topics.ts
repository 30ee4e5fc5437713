/**
 * The branches of IPTC Media Topics (http://cv.iptc.org/newscodes/mediatopic/) a politics desk needs,
 * seeded as the newsroom's subject vocabulary. Codes and English names are IPTC's; the Arabic names are
 * the newsroom's. IPTC has no separate "terrorism" concept: its "act of terror" is the one to use.
 */
export const MEDIA_TOPIC_SCHEME = 'http://cv.iptc.org/newscodes/mediatopic/';

export interface MediaTopicSeed {
  code: string;
  parent?: string;
  names: { en: string; ar: string };
}

export const POLITICS_DESK_TOPICS: readonly MediaTopicSeed[] = [
  { code: 'medtop:11000000', names: { en: 'politics', ar: 'سياسة' } },
  { code: 'medtop:20000593', parent: 'medtop:11000000', names: { en: 'government', ar: 'حكومة' } },
  { code: 'medtop:20000638', parent: 'medtop:11000000', names: { en: 'international relations', ar: 'علاقات دولية' } },
  { code: 'medtop:20000639', parent: 'medtop:20000638', names: { en: 'diplomacy', ar: 'دبلوماسية' } },
  { code: 'medtop:16000000', names: { en: 'conflict, war and peace', ar: 'نزاعات وحروب وسلام' } },
  { code: 'medtop:20000053', parent: 'medtop:16000000', names: { en: 'act of terror', ar: 'عمل إرهابي' } },
  { code: 'medtop:20000056', parent: 'medtop:16000000', names: { en: 'armed conflict', ar: 'نزاع مسلح' } },
  { code: 'medtop:04000000', names: { en: 'economy, business and finance', ar: 'اقتصاد وأعمال ومال' } },
  { code: 'medtop:20000344', parent: 'medtop:04000000', names: { en: 'economy', ar: 'اقتصاد' } },
];

/** A Media Topic's URI from its QCode (`medtop:20000639` → `http://cv.iptc.org/newscodes/mediatopic/20000639`). */
export const mediaTopicUri = (code: string): string => `${MEDIA_TOPIC_SCHEME}${code.replace(/^medtop:/, '')}`;

/** A topic's name in a locale, falling back to English and then to the code. */
export const topicName = (names: unknown, locale: string, code: string): string => {
  const map = (names && typeof names === 'object' ? names : {}) as Record<string, unknown>;
  const pick = map[locale] ?? map[locale.split('-')[0]] ?? map.en;
  return typeof pick === 'string' && pick.trim() !== '' ? pick : code;
};
