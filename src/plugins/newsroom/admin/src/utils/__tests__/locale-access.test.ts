import { localeAccess, localeOffer } from '../locale-access';

const ARTICLE = 'plugin::newsroom.article';

describe('the locale picker for a translator limited to en and fa', () => {
  const access = localeAccess(
    [
      { action: 'plugin::content-manager.explorer.read', subject: ARTICLE, properties: { locales: ['ar', 'en', 'fa'] } },
      { action: 'plugin::content-manager.explorer.update', subject: ARTICLE, properties: { locales: ['en', 'fa'] } },
      { action: 'plugin::content-manager.explorer.create', subject: ARTICLE, properties: { locales: ['en', 'fa'] } },
      { action: 'plugin::content-manager.explorer.update', subject: 'plugin::newsroom.expert', properties: { locales: ['ar'] } },
      { action: 'plugin::content-manager.explorer.read', subject: ARTICLE },
    ],
    ARTICLE
  );

  it('offers the locales the role writes, marks the ones it only reads', () => {
    expect(localeOffer('en', true, access)).toBe('write');
    expect(localeOffer('ar', true, access)).toBe('read-only');
  });

  it('offers no locale it could only fail in', () => {
    expect(localeOffer('de', true, access)).toBe('hidden');
    expect(localeOffer('fa', false, access)).toBe('write');
    expect(localeOffer('ar', false, access)).toBe('hidden');
  });
});

describe('what the edit view offers an editor who publishes only en', () => {
  const access = localeAccess(
    [
      { action: 'plugin::content-manager.explorer.update', subject: ARTICLE, properties: { locales: ['ar', 'en'] } },
      { action: 'plugin::content-manager.explorer.publish', subject: ARTICLE, properties: { locales: ['en'] } },
      { action: 'plugin::content-manager.explorer.publish', subject: 'plugin::newsroom.expert', properties: { locales: ['ar'] } },
    ],
    ARTICLE
  );

  it('offers corrections (publishing) where the role publishes the article, not where it only edits', () => {
    expect([...access.publish]).toEqual(['en']);
    expect(access.update.has('ar')).toBe(true);
  });
});
