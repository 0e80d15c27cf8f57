import type { WindowRole } from './window-options';

/** The screens nobody sits at: a visitor may try to close them, and nobody would reopen them. */
export function isUnattended(role: WindowRole): boolean {
  return role === 'kiosk' || role === 'display';
}

/** A PC showing a kiosk or a wall display keeps its screen on: no blanking, no sleep. */
export function keepsScreenAwake(roles: readonly WindowRole[]): boolean {
  return roles.some(isUnattended);
}

export type WindowCloseContext = {
  role: WindowRole;
  /** A manager PIN was typed in this very window and it is still within its five minutes. */
  released: boolean;
  /** The app is quitting: the system shuts down, the session ends, or a manager quit it. */
  quitting: boolean;
};

/**
 * Whether a window may close (`window.close()` from its page, Alt+F4 handled by Windows before the
 * app sees the key, the title bar). A kiosk or wall display closes only after a manager unlocked
 * it, or when the app is quitting; a staff window closes when its user closes it.
 */
export function mayClose(context: WindowCloseContext): boolean {
  return context.quitting || context.released || !isUnattended(context.role);
}

/**
 * What to do once a window has closed after all (destroyed, or closed by the system): a kiosk or
 * display that nobody released comes back, so that the app does not quit with its last window.
 */
export function afterClosed(context: WindowCloseContext): 'reopen' | 'let_go' {
  return mayClose(context) ? 'let_go' : 'reopen';
}
