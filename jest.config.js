/** Two projects: pure unit tests beside the plugin's code, and API tests against Strapi booted in-process. */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/config'],
      testMatch: ['**/__tests__/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/setup/compile.js',
    },
  ],
  // Strapi compiles the app (and the plugin's package.json) into dist/: keep jest away from the copy.
  // Booting Strapi and creating a PostgreSQL database take seconds, not milliseconds.
  testTimeout: 60000,
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
