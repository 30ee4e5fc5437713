import config from '..';

const env = Object.assign((key: string, defaultValue?: string) => process.env[key] ?? defaultValue, {
  bool: (_key: string, defaultValue?: boolean) => defaultValue,
  int: (key: string, defaultValue?: number) => (process.env[key] === undefined ? defaultValue : Number(process.env[key])),
});

const withEnv = (values: Record<string, string>) => {
  Object.assign(process.env, values);
  try {
    return config.default({ env });
  } finally {
    for (const key of Object.keys(values)) delete process.env[key];
  }
};

describe('the security options of the plugin configuration', () => {
  it('reads NEWSROOM_CORS_ORIGINS as a comma-separated list of origins', () => {
    const read = withEnv({ NEWSROOM_CORS_ORIGINS: ' https://www.example.com, http://localhost:3000 ,' });
    expect(read.cors.origins).toEqual(['https://www.example.com', 'http://localhost:3000']);
    expect(() => config.validator(read)).not.toThrow();
  });

  it.each(['*', 'null', 'https://www.example.com/', 'https://www.example.com/news', 'ftp://files.example.com', 'www.example.com'])(
    'refuses %j as an origin at start, naming the option',
    (origin) => {
      expect(() => config.validator(withEnv({ NEWSROOM_CORS_ORIGINS: origin }))).toThrow(/cors\.origins\.0: must be an http\(s\) origin/);
    },
  );

  it('defaults to 20 failed logins per address in 900 seconds, and refuses a limit of 0', () => {
    expect(withEnv({}).loginThrottle).toEqual({ failuresPerIp: 20, windowSeconds: 900, redisUrl: undefined });
    expect(() => config.validator(withEnv({ NEWSROOM_LOGIN_FAILURES_PER_IP: '0' }))).toThrow(/loginThrottle\.failuresPerIp/);
    expect(() => config.validator(withEnv({ NEWSROOM_LOGIN_WINDOW_SECONDS: 'x' }))).toThrow(/loginThrottle\.windowSeconds/);
  });
});
