import type { RequestActor } from '../../shared/contract/access';
import type { Device } from '../../shared/contract/devices';
import type { SignedIn } from '../../shared/contract/views';
import type { Credentials } from './credentials';

export type CallerLookups = {
  session(token: string): SignedIn | null;
  device(token: string): Device | null;
};

/**
 * Who a request comes from: a staff session first, then a paired device, then the hub's own PC;
 * null for a stranger on the LAN. Never the hub itself: that is no request.
 */
export function identifyCaller(
  { session: token, device: deviceToken, local }: Credentials,
  lookups: CallerLookups,
): RequestActor | null {
  const current = token ? lookups.session(token) : null;
  if (current) {
    return { kind: 'staff', staffId: current.staff.id, role: current.staff.role, deskId: current.deskId };
  }
  const device = deviceToken ? lookups.device(deviceToken) : null;
  if (device) return { kind: 'device', deviceId: device.id, role: device.role };
  return local ? { kind: 'hubPc' } : null;
}
