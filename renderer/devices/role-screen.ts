import type { DeviceRole } from '../../shared/contract/devices';

/** Where a freshly paired PC goes: the screen its role exists for. */
export function screenOfRole(role: DeviceRole): string {
  switch (role) {
    case 'kiosk':
      return '/kiosk';
    case 'display':
      return '/display';
    // A region service pairs from its own command line; should a browser pair as one, the list.
    case 'staff':
    case 'region':
      return '/';
  }
}
