import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Department, Desk, Office, Staff, Task } from '../../shared/contract/views';
import type { ReportSummary } from '../../shared/report/summary';
import { startTestHub, type Reply, type TestHub } from '../support/test-hub';
import { SYSTEM } from '../../server/hub/system-actor';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub(); // the demo office: 8 departments (A–H), 2 desks each, 3 staff
});
afterEach(async () => {
  await t.dispose();
});

const office = async () => (await t.get('/api/v1/office')).json as Office;
function resultOf(reply: Reply): unknown {
  expect(reply.status, JSON.stringify(reply.json)).toBe(200);
  return (reply.json as { result: unknown }).result;
}
const codeOf = (reply: Reply) => (reply.json as { error: { code: string } }).error.code;

/** Sends a command that must be refused with `status` and `code`, and checks it left no event. */
async function expectRefused(command: string, body: unknown, status: number, code: string) {
  const before = t.hub.lastSeq();
  const reply = await t.post(command, body);
  expect(reply.status, JSON.stringify(reply.json)).toBe(status);
  expect(codeOf(reply)).toBe(code);
  expect(t.hub.lastSeq()).toBe(before);
}

const passport = {
  prefix: 'P',
  nameKo: '여권민원과',
  nameEn: 'Passport Office',
  floor: '2',
  locationKo: '본관 2층 왼쪽',
  locationEn: 'Main building, 2nd floor, left',
  phone: '033-460-2100',
  tasks: [{ nameKo: '여권 발급', nameEn: 'Passport issuance', keywords: '여권 passport 旅行' }],
};

describe('departments', () => {
  it('are created with their tasks and then edited by id: tasks renamed, added and removed', async () => {
    const created = resultOf(await t.post('defineDepartment', passport)) as {
      department: Department;
      tasks: Task[];
    };
    expect(created.department).toMatchObject({ prefix: 'P', nameKo: '여권민원과', accepting: true });
    const [issuance] = created.tasks;

    const edited = resultOf(
      await t.post('defineDepartment', {
        ...passport,
        id: created.department.id,
        phone: '033-460-2101',
        tasks: [
          { id: issuance!.id, nameKo: '여권 신청', nameEn: 'Passport application', keywords: '여권' },
          { nameKo: '여권 수령', nameEn: 'Passport pick-up', keywords: '수령' },
        ],
      }),
    ) as { department: Department; tasks: Task[] };
    expect(edited.department).toMatchObject({ id: created.department.id, phone: '033-460-2101' });
    expect(edited.tasks.map((task) => [task.id === issuance!.id, task.nameKo])).toEqual([
      [true, '여권 신청'],
      [false, '여권 수령'],
    ]);

    const listed = (await office()).departments.find((d) => d.id === created.department.id)!;
    expect(listed.tasks.map((task) => task.nameKo)).toEqual(['여권 신청', '여권 수령']);

    const trimmed = resultOf(
      await t.post('defineDepartment', { ...passport, id: created.department.id, tasks: [] }),
    ) as { tasks: Task[] };
    expect(trimmed.tasks).toEqual([]);
  });

  it('keeps a task tickets were issued for', async () => {
    const { department, tasks } = resultOf(await t.post('defineDepartment', passport)) as {
      department: Department;
      tasks: Task[];
    };
    await t.post('defineDesk', {
      departmentId: department.id,
      nameKo: '여권 1번',
      nameEn: 'P 1',
      mode: 'queue',
    });
    resultOf(await t.post('issueTicket', { departmentId: department.id, taskId: tasks[0]!.id }, null));
    await expectRefused(
      'defineDepartment',
      { ...passport, id: department.id, tasks: [] },
      409,
      'task_in_use',
    );
    expect((await office()).departments.find((d) => d.id === department.id)!.tasks).toHaveLength(1);
  });

  it('refuses a taken prefix, an unknown id and another department’s task, changing nothing', async () => {
    await expectRefused('defineDepartment', { ...passport, prefix: 'A' }, 409, 'department_prefix_taken');
    await expectRefused('defineDepartment', { ...passport, id: 999 }, 404, 'department_not_found');
    const demoTask = (await office()).departments[0]!.tasks[0]!;
    await expectRefused(
      'defineDepartment',
      { ...passport, id: 2, prefix: 'B', tasks: [{ ...demoTask, departmentId: undefined }] },
      409,
      'wrong_department',
    );
    await expectRefused('defineDepartment', { ...passport, prefix: 'p1' }, 400, 'invalid_input');
    await expectRefused('defineDepartment', { ...passport, nameKo: '  ' }, 400, 'invalid_input');
  });

  it('may keep its own prefix when edited', async () => {
    const first = (await office()).departments[0]!;
    const { department } = resultOf(
      await t.post('defineDepartment', {
        id: first.id,
        prefix: first.prefix,
        nameKo: '종합민원과',
        nameEn: first.nameEn,
        floor: first.floor,
        locationKo: first.locationKo,
        locationEn: first.locationEn,
        phone: first.phone,
        tasks: first.tasks.map(({ id, nameKo, nameEn, keywords }) => ({ id, nameKo, nameEn, keywords })),
      }),
    ) as { department: Department };
    expect(department).toMatchObject({ id: first.id, prefix: first.prefix, nameKo: '종합민원과' });
  });

  it('keep a name, floor, location and search words per kiosk language, and the kiosk reads them', async () => {
    const translated = {
      ...passport,
      nameZh: '护照科',
      nameVi: 'Phòng Hộ chiếu',
      floor: '2층',
      floorEn: '2nd floor',
      floorZh: '2层',
      floorVi: 'Tầng 2',
      locationZh: '主楼2层左侧',
      locationVi: 'Tòa nhà chính, tầng 2, bên trái',
      tasks: [
        {
          nameKo: '여권 발급',
          nameEn: 'Passport issuance',
          nameZh: '护照办理',
          nameVi: 'Cấp hộ chiếu',
          keywords: '여권',
          keywordsEn: 'passport, travel',
          keywordsZh: '护照 出国',
          keywordsVi: 'hộ chiếu, xuất cảnh',
        },
      ],
    };
    resultOf(await t.post('defineDepartment', translated));
    await t.close();
    t = await startTestHub({ dataDir: t.dataDir, clock: t.clock });
    const kiosk = (await office()).departments.find((d) => d.prefix === 'P')!;
    const { tasks, ...texts } = translated;
    expect(kiosk).toMatchObject(texts);
    expect(kiosk.tasks).toMatchObject(tasks);

    // An office that gives only Korean and English stores the rest as not given, not as English.
    resultOf(await t.post('defineDepartment', { ...passport, id: kiosk.id }));
    const plain = (await office()).departments.find((d) => d.prefix === 'P')!;
    expect(plain).toMatchObject({ nameZh: '', nameVi: '', floorEn: '', locationVi: '' });
    expect(plain.tasks[0]).toMatchObject({ nameZh: '', keywordsVi: '' });
  });
});

