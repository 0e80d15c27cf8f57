import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-desk-work';
import { migration0003 } from './0003-office-hours';
import { migration0004 } from './0004-ledger-and-export';
import { migration0005 } from './0005-finish-note';
import { migration0006 } from './0006-devices';
import { migration0007 } from './0007-kiosk-languages';

/** In order; the position + 1 is the schema version it brings the database to. */
export const migrations: readonly string[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
];
