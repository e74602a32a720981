// Three tiers (conventions.md 13): *.spec.ts beside the code (pure, fast); *.int-spec.ts against real PostgreSQL
// and Redis; test/*.e2e-spec.ts through the running app. All run under ts-jest in ESM mode.
const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  moduleNameMapper: {
    '^#keten/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

export default {
  testTimeout: 120000,
  maxWorkers: 2,
  // A worker ends its last file with a heap near 1 GB (each file loads the libraries anew in ESM mode) and sometimes
  // takes longer than jest's default 500 ms to get to the end message; once there it exits at once, with nothing
  // open. A worker that really leaks a handle is still force-exited, and reported, after this.
  workerGracefulExitTimeout: 5000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,bench}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.mjs',
      globalTeardown: '<rootDir>/test/global-teardown.mjs',
    },
  ],
};
