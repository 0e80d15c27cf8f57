// The baseline of `npm run bench:http`: the same stack with nothing of ours. Fastify with
// @fastify/websocket and better-sqlite3 under the hub's durability settings; one INSERT per
// command, and the row broadcast to every stream as it is.
import fastifyWebsocket from '@fastify/websocket';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { join } from 'node:path';

export type BareStack = { url: string; close(): Promise<void> };

/** `onCommit(seq)` runs after each commit, before the broadcast: the fan-out's starting line. */
export async function startBareStack(dir: string, onCommit: (seq: number) => void): Promise<BareStack> {
  const db = new Database(join(dir, 'bare.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, department_id INTEGER, at INTEGER)');
  const insert = db.prepare('INSERT INTO rows (department_id, at) VALUES (?, ?)');
  /** What a broadcast needs of a stream's socket. */
  const sockets = new Set<{ send(data: string): void }>();

  const app = Fastify();
  await app.register(fastifyWebsocket);
  app.post<{ Body: { departmentId: number } }>('/issue', (request) => {
    const at = Date.now();
    const seq = Number(insert.run(request.body.departmentId, at).lastInsertRowid);
    onCommit(seq);
    const message = JSON.stringify({ seq, departmentId: request.body.departmentId, at });
    for (const socket of sockets) socket.send(message);
    return { seq };
  });
  app.get('/events', { websocket: true }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      db.close();
    },
  };
}
