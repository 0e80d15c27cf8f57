import type { FastifyInstance } from 'fastify';
import { DEVICE_COOKIE, type CurrentDevice, type DeviceList } from '../../shared/contract/devices';
import { HubError } from '../../shared/contract/errors';
import type { Hub } from '../hub/hub';
import { requireRole } from './require-role';

/** Ten years: a paired kiosk stays paired until a manager revokes it. */
const COOKIE_MAX_AGE_S = 10 * 365 * 24 * 60 * 60;

/** Pairing devices on the LAN, and creating the office's first manager on a new database. */
export function registerDeviceRoutes(app: FastifyInstance, hub: Hub, hubAddresses: readonly string[]): void {
  app.post('/api/v1/devices/pair', (request, reply) => {
    const paired = hub.pairDevice(request.body, request.ip);
    // HttpOnly keeps the token from page scripts; Strict keeps other sites from using it.
    void reply.header(
      'set-cookie',
      `${DEVICE_COOKIE}=${paired.token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${COOKIE_MAX_AGE_S}`,
    );
    return paired;
  });

  app.get('/api/v1/devices/current', (request): CurrentDevice => {
    const { device, local } = request.credentials;
    return { device: device ? hub.deviceFor(device) : null, local };
  });

  app.get('/api/v1/devices', (request): DeviceList => {
    requireRole(request, 'manager');
    return { ...hub.devices(), hubAddresses: [...hubAddresses] };
  });

  app.get('/api/v1/setup', () => ({ needsFirstManager: hub.needsFirstManager() }));

  app.post('/api/v1/setup/first-manager', (request, reply) => {
    if (!request.credentials.local) {
      throw new HubError('local_only', 'The first manager is created on the hub’s own PC.');
    }
    return reply.code(201).send({ staff: hub.createFirstManager(request.body) });
  });
}