describe('desks', () => {
  it('are created for a department and edited by id', async () => {
    const { desk } = resultOf(
      await t.post('defineDesk', { departmentId: 2, nameKo: '3번 창구', nameEn: 'Desk 3', mode: 'queue' }),
    ) as { desk: Desk };
    const { desk: edited } = resultOf(
      await t.post('defineDesk', {
        id: desk.id,
        departmentId: 3,
        nameKo: '상담 창구',
        nameEn: 'Advice',
        mode: 'direct',
      }),
    ) as { desk: Desk };
    expect(edited).toEqual({
      id: desk.id,
      departmentId: 3,
      nameKo: '상담 창구',
      nameEn: 'Advice',
      mode: 'direct',
    });
    expect((await office()).desks.find((d) => d.id === desk.id)).toEqual(edited);
  });

  it('refuses an unknown desk or department and a mode it does not know', async () => {
    const desk = { departmentId: 1, nameKo: '창구', nameEn: 'Desk', mode: 'queue' };
    await expectRefused('defineDesk', { ...desk, id: 999 }, 404, 'desk_not_found');
    await expectRefused('defineDesk', { ...desk, departmentId: 999 }, 404, 'department_not_found');
    await expectRefused('defineDesk', { ...desk, mode: 'walk-in' }, 400, 'invalid_input');
  });
});

describe('staff', () => {
  const guide = { login: 'guide.choi', name: '최유진', role: 'guide', pin: '2468' };
  const withoutPin = { login: guide.login, name: guide.name, role: guide.role };

  it('are created with a PIN and edited by id, keeping the PIN unless a new one is given', async () => {
    const { staff } = resultOf(await t.post('defineStaff', guide)) as { staff: Staff };
    expect(staff).toEqual({
      id: staff.id,
      login: 'guide.choi',
      name: '최유진',
      role: 'guide',
      departmentId: null,
      otherDepartments: false,
    });
    const { staff: edited } = resultOf(
      await t.post('defineStaff', { ...withoutPin, id: staff.id, name: '최유진 주무관' }),
    ) as { staff: Staff };
    expect(edited.name).toBe('최유진 주무관');
    expect(await t.signIn('guide.choi', '2468')).toBeTruthy();
  });

  it('ends the sessions of someone whose role changes', async () => {
    const { staff } = resultOf(await t.post('defineStaff', guide)) as { staff: Staff };
    const token = await t.signIn('guide.choi', '2468');
    resultOf(
      await t.post('defineStaff', {
        id: staff.id,
        login: guide.login,
        name: guide.name,
        role: 'desk',
        departmentId: 1,
      }),
    );
    expect((await t.get('/api/v1/sessions/current', token)).status).toBe(401);
  });

  it('refuses a taken login, a new person without a PIN, and leaving the office without a manager', async () => {
    await expectRefused('defineStaff', { ...guide, login: 'desk.kim' }, 409, 'staff_login_taken');
    await expectRefused('defineStaff', withoutPin, 400, 'invalid_input');
    await expectRefused('defineStaff', { ...withoutPin, id: 999 }, 404, 'staff_not_found');
    const manager = (await t.get('/api/v1/guide')).json as { staff: Staff[] };
    const lee = manager.staff.find((s) => s.role === 'manager')!;
    await expectRefused('defineStaff', { ...lee, role: 'desk', departmentId: 1 }, 409, 'last_manager');
  });
});

