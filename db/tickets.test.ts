import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDepartment } from './departments';
import { openDatabase, type Db } from './open-database';
import { getTicket, insertTicket, nextTicketSequence, recentServiceTimes, type NewTicket } from './tickets';

let dir: string;
let db: Db;
let codes = 100_000_000;
const nextCode = () => String(codes++);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-tickets-'));
  db = openDatabase(join(dir, 'office.db'));
  for (const prefix of ['A', 'B']) {
    insertDepartment(db, {
      nameZh: '',
      nameVi: '',
      floorEn: '',
      floorZh: '',
      floorVi: '',
      locationZh: '',
      locationVi: '',
      prefix,
      nameKo: prefix,
      nameEn: prefix,
      floor: '',
      locationKo: '',
      locationEn: '',
      phone: '',
    });
  }
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function newTicket(fields: Partial<NewTicket> = {}): NewTicket {
  const departmentId = fields.departmentId ?? 1;
  const businessDay = fields.businessDay ?? '2026-11-23';
  const sequence = fields.sequence ?? nextTicketSequence(db, departmentId, businessDay);
  return {
    departmentId,
    businessDay,
    sequence,
    number: `A${sequence}`,
    language: 'vi',
    taskId: null,
    issuedAt: 1_000,
    attendTargetMs: 10_000,
    guideTargetMs: 180_000,
    warningShare: 0.7,
    note: '3층에서 왔어요',
    repeatOfTicketId: null,
    transferredFromTicketId: null,
    priorityNeed: null,
    firstTicketId: null,
    ...fields,
  };
}

describe('a new ticket', () => {
  it('is returned exactly as a later read finds it', () => {
    const first = insertTicket(db, newTicket(), () => '123456782');
    expect(first).toStrictEqual(getTicket(db, first.id));
    const repeat = insertTicket(
      db,
      newTicket({ repeatOfTicketId: first.id, note: null, guideTargetMs: null }),
      () => '234567891',
    );
    expect(repeat).toStrictEqual(getTicket(db, repeat.id));
    const priority = insertTicket(db, newTicket({ priorityNeed: 'pregnant' }), () => '345678900');
    expect(priority).toMatchObject({ prioritized: true, priorityNeed: 'pregnant' });
    expect(priority).toStrictEqual(getTicket(db, priority.id));
    const transferred = insertTicket(
      db,
      newTicket({ transferredFromTicketId: repeat.id, firstTicketId: first.id }),
      () => '456789019',
    );
    expect(transferred).toMatchObject({ firstTicketId: first.id });
    expect(transferred).toStrictEqual(getTicket(db, transferred.id));
    expect(first.firstTicketId).toBe(first.id);
  });

  it('gets another code when the one drawn is taken', () => {
    insertTicket(db, newTicket(), () => '123456782');
    const drawn = ['123456782', '123456782', '345678900'];
    const second = insertTicket(db, newTicket(), () => drawn.shift()!);
    expect(second.code).toBe('345678900');
    expect(drawn).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM tickets').pluck().get()).toBe(2);
  });

  it('is numbered one after the last of its department and day, whatever the others do', () => {
    const numbers = [
      [1, '2026-11-23'],
      [1, '2026-11-23'],
      [2, '2026-11-23'],
      [1, '2026-11-24'],
      [1, '2026-11-23'],
    ].map(([departmentId, day]) => {
      return insertTicket(
        db,
        newTicket({ departmentId: departmentId as number, businessDay: day as string }),
        nextCode,
      ).number;
    });
    expect(numbers).toEqual(['A1', 'A2', 'A1', 'A1', 'A3']);
  });

  it('never gets a number that its department already used that day', () => {
    insertTicket(db, newTicket({ sequence: 1 }), () => '123456782');
    expect(() => insertTicket(db, newTicket({ sequence: 1 }), () => '234567891')).toThrow(/UNIQUE/);
  });
});

describe('a department’s service times of a day', () => {
  /** A visit of `day` heard at `acknowledgedAt` and finished `serviceMs` later. */
  function visit(
    day: string,
    status: 'served' | 'noShow',
    acknowledgedAt: number,
    serviceMs: number,
    departmentId = 1,
  ) {
    const { id } = insertTicket(db, newTicket({ businessDay: day, departmentId }), nextCode);
    db.prepare('UPDATE tickets SET status = ?, acknowledged_at = ?, finished_at = ? WHERE id = ?').run(
      status,
      acknowledgedAt,
      acknowledgedAt + serviceMs,
      id,
    );
  }

  it('are that day’s served visits, latest finished first, whatever earlier days hold', () => {
    for (let i = 0; i < 30; i++) visit('2026-11-23', 'served', 1_000 + i * 1_000, 999_000);
    visit('2026-11-24', 'served', 50_000, 60_000);
    visit('2026-11-24', 'served', 10_000, 180_000);
    visit('2026-11-24', 'served', 40_000, 120_000);
    visit('2026-11-24', 'noShow', 90_000, 5_000);
    visit('2026-11-24', 'served', 95_000, 1_000, 2);
    insertTicket(db, newTicket({ businessDay: '2026-11-24' }), nextCode);
    expect(recentServiceTimes(db, 1, '2026-11-24', 20)).toEqual([180_000, 120_000, 60_000]);
    expect(recentServiceTimes(db, 1, '2026-11-24', 2)).toEqual([180_000, 120_000]);
    // A morning before anyone was served: nothing, not yesterday's.
    expect(recentServiceTimes(db, 1, '2026-11-25', 20)).toEqual([]);
  });
});
