import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { paperWidthsMm } from './print-options';
import { windowRoles } from './window-options';

/** The config file's name in Electron's userData folder (`--config FILE` names another). */
export const CONFIG_FILE_NAME = 'minwon-config.json';

export const httpOrigin = z
  .string()
  .refine((text) => URL.canParse(text) && ['http:', 'https:'].includes(new URL(text).protocol), {
    message: 'must be an http:// or https:// address, such as http://192.168.0.10:4310',
  })
  .transform((text) => new URL(text).origin);

export const windowSpec = z.strictObject({
  role: z.enum(windowRoles),
  /** Index into the system's list of monitors; 0 is the first. */
  display: z.number().int().min(0).default(0),
  /** A desk window opened at one desk; without it the desk screen asks which. */
  deskId: z.number().int().positive().optional(),
});
export type WindowSpec = z.infer<typeof windowSpec>;

export const windowList = z
  .array(windowSpec)
  .min(1, 'must name at least one window')
  .refine((list) => list.filter((w) => w.role === 'kiosk').length <= 1, {
    message: 'may hold one kiosk window only (its printer is this installation’s)',
  });

export const printerSettings = z.strictObject({
  /** The system printer's name; null prints on the system's default printer. */
  name: z.string().min(1).nullable().default(null),
  paperWidthMm: z.literal(paperWidthsMm).default(80),
});
export type PrinterSettings = z.infer<typeof printerSettings>;

/** The device token as stored: sealed by the OS keychain where it can be (see device-token.ts). */
export const sealedToken = z.strictObject({
  encoding: z.enum(['safeStorage', 'plain']),
  value: z.string().min(1),
});
export type SealedToken = z.infer<typeof sealedToken>;

const hubConfig = z.strictObject({
  version: z.literal(1),
  mode: z.literal('hub'),
  hub: z
    .strictObject({
      port: z.number().int().min(1).max(65_535).default(4310),
      /** Serve the office LAN (paired devices only) rather than this PC alone. */
      lan: z.boolean().default(false),
      /** The database folder; Electron's userData/data when absent. */
      dataDir: z.string().min(1).optional(),
    })
    .default({ port: 4310, lan: false }),
  windows: windowList,
  printer: printerSettings.default({ name: null, paperWidthMm: 80 }),
});

const clientConfig = z.strictObject({
  version: z.literal(1),
  mode: z.literal('client'),
  hubUrl: httpOrigin,
  /** Missing only when launched with --hub-url on a hub that does not ask for pairing (loopback). */
  device: z
    .strictObject({
      id: z.number().int().positive(),
      role: z.enum(['kiosk', 'display', 'staff']),
      name: z.string(),
      token: sealedToken,
    })
    .optional(),
  windows: windowList,
  printer: printerSettings.default({ name: null, paperWidthMm: 80 }),
});

export const appConfig = z.discriminatedUnion('mode', [hubConfig, clientConfig]);
export type AppConfig = z.infer<typeof appConfig>;
export type AppConfigInput = z.input<typeof appConfig>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) =>
      typeof key === 'number' ? `${name}[${String(key)}]` : name ? `${name}.${String(key)}` : String(key),
    '',
  );
}

/** Parses the file's text; a bad file is named with each wrong field, so staff can fix it by hand. */
export function parseAppConfig(text: string, source: string): AppConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = appConfig.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `"${fieldName(issue.path) || '(the whole file)'}": ${issue.message}`,
  );
  throw new ConfigError(`${source} has a wrong field: ${problems.join('; ')}`);
}

export type LoadedConfig = { kind: 'missing' } | { kind: 'found'; config: AppConfig };

/** A missing file means a first run (setup); an unreadable or wrong one is an error, never a reset. */
export function readAppConfig(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw new ConfigError(`${path} cannot be read: ${(error as Error).message}`);
  }
  return { kind: 'found', config: parseAppConfig(text, path) };
}

/**
 * Writes the whole file at once (a temporary file renamed over it), readable by this user only:
 * a power cut mid-write leaves the old config, never half of one.
 */
export function writeAppConfig(path: string, config: AppConfigInput): void {
  const valid = appConfig.parse(config);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify(valid, null, 2) + '\n', { mode: 0o600 });
  renameSync(temporary, path);
}
