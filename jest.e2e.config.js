/** End-to-end tests: the built admin, served by `strapi start`, driven in Debian's chromium. */
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] },
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // A browser scenario waits on a real server and a real page: seconds per step.
  testTimeout: 240000,
};
