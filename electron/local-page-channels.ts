import type { AppConfig } from './app-config';
import type { ManagerPin, SetupForm } from './local-page-contract';

/**
 * IPC of the app's own pages. Setup and the manager PIN dialog each have their own preload and
 * channels. This module holds no code but names, since a sandboxed preload can load no npm package.
 */
export const SETUP_INFO_CHANNEL = 'minwon-setup:info';
export const SETUP_FINISH_CHANNEL = 'minwon-setup:finish';
export const PIN_SUBMIT_CHANNEL = 'minwon-pin:submit';
export const PIN_CANCEL_CHANNEL = 'minwon-pin:cancel';

export type SetupErrorCode =
  | 'invalid'
  | 'pin_mismatch'
  | 'hub_unreachable'
  | 'hub_start_failed'
  | 'port_in_use'
  | 'port_forbidden'
  | 'wrong_pin'
  | 'pin_locked'
  | 'not_manager'
  | 'pairing_code_wrong'
  | 'pairing_locked'
  | 'local_only'
  | 'failed';

/** A refusal names the field it is about, and where the system said more (a hub that did not start), its words. */
export type SetupResult =
  { ok: true } | { ok: false; error: SetupErrorCode; field: string | null; detail?: string };

export type SetupInfo = {
  /** Reopened by a manager: no first manager to create, and no PIN to ask again. */
  managerVerified: boolean;
  displays: { index: number; label: string }[];
  printers: { name: string; displayName: string }[];
  current: Pick<AppConfig, 'mode' | 'windows' | 'printer'> & {
    port: number;
    lan: boolean;
    hubUrl: string;
  };
  /** The hub this PC is already paired with, if any. */
  pairedHubUrl: string | null;
  /** How a device token from pairing would be kept here: sealed by the OS keychain, or as it is. */
  tokenStorage: 'safeStorage' | 'plain';
  /**
   * Opened because this PC's stored pairing cannot be read here (copied from another PC or
   * account, or another keyring): only pairing again is offered, not a hub of its own.
   */
  pairingOnly: boolean;
};

export type SetupBridge = {
  info(): Promise<SetupInfo>;
  finish(form: SetupForm): Promise<SetupResult>;
};

export type PinResult = { ok: true } | { ok: false; error: SetupErrorCode };

export type PinBridge = {
  submit(credentials: ManagerPin): Promise<PinResult>;
  cancel(): void;
};
