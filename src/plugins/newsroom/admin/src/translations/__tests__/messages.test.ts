import keyFigure from '../../../../server/src/components/key-figure.json';
import quote from '../../../../server/src/components/quote.json';
import source from '../../../../server/src/components/source.json';
import schema from '../../../../server/src/content-types/article/schema.json';
import entityTag from '../../../../server/src/content-types/entity-tag/schema.json';
import expert from '../../../../server/src/content-types/expert/schema.json';
import mediaTopic from '../../../../server/src/content-types/media-topic/schema.json';
import { messagesFor } from '..';
import { ar } from '../ar';
import { en } from '../en';
import { fa } from '../fa';

// The ICU arguments of a message ({locale}, {count, plural, ...}): a translation must use the same ones.
const argumentsOf = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\s*([A-Za-z]+)\s*[,}]/g)].map((match) => match[1]))].sort();

describe('messagesFor', () => {
  it("labels every article field in Arabic and Persian under the content manager's own message id", () => {
    for (const [language, script] of [
      ['ar', /[\u0600-\u06FF]/],
      ['fa', /[\u0600-\u06FF]/],
    ] as const) {
      const messages = messagesFor(language);
      for (const field of Object.keys(schema.attributes)) {
        const label = messages[`content-manager.content-types.plugin::newsroom.article.${field}`];
        expect({ language, field, label }).toEqual({ language, field, label: expect.stringMatching(script) });
      }
    }
    expect(messagesFor('ar')['Analysis article']).toBe('مقال تحليلي');
    expect(messagesFor('ar')['newsroom.panel.title']).toBe('تدقيق غرفة الأخبار');
    expect(messagesFor('fa')['newsroom.translate.save']).toBe('ذخیره');
  });

  it.each(['en', 'ar', 'fa'])(
    '%s labels every field of every type and component the content manager shows, under the id it asks for',
    (language) => {
      const messages = messagesFor(language);
      const script = language === 'en' ? /^[A-Z]/ : /[\u0600-\u06FF]/;
      const asked = [
        ...Object.entries({ article: schema, expert, 'entity-tag': entityTag, 'media-topic': mediaTopic }).flatMap(([name, type]) =>
          Object.keys(type.attributes).map((field) => `content-manager.content-types.plugin::newsroom.${name}.${field}`),
        ),
        ...Object.entries({ quote, 'key-figure': keyFigure, source }).flatMap(([name, component]) =>
          Object.keys(component.attributes).map((field) => `content-manager.components.newsroom.${name}.${field}`),
        ),
      ];
      for (const id of asked) expect({ id, label: messages[id] }).toEqual({ id, label: expect.stringMatching(script) });
    },
  );

  it('gives English for English, and nothing for a language without a translation', () => {
    expect(messagesFor('en')['newsroom.dashboard.title']).toBe(en.plugin['dashboard.title']);
    expect(messagesFor('de')).toEqual({});
  });
});

describe('the translations', () => {
  it.each([
    ['ar', ar],
    ['fa', fa],
  ])('%s has every English string, with the same arguments, in its own script', (_language, translation) => {
    for (const [key, english] of Object.entries(en.plugin)) {
      const text = translation.plugin[key as keyof typeof en.plugin];
      expect({ key, text: typeof text, args: argumentsOf(text ?? '') }).toEqual({ key, text: 'string', args: argumentsOf(english) });
      // Strings that are only a shortcut or a number format may stay Latin; words may not.
      if (/[A-Za-z]{3}/.test(english.replace(/\{[^}]*\}/g, '')) && !/^Ctrl/.test(english)) {
        expect({ key, text }).toEqual({ key, text: expect.stringMatching(/[\u0600-\u06FF]/) });
      }
    }
  });

  it('writes Persian with Persian letters, not the Arabic kaf and yeh', () => {
    for (const [key, text] of Object.entries(fa.plugin)) expect({ key, arabicLetters: /[يك]/.test(text) }).toEqual({ key, arabicLetters: false });
  });

  it.each([
    ['en', en, /^[A-Z]/],
    ['ar', ar, /[\u0600-\u06FF]/],
    ['fa', fa, /[\u0600-\u06FF]/],
  ])("%s labels every option of the content manager's enumerations, which it looks up by bare value", (language, translation, script) => {
    const options = [schema, expert, entityTag, keyFigure, quote].flatMap((type) =>
      Object.values(type.attributes).flatMap((attribute) => ('enum' in attribute ? attribute.enum : [])),
    );
    for (const option of options) {
      expect({ option, label: messagesFor(language)[option] }).toEqual({ option, label: expect.stringMatching(script) });
    }
    expect(Object.keys(translation.options).sort()).toEqual([...new Set(options)].sort());
    if (language === 'fa') for (const label of Object.values(fa.options)) expect(label).not.toMatch(/[يك]/);
  });
});
