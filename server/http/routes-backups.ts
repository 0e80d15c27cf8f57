import type { FastifyInstance } from 'fastify';
import type { BackupService } from '../backup/backup-service';
import { requireRole } from './require-role';

export function registerBackupRoutes(app: FastifyInstance, backups: BackupService): void {
  app.get('/api/v1/backups', (request) => {
    requireRole(request, 'manager');
    return { dir: backups.dir, backups: backups.list() };
  });

  app.post('/api/v1/backups', async (request) => {
    requireRole(request, 'manager');
    return { backup: await backups.run() };
  });
}
