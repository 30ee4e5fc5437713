/**
 * `npm run bench:security`: the worst requests against the security limits, measured and printed (BENCHMARKS.md,
 * *Security limits*). Not part of the suite: they seed a hundred articles and assert nothing but the answers.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/security/measure'],
  testMatch: ['**/*.measure.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] },
  globalSetup: '<rootDir>/tests/setup/compile.js',
  testTimeout: 600000,
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
