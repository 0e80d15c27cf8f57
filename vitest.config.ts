import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'db/**/*.test.ts',
      'server/**/*.test.ts',
      'region/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // better-sqlite3 is a native addon: forks keep each test file in its own process.
    pool: 'forks',
    // Integration tests start real hubs (scrypt sign-ins, SQLite files): seconds on a busy 2-core
    // machine. A generous limit keeps them from failing on the machine's speed, never on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
