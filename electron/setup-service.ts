import type { AppConfig, AppConfigInput, SealedToken } from './app-config';
import {
  createFirstManager,
  HubCallError,
  needsFirstManager,
  pairDevice,
  verifyManagerPin,
  type HubConnection,
} from './hub-client';
import { HubStartError } from './hub-supervisor';
import type { SetupErrorCode, SetupResult } from './local-page-channels';
import { setupErrorCode, setupForm } from './local-page-contract';

export type SetupDeps = {
  /**
   * The hub a hub-mode setup talks to on loopback: the one already running when setup was
   * reopened, or the embedded hub started now on the chosen port.
   */
  localHub(options: { port: number; lan: boolean }): Promise<string>;
  fetch: typeof fetch;
  /** Setup was reopened after a manager PIN at the hub. */
  managerVerified: boolean;
  /** Only pairing again is allowed (this PC's stored pairing cannot be read here). */
  pairingOnly: boolean;
  /** This PC's current pairing, kept when the form names the same hub and no new code. */
  paired: { hubUrl: string; device: NonNullable<Extract<AppConfig, { mode: 'client' }>['device']> } | null;
  seal(token: string): SealedToken;
  save(config: AppConfigInput): void;
};

const refused = (error: SetupErrorCode, field: string | null = null, detail?: string): SetupResult => ({
  ok: false,
  error,
  field,
  ...(detail === undefined ? {} : { detail }),
});

/** Why the hub did not start, in the system's words: a taken or forbidden port is the port field's. */
function hubStartRefusal(error: unknown): SetupResult {
  if (!(error instanceof HubStartError)) return refused('hub_start_failed', null, String(error));
  if (error.code === 'EADDRINUSE') return refused('port_in_use', 'port', error.message);
  if (error.code === 'EACCES') return refused('port_forbidden', 'port', error.message);
  return refused('hub_start_failed', null, `${error.code}: ${error.message}`);
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The form field a hub refusal is about, so the page can put the message beside it. */
function refusedField(code: SetupErrorCode, mode: 'hub' | 'client'): string | null {
  if (code === 'pairing_code_wrong' || code === 'pairing_locked') return 'pairingCode';
  if (code === 'hub_unreachable') return mode === 'hub' ? 'port' : 'hubUrl';
  if (code === 'wrong_pin' || code === 'pin_locked' || code === 'not_manager') return 'manager.pin';
  return null;
}

/**
 * Finishes setup: for a hub, creates the office's first manager (or, on a database that has one,
 * checks that manager's PIN); for a client, pairs with the hub by its code. Only then is the
 * config written, so a setup that failed half-way leaves none and starts again.
 */
export async function finishSetup(payload: unknown, deps: SetupDeps): Promise<SetupResult> {
  const parsed = setupForm.safeParse(payload);
  if (!parsed.success) return refused('invalid', fieldOf(parsed.error.issues[0]?.path ?? []));
  const form = parsed.data;
  try {
    if (form.mode === 'hub') {
      if (deps.pairingOnly) return refused('invalid', 'mode');
      const manager = form.manager;
      if (!deps.managerVerified) {
        if (!manager) return refused('invalid', 'manager');
        if (manager.pin !== manager.pinAgain) return refused('pin_mismatch', 'manager.pinAgain');
      }
      let hubUrl: string;
      try {
        hubUrl = await deps.localHub({ port: form.port, lan: form.lan });
      } catch (error) {
        return hubStartRefusal(error);
      }
      if (!deps.managerVerified && manager) {
        const hub: HubConnection = { hubUrl, fetch: deps.fetch };
        if (await needsFirstManager(hub)) {
          await createFirstManager(hub, { login: manager.login, name: manager.name, pin: manager.pin });
        } else {
          await verifyManagerPin(hub, { login: manager.login, pin: manager.pin });
        }
      }
      deps.save({
        version: 1,
        mode: 'hub',
        hub: { port: form.port, lan: form.lan },
        windows: form.windows,
        printer: form.printer,
      });
      return { ok: true };
    }
    let device = deps.paired?.hubUrl === form.hubUrl ? deps.paired.device : undefined;
    if (form.pairingCode !== null) {
      const paired = await pairDevice({ hubUrl: form.hubUrl, fetch: deps.fetch }, form.pairingCode);
      device = { ...paired.device, token: deps.seal(paired.token) };
    } else if (!device) {
      return refused('invalid', 'pairingCode');
    }
    deps.save({
      version: 1,
      mode: 'client',
      hubUrl: form.hubUrl,
      device,
      windows: form.windows,
      printer: form.printer,
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof HubCallError) {
      const code = setupErrorCode(error.code);
      return refused(code, refusedField(code, form.mode));
    }
    throw error;
  }
}
