import { charterPresets } from '../../shared/charter/presets';
import type { CommandInput } from '../../shared/contract/commands';
import type { Hub } from '../hub/hub';
import { SYSTEM } from '../hub/system-actor';

type DemoDepartment = CommandInput<'defineDepartment'> & { deskMode: 'queue' | 'direct' };

/**
 * The departments and phone numbers of the 인제군 table in seed 002 ("서비스분야별 연락처",
 * area code 033). Floors, locations and task lists are illustrative: the seed gives none.
 */
export const injeDepartments: DemoDepartment[] = [
  {
    prefix: 'A',
    nameKo: '종합민원실',
    nameEn: 'Civil Affairs Office',
    floor: '1층',
    locationKo: '본관 1층 정문 오른쪽',
    locationEn: 'Main building, 1st floor, right of the main entrance',
    phone: '033-460-2031',
    deskMode: 'queue',
    tasks: [
      {
        nameKo: '주민등록 등·초본 발급',
        nameEn: 'Resident registration certificate',
        keywords: '등본 초본 주민등록',
      },
      { nameKo: '전입신고', nameEn: 'Moving-in report', keywords: '이사 전입 주소' },
      { nameKo: '인감증명 발급', nameEn: 'Seal certificate', keywords: '인감 도장 증명' },
      { nameKo: '가족관계증명서 발급', nameEn: 'Family relation certificate', keywords: '가족관계 증명서' },
      { nameKo: '여권 발급', nameEn: 'Passport', keywords: '여권 해외' },
    ],
  },
  {
    prefix: 'B',
    nameKo: '세무회계과',
    nameEn: 'Tax and Accounting Division',
    floor: '2층',
    locationKo: '본관 2층 계단 왼쪽',
    locationEn: 'Main building, 2nd floor, left of the stairs',
    phone: '033-460-2041',
    // One priority visitor after every two ordinary ones, to show the second rule.
    priorityRule: { kind: 'ratio', ordinaryPerPriority: 2 },
    deskMode: 'queue',
    tasks: [
      { nameKo: '지방세 납부', nameEn: 'Local tax payment', keywords: '세금 재산세 납부' },
      { nameKo: '지방세 납세증명 발급', nameEn: 'Local tax payment certificate', keywords: '납세증명 세금' },
      { nameKo: '자동차세 문의', nameEn: 'Vehicle tax enquiry', keywords: '자동차 세금' },
    ],
  },
  {
    prefix: 'C',
    nameKo: '주민복지과',
    nameEn: 'Resident Welfare Division',
    floor: '2층',
    locationKo: '본관 2층 복도 끝',
    locationEn: 'Main building, 2nd floor, end of the corridor',
    phone: '033-460-2211',
    deskMode: 'direct',
    tasks: [
      { nameKo: '기초연금 신청', nameEn: 'Basic pension application', keywords: '연금 노인 어르신' },
      { nameKo: '장애인 복지 상담', nameEn: 'Disability welfare counselling', keywords: '장애인 복지' },
      { nameKo: '기초생활보장 신청', nameEn: 'Basic livelihood security', keywords: '생계 수급' },
    ],
  },
  {
    prefix: 'D',
    nameKo: '환경보호과',
    nameEn: 'Environmental Protection Division',
    floor: '3층',
    locationKo: '본관 3층 엘리베이터 앞',
    locationEn: 'Main building, 3rd floor, facing the lift',
    phone: '033-460-2061',
    deskMode: 'direct',
    tasks: [
      { nameKo: '대형폐기물 배출 신고', nameEn: 'Bulky waste disposal', keywords: '폐기물 쓰레기 가구' },
    ],
  },
  {
    prefix: 'E',
    nameKo: '상하수도사업소',
    nameEn: 'Water and Sewerage Office',
    floor: '별관 1층',
    locationKo: '별관 1층 입구',
    locationEn: 'Annex, 1st floor, at the entrance',
    phone: '033-460-2141',
    deskMode: 'direct',
    tasks: [
      { nameKo: '수도요금 문의', nameEn: 'Water bill enquiry', keywords: '수도 요금 물' },
      { nameKo: '상수도 급수 신청', nameEn: 'Water supply connection', keywords: '수도 급수' },
    ],
  },
  {
    prefix: 'F',
    nameKo: '문화관광과',
    nameEn: 'Culture and Tourism Division',
    floor: '3층',
    locationKo: '본관 3층 오른쪽',
    locationEn: 'Main building, 3rd floor, right side',
    phone: '033-460-2081',
    deskMode: 'direct',
    tasks: [{ nameKo: '축제·관광 안내', nameEn: 'Festivals and tourism', keywords: '축제 관광 여행' }],
  },
  {
    prefix: 'G',
    nameKo: '보건소',
    nameEn: 'Public Health Center',
    floor: '보건소 1층',
    locationKo: '보건소 건물 1층 접수대',
    locationEn: 'Health center building, 1st floor reception',
    phone: '033-460-2241',
    deskMode: 'queue',
    tasks: [
      { nameKo: '예방접종', nameEn: 'Vaccination', keywords: '주사 접종 백신' },
      { nameKo: '건강진단결과서(보건증) 발급', nameEn: 'Health certificate', keywords: '보건증 건강진단' },
    ],
  },
  {
    prefix: 'H',
    nameKo: '농업기술센터',
    nameEn: 'Agricultural Technology Center',
    floor: '센터 1층',
    locationKo: '농업기술센터 1층 민원창구',
    locationEn: 'Agricultural Technology Center, 1st floor counter',
    phone: '033-460-2251',
    deskMode: 'direct',
    tasks: [
      { nameKo: '농업인 교육 신청', nameEn: 'Farmer training', keywords: '농업 교육' },
      { nameKo: '토양 검정', nameEn: 'Soil testing', keywords: '흙 토양' },
    ],
  },
];

/** Demo sign-ins, printed by `npm run serve -- --demo`; never use them in a real office. */
export const demoStaff: (CommandInput<'defineStaff'> & { pin: string })[] = [
  { login: 'desk.kim', name: '김민지', role: 'desk', pin: '2580' },
  { login: 'guide.park', name: '박서연', role: 'guide', pin: '4680' },
  { login: 'manager.lee', name: '이정훈', role: 'manager', pin: '1357' },
];

/** Sets up the demo office through the hub's own commands, so the log records every step. */
export function seedDemoOffice(hub: Hub): void {
  const { presetId, ...charter } = charterPresets.inje;
  hub.execute('applyCharter', { presetId, ...charter }, SYSTEM);
  for (const { deskMode, ...department } of injeDepartments) {
    const { department: created } = hub.execute('defineDepartment', department, SYSTEM);
    for (const n of [1, 2]) {
      hub.execute(
        'defineDesk',
        {
          departmentId: created.id,
          nameKo: `${department.nameKo} ${n}번 창구`,
          nameEn: `${department.nameEn}, desk ${n}`,
          mode: deskMode,
        },
        SYSTEM,
      );
    }
  }
  for (const staff of demoStaff) hub.execute('defineStaff', staff, SYSTEM);
  // A 민원실's usual weekday hours; the kiosk says it is closed outside them.
  hub.execute(
    'setOfficeHours',
    {
      week: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' })),
    },
    SYSTEM,
  );
}
