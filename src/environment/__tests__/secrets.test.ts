import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEV_SECRETS_FILE, resolveSecrets, SECRET_NAMES, weakness } from '../secrets';

const strong = (): Record<string, string> =>
  Object.fromEntries(SECRET_NAMES.map((name) => [name, `${name}-k3J9xq2LmP0vR7tY`]));

describe('secrets', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'newsroom-secrets-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('generates missing development secrets once, into a private file, and reuses them', () => {
    const first = resolveSecrets(root, { NODE_ENV: 'development' });
    for (const name of SECRET_NAMES) expect(first[name].length).toBeGreaterThanOrEqual(16);
    expect(first.APP_KEYS.split(',')).toHaveLength(4);
    const file = path.join(root, DEV_SECRETS_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(first);
    expect(resolveSecrets(root, { NODE_ENV: 'development' })).toEqual(first);
  });

  it('lets the environment win over the generated file', () => {
    const secrets = resolveSecrets(root, { NODE_ENV: 'development', JWT_SECRET: 'from-the-environment-123' });
    expect(secrets.JWT_SECRET).toBe('from-the-environment-123');
  });

  it('refuses to start in production with missing secrets, naming each', () => {
    expect(() => resolveSecrets(root, { NODE_ENV: 'production' })).toThrow(
      /Refusing to start in production.*APP_KEYS \(missing\).*ENCRYPTION_KEY \(missing\)/
    );
  });

  it('refuses the placeholders of .env.example and short values in production', () => {
    const environment = { ...strong(), NODE_ENV: 'production', APP_KEYS: 'toBeModified1,toBeModified2', JWT_SECRET: 'short' };
    expect(() => resolveSecrets(root, environment)).toThrow(/APP_KEYS \(a placeholder value\).*JWT_SECRET \(shorter than 16/);
    expect(weakness('ADMIN_JWT_SECRET', 'tobemodified')).toBe('a placeholder value');
  });

  it('starts in production with strong secrets from the environment, writing no file', () => {
    const environment: Record<string, string> = { ...strong(), NODE_ENV: 'production' };
    expect(resolveSecrets(root, environment).API_TOKEN_SALT).toBe(environment.API_TOKEN_SALT);
    expect(() => statSync(path.join(root, DEV_SECRETS_FILE))).toThrow();
  });
});
