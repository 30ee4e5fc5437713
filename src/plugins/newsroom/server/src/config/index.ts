import { z } from 'zod';

const localeCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a locale code such as "ar" or "en-GB"');

/** An origin as a browser sends it: scheme, host and port, nothing after (`https://www.example.com`). */
const origin = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return /^https?:$/.test(url.protocol) && url.origin === value;
    } catch {
      return false;
    }
  }, 'must be an http(s) origin such as "https://www.example.com" (no path, no trailing slash)');

const isTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

export const configSchema = z
  .object({
    /** Locales created at bootstrap when missing; the first is made the default on a fresh install. */
    locales: z.array(z.object({ code: localeCode, name: z.string().min(1) }).strict()).min(1),
    seed: z.object({ reference: z.boolean() }).strict(),
    /** Per-locale slug script; a locale not listed keeps its own script ("native"). */
    slugScript: z.record(localeCode, z.enum(['native', 'latin'])),
    /** Per-locale words per minute, overriding the IReST figures used for reading time. */
    readingSpeed: z.record(localeCode, z.number().int().min(50).max(1000)),
    /**
     * The public site the API feeds: its name (publisher in JSON-LD, feed titles) and where its pages live.
     * Paths take {locale} and {slug}; they make the canonical links in JSON-LD, ninjs and the feeds.
     */
    site: z
      .object({
        name: z.string().min(1).max(200),
        url: z
          .string()
          .url()
          .refine((url) => /^https?:/.test(url), 'must be an http(s) URL'),
        articlePath: z.string().startsWith('/').includes('{slug}'),
        tagPath: z.string().startsWith('/').includes('{slug}'),
        expertPath: z.string().startsWith('/').includes('{slug}'),
        /** The URI authority of ninjs identifiers: stable, even if the site moves. */
        ninjsAuthority: z.string().regex(/^[a-z0-9.-]+$/i, 'must be a host name such as "newsroom.example"'),
      })
      .strict(),
    /**
     * HTTP caching of public GET answers, in seconds: `maxAge` for browsers, `sharedMaxAge` for CDNs and
     * proxies. Both bound how long an unpublished piece may still be served by a cache that does not ask
     * again. Authenticated and draft answers are never cached.
     */
    httpCache: z.object({ maxAge: z.number().int().min(0), sharedMaxAge: z.number().int().min(0) }).strict(),
    /**
     * How long an instance goes on using what it read of the public role's permissions and of the locales, which
     * every public request needs (services/public-access.ts, locales.ts): a change made on the instance is seen at
     * once, one made on another instance within this time.
     */
    rereadMilliseconds: z.number().int().min(0).max(60_000),
    /**
     * Article lists count their matches exactly up to this many (and past the page asked for); beyond, `total` is
     * a lower bound, flagged, so that a list of a large archive costs what its page costs, not what the archive holds.
     */
    exactTotalUpTo: z.number().int().min(1).max(1_000_000),
    /**
     * The server's own cache of public GET answers, purged on every write that changes them. `memory` is per
     * process: with several instances use `redis`, which they share. `ttlSeconds` is a safety net only.
     */
    responseCache: z
      .object({
        store: z.enum(['memory', 'redis', 'off']),
        redisUrl: z
          .string()
          .url()
          .refine((url) => /^rediss?:/.test(url), 'must be a redis:// or rediss:// URL')
          .optional(),
        /** Namespaces the keys, so that several apps (or test runs) can share one Redis. */
        keyPrefix: z.string().min(1).max(100),
        ttlSeconds: z.number().int().min(1).max(86_400),
        /** The in-process store's bounds, in answers and in memory. */
        maxEntries: z.number().int().min(1).max(1_000_000),
        maxMegabytes: z.number().int().min(1).max(65_536),
      })
      .strict()
      .refine((cache) => cache.store !== 'redis' || cache.redisUrl !== undefined, {
        message: 'store "redis" needs redisUrl (NEWSROOM_REDIS_URL)',
        path: ['redisUrl'],
      }),
    /** URLs per sitemap file: the protocol allows 50,000; past it, an index lists the pages. */
    sitemaps: z.object({ pageSize: z.number().int().min(1).max(50_000) }).strict(),
    /** What the article edit view warns about before publishing. */
    editorial: z.object({ headlineLength: z.number().int().min(20).max(200) }).strict(),
    /** How many items a feed carries. */
    feedSize: z.number().int().min(1).max(200),
    /**
     * When the embargo job looks for drafts whose time has come (a cron rule, seconds first); empty turns it
     * off on this instance. Every instance may run it: each draft is published once.
     */
    embargo: z
      .object({
        cron: z.string().max(100),
        /** The newsroom's own time zone (IANA), shown in the admin beside the editor's own for embargo times. */
        timeZone: z.string().refine(isTimeZone, { message: 'must be an IANA time zone, such as Asia/Riyadh' }),
      })
      .strict(),
    /**
     * Browser origins other than the admin's that may call `/api` and `/graphql` (without credentials): the
     * public site's front end. The admin's own origin is always allowed, with credentials, everywhere.
     */
    cors: z.object({ origins: z.array(origin).max(100) }).strict(),
    /**
     * Failed logins (`/admin/login`, `/api/auth/local`, GraphQL `login`) one client address may make in a window,
     * whatever the accounts tried: Strapi's own throttle counts per address and email, which spraying one
     * password over many accounts never reaches. Counted in Redis when `redisUrl` is set (several instances).
     */
    loginThrottle: z
      .object({
        failuresPerIp: z.number().int().min(1).max(100_000),
        windowSeconds: z.number().int().min(1).max(86_400),
        redisUrl: z
          .string()
          .url()
          .refine((url) => /^rediss?:/.test(url), 'must be a redis:// or rediss:// URL')
          .optional(),
      })
      .strict(),
    /**
     * Bounds of one GraphQL request: the cost of its operation (graphql/operation-cost.ts), the tokens of its
     * document and the scalar values in its variables.
     */
    graphql: z
      .object({
        maxCost: z.number().int().min(100).max(1_000_000_000),
        maxTokens: z.number().int().min(100).max(1_000_000),
        maxVariableValues: z.number().int().min(10).max(1_000_000),
      })
      .strict(),
  })
  .strict();

