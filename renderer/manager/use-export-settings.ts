import { useEffect, useState } from 'react';
import type { ExportSettings } from '../../shared/contract/queries';
import { errorCodeOf, read, sendCommand, type ApiErrorCode } from '../api/http-client';

/** Each of the office's export settings and the command that turns it on or off. */
const commandFor = {
  includeStaffNames: 'setExportStaffNames',
  staffFigures: 'setStaffFigures',
  approvalBoxes: 'setApprovalBoxes',
} as const satisfies Record<keyof ExportSettings, string>;

export type ExportSettingsState = {
  /** Null until the hub has answered. */
  settings: ExportSettings | null;
  /** A change is on its way to the hub. */
  pending: boolean;
  error: ApiErrorCode | null;
  change: (key: keyof ExportSettings, include: boolean) => void;
};

/**
 * The office's export settings as a manager's checkboxes show them. A tap shows at once and goes
 * back, with the reason, only if the hub refuses it: waiting for the answer made a tap look
 * ignored (and a controlled checkbox that lags its tap fails a real click, as it did on CI).
 */
export function useExportSettings(): ExportSettingsState {
  const [settings, setSettings] = useState<ExportSettings | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiErrorCode | null>(null);
  useEffect(() => {
    let current = true;
    read('exportSettings')
      .then((loaded) => {
        if (current) setSettings(loaded);
      })
      .catch((caught: unknown) => {
        if (current) setError(errorCodeOf(caught));
      });
    return () => {
      current = false;
    };
  }, []);
  function change(key: keyof ExportSettings, include: boolean): void {
    const show = (value: boolean) => {
      setSettings((s) => (s === null ? s : { ...s, [key]: value }));
    };
    show(include);
    setPending(true);
    setError(null);
    sendCommand(commandFor[key], { include })
      .then((result) => {
        show(result.include);
      })
      .catch((caught: unknown) => {
        show(!include);
        setError(errorCodeOf(caught));
      })
      .finally(() => {
        setPending(false);
      });
  }
  return { settings, pending, error, change };
}
