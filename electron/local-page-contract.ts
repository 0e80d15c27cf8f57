import { z } from 'zod';
import { httpOrigin, printerSettings, windowList } from './app-config';
import type { SetupErrorCode } from './local-page-channels';

// Main validates every payload of the setup and PIN pages with these schemas (and checks the sending frame).
const pin = z.string().regex(/^\d{4,8}$/, '4 to 8 digits');
const login = z.string().trim().min(1).max(32);

export const managerPin = z.strictObject({ login, pin });
export type ManagerPin = z.infer<typeof managerPin>;

export const setupForm = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('hub'),
    port: z.number().int().min(1).max(65_535),
    lan: z.boolean(),
    /** The office's first manager; null when setup was reopened with the manager PIN. */
    manager: z
      .strictObject({ login, name: z.string().trim().min(1).max(40), pin, pinAgain: z.string() })
      .nullable(),
    windows: windowList,
    printer: printerSettings,
  }),
  z.strictObject({
    mode: z.literal('client'),
    hubUrl: httpOrigin,
    /** Read off the hub's manager screen; null keeps the pairing this PC already has with that hub. */
    pairingCode: z
      .string()
      .regex(/^\d{6}$/, '6 digits')
      .nullable(),
    windows: windowList,
    printer: printerSettings,
  }),
]);
export type SetupForm = z.input<typeof setupForm>;

/** Maps a hub refusal to what the pages explain; anything unforeseen is a plain failure. */
export function setupErrorCode(code: string): SetupErrorCode {
  const known: readonly SetupErrorCode[] = [
    'hub_unreachable',
    'wrong_pin',
    'pin_locked',
    'not_manager',
    'pairing_code_wrong',
    'pairing_locked',
    'local_only',
  ];
  if (code === 'staff_not_found') return 'wrong_pin';
  return known.find((k) => k === code) ?? 'failed';
}
