import { listLedger } from '../../db/compensations';
import type { Db } from '../../db/open-database';
import type { Ledger, LedgerTotals } from '../../shared/contract/views';
import { startOfBusinessDay } from '../../shared/time/business-day';

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The compensations created in a Seoul calendar month (YYYY-MM), with totals per status. */
export function readLedger(db: Db, month: string): Ledger {
  const entries = listLedger(
    db,
    startOfBusinessDay(`${month}-01`),
    startOfBusinessDay(`${nextMonth(month)}-01`),
  );
  const totals: LedgerTotals = {
    pending: { count: 0, won: 0 },
    approved: { count: 0, won: 0 },
    rejected: { count: 0, won: 0 },
    paid: { count: 0, won: 0 },
  };
  for (const e of entries) {
    totals[e.status].count += 1;
    totals[e.status].won += e.amountWon ?? 0;
  }
  return { month, entries, totals };
}
