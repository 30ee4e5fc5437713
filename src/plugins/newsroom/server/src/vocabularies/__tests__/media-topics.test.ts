import { MEDIA_TOPICS, mediaTopicUri, topicLabel, topicName } from '../media-topics';

describe('the IPTC Media Topics vocabulary', () => {
  it('holds the whole tree: QCodes, each parent before its children, and the 17 top-level topics', () => {
    const seen = new Set<string>();
    for (const topic of MEDIA_TOPICS) {
      expect(topic.code).toMatch(/^medtop:\d{8}$/);
      if (topic.parent) expect(seen.has(topic.parent)).toBe(true);
      seen.add(topic.code);
    }
    expect(seen.size).toBe(MEDIA_TOPICS.length);
    expect(MEDIA_TOPICS.length).toBeGreaterThan(1000);
    const topLevel = MEDIA_TOPICS.filter((topic) => !topic.parent);
    expect(topLevel.map((topic) => topic.code)).toEqual(
      Array.from({ length: 17 }, (_, index) => `medtop:${String(index + 1).padStart(2, '0')}000000`),
    );
    for (const topic of topLevel) expect(topic.names).toEqual({ en: expect.any(String), ar: expect.any(String), fa: expect.any(String) });
  });

  it('names a politics desk’s topics in Arabic, English and Persian, with IPTC URIs and Wikidata ids', () => {
    const diplomacy = MEDIA_TOPICS.find((topic) => topic.code === 'medtop:20000639');
    expect(diplomacy).toEqual({
      code: 'medtop:20000639',
      parent: 'medtop:20000638',
      names: { en: 'diplomacy', ar: 'دبلوماسية', fa: 'دیپلماسی' },
      wikidataId: 'Q1889',
    });
    expect(MEDIA_TOPICS.find((topic) => topic.code === 'medtop:16000000')?.names.en).toBe('conflict, war and peace');
    expect(mediaTopicUri('medtop:20000639')).toBe('http://cv.iptc.org/newscodes/mediatopic/20000639');
    for (const topic of MEDIA_TOPICS) expect([...topicLabel(topic.names, topic.code)].length).toBeLessThanOrEqual(255);
  });

  it('fall back to English, then to the code', () => {
    expect(topicName({ en: 'diplomacy', ar: 'دبلوماسية' }, 'ar', 'x')).toBe('دبلوماسية');
    expect(topicName({ en: 'diplomacy' }, 'fa', 'x')).toBe('diplomacy');
    expect(topicName({ en: 'diplomacy', ar: 'دبلوماسية' }, 'ar-EG', 'x')).toBe('دبلوماسية');
    expect(topicName(null, 'ar', 'medtop:1')).toBe('medtop:1');
  });

  it('label a topic by its names, Arabic first, then its QCode', () => {
    expect(topicLabel({ en: 'diplomacy', fa: 'دیپلماسی', ar: 'دبلوماسية' }, 'medtop:20000639')).toBe(
      'دبلوماسية · diplomacy · دیپلماسی (medtop:20000639)',
    );
    expect(topicLabel({ fr: 'économie', en: 'economy', ar: 'اقتصاد', fa: 'اقتصاد' }, 'medtop:20000344')).toBe(
      'اقتصاد · economy · économie (medtop:20000344)',
    );
    expect(topicLabel({ en: '  ' }, 'medtop:1')).toBe('medtop:1');
    expect(topicLabel(null, 'medtop:1')).toBe('medtop:1');
    const long = topicLabel({ en: 'x'.repeat(400) }, 'medtop:20000639');
    expect([...long].length).toBe(255);
    expect(long.endsWith(' (medtop:20000639)')).toBe(true);
  });
});