describe('the kiosk’s languages', () => {
  it('are every language until the manager chooses, then the chosen ones, Korean first', async () => {
    expect((await office()).kioskLanguages).toEqual(['ko', 'en', 'zh', 'vi']);
    expect(resultOf(await t.post('setKioskLanguages', { languages: ['ko', 'en', 'zh'] }))).toEqual({
      languages: ['ko', 'en', 'zh'],
    });
    expect((await office()).kioskLanguages).toEqual(['ko', 'en', 'zh']);
  });

  it('refuses a set without Korean first, a repeated or unknown language, changing nothing', async () => {
    for (const languages of [['en', 'ko'], ['en'], ['ko', 'en', 'en'], ['ko', 'ja'], []]) {
      await expectRefused('setKioskLanguages', { languages }, 400, 'invalid_input');
    }
    expect((await office()).kioskLanguages).toEqual(['ko', 'en', 'zh', 'vi']);
  });

  it('are refused before the office has a charter to keep settings with', async () => {
    const empty = await startTestHub({ demo: false });
    try {
      expect(() => empty.hub.execute('setKioskLanguages', { languages: ['ko'] }, SYSTEM)).toThrow(
        'Apply a charter first',
      );
      expect(empty.hub.lastSeq()).toBe(0);
      expect((await empty.get('/api/v1/office')).json).toMatchObject({
        kioskLanguages: ['ko', 'en', 'zh', 'vi'],
      });
    } finally {
      await empty.dispose();
    }
  });
});

describe('holidays', () => {
  it('keep their names for the manager and the kiosk', async () => {
    const { holidays } = resultOf(await t.post('setHoliday', { day: '2026-09-25', nameKo: '추석' })) as {
      holidays: { day: string; nameKo: string }[];
    };
    expect(holidays).toEqual([{ day: '2026-09-25', nameKo: '추석' }]);
    await t.post('setHoliday', { day: '2026-02-17', nameKo: '설날' });
    expect((await office()).holidays).toEqual([
      { day: '2026-02-17', nameKo: '설날' },
      { day: '2026-09-25', nameKo: '추석' },
    ]);
    await expectRefused('setHoliday', { day: '2026-09-26', nameKo: '' }, 400, 'invalid_input');
  });
});

describe('escort times in the summary', () => {
  it('give per day the time to accept and to deliver: count, median and worst', async () => {
    const escort = async (acceptMs: number, deliverMs: number | null) => {
      const { ticket } = resultOf(await t.post('issueTicket', { departmentId: 1 }, null)) as {
        ticket: { id: number };
      };
      const { request } = resultOf(
        await t.post('requestEscort', { kind: 'escort', reason: 'wheelchair', ticketId: ticket.id }, null),
      ) as { request: { id: number } };
      t.clock.advance(acceptMs);
      await t.post('acceptEscort', { requestId: request.id });
      if (deliverMs === null) return;
      t.clock.advance(deliverMs);
      await t.post('deliverEscort', { requestId: request.id });
    };
    await escort(20_000, 100_000); // accepted after 20 s, delivered after 120 s
    await escort(40_000, 140_000); // 40 s, 180 s
    await escort(90_000, null); // 90 s, still walking
    // A call-staff request is not an escort: it has no destination to deliver to.
    await t.post('requestEscort', { kind: 'callStaff', reason: 'other' }, null);

    const summary = (await t.get('/api/v1/reports/summary?from=2026-11-23', t.managerToken))
      .json as ReportSummary;
    expect(summary.escortDays).toEqual([
      {
        day: '2026-11-23',
        requested: 3,
        toAccept: { count: 3, medianMs: 40_000, worstMs: 90_000 },
        toDeliver: { count: 2, medianMs: 150_000, worstMs: 180_000 },
      },
    ]);
  });
});
