import { regionMigration0001 } from './0001-region';
import { regionMigration0002 } from './0002-cases-and-ratings';

/** In order; the position + 1 is the schema version it brings the region database to. */
export const regionMigrations: readonly string[] = [regionMigration0001, regionMigration0002];
