import qs from 'qs';
import { isPrivateRequest } from '../private-request';

type Context = Parameters<typeof isPrivateRequest>[0];

/** A request as Koa gives it: `query` parsed on first read, as Strapi parses it (qs). */
const request = (querystring: string, authorization?: string) => {
  const parsed = { count: 0 };
  const ctx = {
    request: { header: authorization ? { authorization } : {} },
    querystring,
    get query() {
      parsed.count += 1;
      return qs.parse(querystring);
    },
  } as unknown as Context;
  return { ctx, parsed };
};

describe('isPrivateRequest', () => {
  it('is private with a token, or with a status other than published, however the key is spelled', () => {
    expect(isPrivateRequest(request('locale=ar', 'Bearer abc').ctx)).toBe(true);
    expect(isPrivateRequest(request('status=draft').ctx)).toBe(true);
    expect(isPrivateRequest(request('st%61tus=draft&locale=ar').ctx)).toBe(true);
    expect(isPrivateRequest(request('%E0%A4%A&status=draft').ctx)).toBe(true);
    expect(isPrivateRequest(request('status=published').ctx)).toBe(false);
  });

  it('does not parse a query that cannot name a status', () => {
    const { ctx, parsed } = request('locale=ar&tag=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7&page=2');
    expect(isPrivateRequest(ctx)).toBe(false);
    expect(parsed.count).toBe(0);
  });
});
