import { useEffect, useState } from 'react';
import type { Office } from '../../shared/contract/views';
import { officeStatus, type OfficeStatus } from '../../shared/hours/office-hours';

const MINUTE = 60_000;

/**
 * Open or closed by the office's hours at the hub's time, re-read at the moment it changes (and
 * each minute, for "opens tomorrow" turning into "opens today"), so the kiosk closes at closing
 * time without redrawing every second in between.
 */
export function useOfficeStatus(
  office: Office | null,
  offset: number,
): { status: OfficeStatus | null; hubNow: number } {
  const [localNow, setLocalNow] = useState(() => Date.now());
  const hubNow = localNow + offset;
  const status = office ? officeStatus(office.hours, hubNow) : null;
  const changesAt = status === null ? null : status.open ? status.closesAt : status.opensAt;
  useEffect(() => {
    const untilChange = changesAt === null ? MINUTE : changesAt - (Date.now() + offset);
    const timer = setTimeout(
      () => {
        setLocalNow(Date.now());
      },
      Math.max(50, Math.min(MINUTE, untilChange)),
    );
    return () => {
      clearTimeout(timer);
    };
  }, [changesAt, offset, localNow]);
  return { status, hubNow };
}