export type NewsroomConfig = z.infer<typeof configSchema>;

interface EnvReader {
  (key: string, defaultValue?: string): string | undefined;
  bool: (key: string, defaultValue?: boolean) => boolean | undefined;
  int: (key: string, defaultValue?: number) => number | undefined;
}

type ResponseCacheStore = NewsroomConfig['responseCache']['store'];

/** NEWSROOM_CORS_ORIGINS, comma-separated; each is checked by the validator. */
const originList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

// An unknown value is passed on as is, for the validator to name it.
const responseCacheStore = (value: string): ResponseCacheStore => value as ResponseCacheStore;

export default {
  default: ({ env }: { env: EnvReader }): NewsroomConfig => ({
    locales: [
      { code: 'ar', name: 'Arabic (ar)' },
      { code: 'en', name: 'English (en)' },
      { code: 'ru', name: 'Russian (ru)' },
      { code: 'fa', name: 'Persian (fa)' },
    ],
    seed: { reference: env.bool('NEWSROOM_SEED_REFERENCE', true) ?? true },
    slugScript: {},
    readingSpeed: {},
    site: {
      name: env('NEWSROOM_SITE_NAME', 'Newsroom') ?? 'Newsroom',
      url: (env('NEWSROOM_SITE_URL', 'http://localhost:3000') ?? 'http://localhost:3000').replace(/\/+$/, ''),
      articlePath: '/{locale}/articles/{slug}',
      tagPath: '/{locale}/tags/{slug}',
      expertPath: '/{locale}/experts/{slug}',
      ninjsAuthority: env('NEWSROOM_NINJS_AUTHORITY', 'newsroom.example') ?? 'newsroom.example',
    },
    httpCache: {
      maxAge: env.int('NEWSROOM_HTTP_MAX_AGE', 0) ?? 0,
      sharedMaxAge: env.int('NEWSROOM_HTTP_SHARED_MAX_AGE', 30) ?? 30,
    },
    rereadMilliseconds: env.int('NEWSROOM_REREAD_MS', 1000) ?? 1000,
    exactTotalUpTo: env.int('NEWSROOM_EXACT_TOTAL_UP_TO', 1000) ?? 1000,
    responseCache: {
      store: responseCacheStore(env('NEWSROOM_RESPONSE_CACHE', 'memory') ?? 'memory'),
      redisUrl: env('NEWSROOM_REDIS_URL') || undefined,
      keyPrefix: env('NEWSROOM_RESPONSE_CACHE_PREFIX', 'newsroom:response:') ?? 'newsroom:response:',
      ttlSeconds: env.int('NEWSROOM_RESPONSE_CACHE_TTL', 300) ?? 300,
      maxEntries: env.int('NEWSROOM_RESPONSE_CACHE_MAX_ENTRIES', 10_000) ?? 10_000,
      maxMegabytes: env.int('NEWSROOM_RESPONSE_CACHE_MAX_MB', 128) ?? 128,
    },
    feedSize: 50,
    embargo: {
      cron: env('NEWSROOM_EMBARGO_CRON', '0 * * * * *') ?? '0 * * * * *',
      timeZone: env('NEWSROOM_TIME_ZONE', 'Asia/Riyadh') ?? 'Asia/Riyadh',
    },
    sitemaps: { pageSize: env.int('NEWSROOM_SITEMAP_PAGE_SIZE', 50_000) ?? 50_000 },
    graphql: {
      maxCost: env.int('NEWSROOM_GRAPHQL_MAX_COST', 15_000) ?? 15_000,
      maxTokens: env.int('NEWSROOM_GRAPHQL_MAX_TOKENS', 2_000) ?? 2_000,
      maxVariableValues: env.int('NEWSROOM_GRAPHQL_MAX_VARIABLE_VALUES', 1_000) ?? 1_000,
    },
    // Google News and most cards cut headlines at about 110 characters.
    editorial: { headlineLength: 110 },
    cors: { origins: originList(env('NEWSROOM_CORS_ORIGINS', '')) },
    loginThrottle: {
      failuresPerIp: env.int('NEWSROOM_LOGIN_FAILURES_PER_IP', 20) ?? 20,
      windowSeconds: env.int('NEWSROOM_LOGIN_WINDOW_SECONDS', 900) ?? 900,
      redisUrl: env('NEWSROOM_REDIS_URL') || undefined,
    },
  }),
  validator: (config: unknown): void => {
    const result = configSchema.safeParse(config);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
      throw new Error(`invalid newsroom plugin configuration: ${problems.join('; ')}`);
    }
  },
};
