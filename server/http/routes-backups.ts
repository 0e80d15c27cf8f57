import type { FastifyInstance } from 'fastify';
import type { BackupService } from '../backup/backup-service';
import type { Hub } from '../hub/hub';
import { requireRole } from './require-role';

export function registerBackupRoutes(app: FastifyInstance, hub: Hub, backups: BackupService): void {
  app.get('/api/v1/backups', (request) => {
    requireRole(hub, request, 'manager');
    return { dir: backups.dir, backups: backups.list() };
  });

  app.post('/api/v1/backups', async (request) => {
    requireRole(hub, request, 'manager');
    return { backup: await backups.run() };
  });
}
