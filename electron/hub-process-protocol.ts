import { z } from 'zod';

/**
 * The messages between main and the hub process (electron/hub-process.ts). Both sides parse what
 * they receive: the other side is another program, started from another file.
 */
export const hubStartOptions = z.strictObject({
  port: z.number().int().min(0).max(65_535),
  lan: z.boolean(),
  dataDir: z.string().min(1),
  demo: z.boolean(),
  /** The built screens (dist/renderer); null serves the API alone. */
  rendererDir: z.string().min(1).nullable(),
});
export type HubStartOptions = z.infer<typeof hubStartOptions>;

export const toHubProcess = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start'), options: hubStartOptions }),
  /** Close the hub (the database, the upkeep, the listener) and exit. */
  z.strictObject({ kind: z.literal('stop') }),
]);
export type ToHubProcess = z.infer<typeof toHubProcess>;

export const fromHubProcess = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ready'), url: z.string() }),
  /** The hub could not start: `code` is the system's (EADDRINUSE, SQLITE_CANTOPEN …) where it gave one. */
  z.strictObject({ kind: z.literal('failed'), code: z.string(), message: z.string() }),
]);
export type FromHubProcess = z.infer<typeof fromHubProcess>;
