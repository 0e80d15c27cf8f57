import type { Office } from '../../shared/contract/views';

const seoulTime = (ms: number): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Seoul',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(ms);

/**
 * The start line that says what the kiosk shows right now and why: someone trying the app at
 * night, anywhere in the world, sees a closed office and needs to know it is the office's hours.
 */
export function officeStatusLine(office: Office, managerUrl: string): string {
  const { status } = office;
  if (status.open) {
    return status.closesAt === null
      ? 'The kiosk issues tickets at any hour: the office is open around the clock.'
      : `The kiosk issues tickets until ${seoulTime(status.closesAt)} (Seoul time).`;
  }
  const why = status.reason === 'holiday' ? 'today is a holiday' : 'it is outside office hours';
  const until =
    status.opensAt === null
      ? 'no opening is scheduled'
      : `it opens ${seoulTime(status.opensAt)} (Seoul time)`;
  return (
    `The kiosk shows the office as closed: ${why} in Seoul, and ${until}. ` +
    `Office hours (or "open around the clock") are set at ${managerUrl}/manager/setup.`
  );
}
