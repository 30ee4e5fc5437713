import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every secret Strapi needs, and how many values each holds (APP_KEYS is a comma-separated list). */
export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export type SecretName = (typeof SECRET_NAMES)[number];
export type Secrets = Record<SecretName, string>;

/** Where development secrets are kept between starts (git-ignored). */
export const DEV_SECRETS_FILE = '.secrets.json';

const MIN_LENGTH = 16;
// The placeholders of Strapi's .env.example and a few obvious stand-ins.
const PLACEHOLDER = /^(tobemodified\d*|changeme|change-me|secret|default|example|password)$|^(.)\2*$/i;

const randomSecret = (): string => randomBytes(32).toString('base64');

const generate = (): Secrets => ({
  APP_KEYS: [randomSecret(), randomSecret(), randomSecret(), randomSecret()].join(','),
  API_TOKEN_SALT: randomSecret(),
  ADMIN_JWT_SECRET: randomSecret(),
  TRANSFER_TOKEN_SALT: randomSecret(),
  JWT_SECRET: randomSecret(),
  ENCRYPTION_KEY: randomSecret(),
});

/** Why a value is unfit for production, or null when it will do. */
export const weakness = (name: SecretName, value: string | undefined): string | null => {
  if (value === undefined || value.trim() === '') return 'missing';
  const parts = name === 'APP_KEYS' ? value.split(',') : [value];
  if (parts.some((part) => PLACEHOLDER.test(part.trim()))) return 'a placeholder value';
  if (parts.some((part) => part.trim().length < MIN_LENGTH)) return `shorter than ${MIN_LENGTH} characters`;
  return null;
};

/**
 * The secrets for this process. In production they must all come from the environment, strong; anything
 * else stops the start with a message naming each bad one. Elsewhere a missing secret is generated once and
 * kept in DEV_SECRETS_FILE, so a fresh clone starts with no hand-made .env and sessions survive restarts.
 */
export const resolveSecrets = (
  appRoot: string,
  environment: NodeJS.ProcessEnv = process.env
): Secrets => {
  if (environment.NODE_ENV === 'production') {
    const problems = SECRET_NAMES.map((name) => [name, weakness(name, environment[name])] as const).filter(
      ([, problem]) => problem !== null
    );
    if (problems.length > 0) {
      const list = problems.map(([name, problem]) => `${name} (${problem})`).join(', ');
      throw new Error(
        `Refusing to start in production with missing or default secrets: ${list}. ` +
          'Set each to a long random value in the environment (for example `openssl rand -base64 32`; ' +
          'APP_KEYS takes several, comma-separated). See README.md, "Configuration".'
      );
    }
    return Object.fromEntries(SECRET_NAMES.map((name) => [name, environment[name] as string])) as Secrets;
  }

  if (SECRET_NAMES.every((name) => environment[name])) {
    return Object.fromEntries(SECRET_NAMES.map((name) => [name, environment[name] as string])) as Secrets;
  }
  const file = path.join(appRoot, DEV_SECRETS_FILE);
  let stored: Partial<Secrets> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>) : {};
  if (SECRET_NAMES.some((name) => !stored[name])) {
    stored = { ...generate(), ...stored };
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  return Object.fromEntries(
    SECRET_NAMES.map((name) => [name, environment[name] || (stored[name] as string)])
  ) as Secrets;
};

let cached: Secrets | undefined;

/** resolveSecrets, once per process: every config file asks for its own secrets. */
export const secrets = (appRoot: string): Secrets => {
  cached ??= resolveSecrets(appRoot);
  return cached;
};
