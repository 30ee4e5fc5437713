import { mediaTopicUri, POLITICS_DESK_TOPICS, topicName } from '../media-topics';

describe('the politics desk’s Media Topics', () => {
  it('are IPTC QCodes whose parents are seeded before them', () => {
    const seen = new Set<string>();
    for (const topic of POLITICS_DESK_TOPICS) {
      expect(topic.code).toMatch(/^medtop:\d{8}$/);
      if (topic.parent) expect(seen.has(topic.parent)).toBe(true);
      seen.add(topic.code);
    }
    expect(seen.size).toBe(POLITICS_DESK_TOPICS.length);
  });

  it('name themselves in Arabic and English, with IPTC URIs', () => {
    const diplomacy = POLITICS_DESK_TOPICS.find((topic) => topic.code === 'medtop:20000639');
    expect(diplomacy?.names).toEqual({ en: 'diplomacy', ar: 'دبلوماسية' });
    expect(diplomacy?.parent).toBe('medtop:20000638');
    expect(mediaTopicUri('medtop:20000639')).toBe('http://cv.iptc.org/newscodes/mediatopic/20000639');
  });

  it('fall back to English, then to the code', () => {
    expect(topicName({ en: 'diplomacy', ar: 'دبلوماسية' }, 'ar', 'x')).toBe('دبلوماسية');
    expect(topicName({ en: 'diplomacy' }, 'fa', 'x')).toBe('diplomacy');
    expect(topicName({ en: 'diplomacy', ar: 'دبلوماسية' }, 'ar-EG', 'x')).toBe('دبلوماسية');
    expect(topicName(null, 'ar', 'medtop:1')).toBe('medtop:1');
  });
});
