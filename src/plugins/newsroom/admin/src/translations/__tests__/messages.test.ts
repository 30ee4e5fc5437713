import schema from '../../../../server/src/content-types/article/schema.json';
import { messagesFor } from '..';
import { en } from '../en';

describe('messagesFor', () => {
  it("labels every article field in Arabic under the content manager's own message id", () => {
    const messages = messagesFor('ar');
    for (const field of Object.keys(schema.attributes)) {
      const label = messages[`content-manager.content-types.plugin::newsroom.article.${field}`];
      expect({ field, label }).toEqual({ field, label: expect.stringMatching(/[\u0600-\u06FF]/) });
    }
    expect(messages['Analysis article']).toBe('مقال تحليلي');
    expect(messages['newsroom.panel.title']).toBe('تدقيق غرفة الأخبار');
  });

  it('gives English for English, and nothing for a language without a translation', () => {
    expect(messagesFor('en')['newsroom.dashboard.title']).toBe(en.plugin['dashboard.title']);
    expect(messagesFor('de')).toEqual({});
  });
});
