import type { Page } from '@playwright/test';
import { demoStaff } from '../../server/demo/inje-office';

const deskStaff = demoStaff.find((staff) => staff.role === 'desk')!;

/** The kiosk as a visitor sees it (Korean labels; the language test says its own). */
export function kioskScreen(page: Page) {
  const departments = page.getByRole('list', { name: /부서 목록|Departments/ });
  return {
    goto: () => page.goto('/kiosk'),
    title: page.getByRole('heading', { level: 1 }),
    departments,
    department: (name: string | RegExp) => departments.getByRole('button', { name }),
    ticketHeading: page.getByRole('heading', { name: '번호표가 발급되었습니다' }),
    done: page.getByRole('button', { name: '확인 — 처음 화면으로' }),
    language: (name: '한국어' | 'English') => page.getByRole('button', { name, exact: true }),
  };
}

/** A desk screen as staff see it. */
export function deskScreen(page: Page) {
  const arrivals = page.getByRole('region', { name: /^창구 도착/ });
  const signInForm = page.getByRole('region', { name: '창구 로그인' });
  return {
    goto: (deskId: number) => page.goto(`/desk/${deskId}`),
    signInForm,
    /** Signs a clerk in at the open desk: the demo office's (of 종합민원실) unless told. */
    signIn: async (staff: { login: string; pin: string } = deskStaff) => {
      await signInForm.getByRole('textbox', { name: '직원 아이디' }).fill(staff.login);
      await signInForm.getByLabel('PIN').fill(staff.pin);
      await signInForm.getByRole('button', { name: '로그인' }).click();
    },
    title: page.getByRole('heading', { level: 1 }),
    callNext: page.getByRole('button', { name: '다음 번호 호출' }),
    codeInput: page.getByRole('textbox', { name: '번호표 코드 접수' }),
    status: page.getByRole('status'),
    arrivals,
    arrival: (number: string) => arrivals.getByRole('listitem').filter({ hasText: number }),
    waiting: page.getByRole('region', { name: /^대기 중/ }),
    finished: page.getByRole('region', { name: /^오늘 처리/ }),
  };
}
