import { availableParallelism } from 'node:os';
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
    // Vitest leaves one core free by default, which on a 2-core CI machine runs the files one at
    // a time; the files are independent (each has its own temp dirs and ports), so use every core.
    maxWorkers: availableParallelism(),
    // Integration tests start real hubs (scrypt sign-ins, SQLite files): seconds on a busy 2-core
    // machine. A generous limit keeps them from failing on the machine's speed, never on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
