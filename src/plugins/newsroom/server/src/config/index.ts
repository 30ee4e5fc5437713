import { z } from 'zod';

const localeCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a locale code such as "ar" or "en-GB"');

export const configSchema = z
  .object({
    /** Locales created at bootstrap when missing; the first is made the default on a fresh install. */
    locales: z.array(z.object({ code: localeCode, name: z.string().min(1) }).strict()).min(1),
    seed: z.object({ reference: z.boolean() }).strict(),
    /** Per-locale slug script; a locale not listed keeps its own script ("native"). */
    slugScript: z.record(localeCode, z.enum(['native', 'latin'])),
    /** Per-locale words per minute, overriding the IReST figures used for reading time. */
    readingSpeed: z.record(localeCode, z.number().int().min(50).max(1000)),
  })
  .strict();

export type NewsroomConfig = z.infer<typeof configSchema>;

interface EnvReader {
  bool: (key: string, defaultValue?: boolean) => boolean | undefined;
}

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
  }),
  validator: (config: unknown): void => {
    const result = configSchema.safeParse(config);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
      throw new Error(`invalid newsroom plugin configuration: ${problems.join('; ')}`);
    }
  },
};
