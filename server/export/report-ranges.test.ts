import { describe, expect, it } from 'vitest';
import { reportFileName, reportQuery } from '../../shared/contract/reports';

describe('report requests', () => {
  it('defaults to one day and names the file by its days', () => {
    expect(reportQuery.parse({ from: '2026-11-23', format: 'csv' })).toEqual({
      from: '2026-11-23',
      to: '2026-11-23',
      format: 'csv',
    });
    expect(reportFileName('2026-11-01', '2026-11-30', 'xlsx')).toBe('visits_2026-11-01_2026-11-30.xlsx');
    expect(reportFileName('2026-11-23', '2026-11-23', 'pdf')).toBe('visits_2026-11-23.pdf');
  });

  it('refuses a range that ends before it starts, a bad date or format', () => {
    expect(reportQuery.safeParse({ from: '2026-11-23', to: '2026-11-22', format: 'csv' }).success).toBe(
      false,
    );
    expect(reportQuery.safeParse({ from: '2026-13-01', format: 'csv' }).success).toBe(false);
    expect(reportQuery.safeParse({ from: '2026-11-23', format: 'docx' }).success).toBe(false);
  });
});
