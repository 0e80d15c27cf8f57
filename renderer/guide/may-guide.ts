import type { StaffSession } from '../stores/session-store';

/** Guides accept and deliver escorts; managers may stand in for them. */
export function mayGuide(session: StaffSession | null): boolean {
  return session !== null && (session.staff.role === 'guide' || session.staff.role === 'manager');
}
