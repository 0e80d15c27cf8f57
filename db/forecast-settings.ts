import type { ForecastSettings } from '../shared/forecast/forecast-settings';
import type { Db } from './open-database';
import { prepared } from './prepared';

export function getForecastSettings(db: Db): ForecastSettings {
  const row = prepared<[], { horizon_ms: number; wait_target_ms: number | null }>(
    db,
    'SELECT horizon_ms, wait_target_ms FROM forecast_settings WHERE id = 1',
  ).get()!;
  return { horizonMs: row.horizon_ms, waitTargetMs: row.wait_target_ms };
}

export function saveForecastSettings(db: Db, settings: ForecastSettings): void {
  prepared(db, 'UPDATE forecast_settings SET horizon_ms = ?, wait_target_ms = ? WHERE id = 1').run(
    settings.horizonMs,
    settings.waitTargetMs,
  );
}
