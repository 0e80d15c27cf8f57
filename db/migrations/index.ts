import { migration0001 } from './0001-initial';

/** In order; the position + 1 is the schema version it brings the database to. */
export const migrations: readonly string[] = [migration0001];
