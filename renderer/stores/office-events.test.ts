import { describe, expect, it } from 'vitest';
import type { HubEvent } from '../../shared/contract/events';
import type { Office, Ticket } from '../../shared/contract/views';
import { applyOfficeEvent } from './office-events';

const office: Office = {
  nameKo: '인제군',
  nameEn: 'Inje County',
  charter: null,
  departments: [
    {
      id: 1,
      prefix: 'A',
      nameKo: '종합민원실',
      nameEn: 'Civil Affairs Office',
      floor: '1층',
      locationKo: '',
      locationEn: '',
      phone: '',
      accepting: true,
      priorityRule: { kind: 'first' },
      waiting: 2,
      estimatedWaitMs: null,
      tasks: [],
    },
  ],
  desks: [],
  hours: { week: [], holidays: [] },
  holidays: [],
  kioskLanguages: ['ko', 'en', 'zh', 'vi'],
  status: { open: true, closesAt: null },
  now: 0,
  seq: 10,
};

const ticket = { departmentId: 1 } as Ticket;
const event = (seq: number, type: 'ticketIssued' | 'ticketCalled' | 'arrivalAcknowledged'): HubEvent => ({
  type,
  ticket,
  seq,
  at: 0,
});

describe('applyOfficeEvent', () => {
  it('counts issued tickets in and called ones out', () => {
    const issued = applyOfficeEvent(office, event(11, 'ticketIssued'));
    expect(issued.departments[0]!.waiting).toBe(3);
    expect(issued.seq).toBe(11);
    expect(applyOfficeEvent(issued, event(12, 'ticketCalled')).departments[0]!.waiting).toBe(2);
  });

  it('changes nothing for an event the snapshot already includes', () => {
    expect(applyOfficeEvent(office, event(10, 'ticketIssued'))).toBe(office);
  });

  it('takes the kiosk’s languages and the named holidays as the manager sets them', () => {
    const languages = applyOfficeEvent(office, {
      type: 'kioskLanguagesSet',
      languages: ['ko', 'en'],
      seq: 11,
      at: 0,
    });
    expect(languages.kioskLanguages).toEqual(['ko', 'en']);
    const chuseok = { day: '2026-09-25', nameKo: '추석' };
    const hours = applyOfficeEvent(languages, {
      type: 'officeHoursSet',
      hours: { week: [], holidays: [chuseok.day] },
      holidays: [chuseok],
      seq: 12,
      at: 0,
    });
    expect(hours.holidays).toEqual([chuseok]);
    expect(hours.hours.holidays).toEqual([chuseok.day]);
  });

  it('leaves the queue alone when a visit moves on at the desk', () => {
    expect(applyOfficeEvent(office, event(11, 'arrivalAcknowledged')).departments[0]!.waiting).toBe(2);
  });
});
