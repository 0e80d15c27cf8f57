import { z } from 'zod';

/**
 * What a paired PC on the office LAN is: a lobby kiosk (issues tickets and nothing else), a
 * wall display (shows calls), a staff PC (reaches the hub; staff still sign in to act), or a
 * region service above the office (reads the region feed of the event log and nothing else).
 */
export const deviceRoles = ['kiosk', 'display', 'staff', 'region'] as const;
export type DeviceRole = (typeof deviceRoles)[number];

/** A pairing code is short enough to type off the manager's screen, and lives this long. */
export const PAIRING_CODE_DIGITS = 6;
export const PAIRING_MINUTES = 10;

/** Paired devices send their token in this header (the desktop app) or this cookie (a browser). */
export const DEVICE_HEADER = 'x-minwon-device';
export const DEVICE_COOKIE = 'minwon_device';

export const pairDeviceInput = z.strictObject({
  code: z.string().regex(new RegExp(`^\\d{${PAIRING_CODE_DIGITS}}$`), `${PAIRING_CODE_DIGITS} digits`),
});
export type PairDeviceInput = z.input<typeof pairDeviceInput>;

/** The office's first manager, created once on a new database from the hub's own PC. */
export const firstManagerInput = z.strictObject({
  login: z.string().regex(/^[a-z0-9._-]{3,32}$/, '3–32 lowercase letters, digits, dot, dash or underscore'),
  name: z.string().trim().min(1).max(60),
  pin: z.string().regex(/^\d{4,8}$/, '4 to 8 digits'),
});
export type FirstManagerInput = z.input<typeof firstManagerInput>;

export type Device = {
  id: number;
  role: DeviceRole;
  name: string;
  pairedAt: number;
  revokedAt: number | null;
};

/** A code handed out and not yet used; the code itself is shown once, to the manager who asked. */
export type Pairing = { id: number; role: DeviceRole; name: string; createdAt: number; expiresAt: number };

export type DeviceRegistry = { devices: Device[]; pairings: Pairing[] };

/**
 * The manager's view of the registry. `hubAddresses`: the hub's IPv4 addresses on the office
 * LAN (empty unless it serves the LAN), so a manager at the hub PC can tell a new PC where to go.
 */
export type DeviceList = DeviceRegistry & { hubAddresses: string[] };

/** What a screen learns about the PC it runs on, so an unpaired one can offer pairing. */
export type CurrentDevice = {
  device: Pick<Device, 'id' | 'role' | 'name'> | null;
  /** True on the hub's own PC, which needs no pairing. */
  local: boolean;
};

export type PairedDevice = { device: Pick<Device, 'id' | 'role' | 'name'>; token: string };
