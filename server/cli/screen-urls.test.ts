import { describe, expect, it } from 'vitest';
import type { Office } from '../../shared/contract/views';
import { screenUrlLines } from './screen-urls';

describe('the screen addresses `npm run serve` prints', () => {
  it('names every role’s screen and every desk', () => {
    const office = {
      desks: [
        { id: 1, departmentId: 1, nameKo: '종합민원실 1번 창구', nameEn: 'Desk 1', mode: 'queue' },
        { id: 2, departmentId: 1, nameKo: '종합민원실 2번 창구', nameEn: 'Desk 2', mode: 'queue' },
      ],
    } as Office;
    const lines = screenUrlLines('http://127.0.0.1:4310', office).join('\n');
    for (const path of ['/kiosk', '/display', '/guide', '/desk', '/desk/1', '/desk/2']) {
      expect(lines).toContain(`http://127.0.0.1:4310${path}`);
    }
    expect(lines).toContain('종합민원실 2번 창구');
  });
});
