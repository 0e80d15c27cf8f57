import { z } from 'zod';

export const reportFormats = ['csv', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/**
 * The longest range a summary reads at once: a year, leap or not. A summary holds every measured
 * time of its days; a longer look goes to the region or to the visit log.
 */
export const MAX_REPORT_DAYS = 366;

/** Days from `from` to `to`, both counted: 1 for a single day. */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A report covers whole Asia/Seoul business days, `from` to `to` inclusive. */
export const reportRange = z
  .strictObject({ from: z.iso.date(), to: z.iso.date().optional() })
  .transform((r) => ({ from: r.from, to: r.to ?? r.from }))
  .refine((r) => r.to >= r.from, 'to must not be before from');

/**
 * The days of a report summary: a year at most. Case lists keep `reportRange`: an office has tens
 * of cases a month, and the unkindness count looks back over a rolling year and more.
 */
export const summaryRange = reportRange.refine(
  (r) => r.to < r.from || daysInRange(r.from, r.to) <= MAX_REPORT_DAYS,
  `a range of at most ${MAX_REPORT_DAYS} days`,
);

export const reportQuery = z
  .strictObject({ from: z.iso.date(), to: z.iso.date().optional(), format: z.enum(reportFormats) })
  .transform((r) => ({ from: r.from, to: r.to ?? r.from, format: r.format }))
  .refine((r) => r.to >= r.from, 'to must not be before from');

export const reportContentType: Record<ReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export function reportFileName(from: string, to: string, format: ReportFormat): string {
  return `visits_${from}${to === from ? '' : `_${to}`}.${format}`;
}

/** `GET /api/v1/settings/retention`: the period, and what it means today. */
export type RetentionSettings = {
  days: number;
  /** Visit details before this business day are purged (at the hub's next daily run). */
  keepsFrom: string;
  /** The last business day already purged; null before the first purge. */
  purgedThrough: string | null;
};

export const ledgerFormats = ['csv', 'xlsx'] as const;
export type LedgerFormat = (typeof ledgerFormats)[number];

/** `GET /api/v1/reports/compensations`: a Seoul calendar month of the compensation ledger. */
export const ledgerExportQuery = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'),
  format: z.enum(ledgerFormats),
});

export function ledgerFileName(month: string, format: LedgerFormat): string {
  return `compensations_${month}.${format}`;
}
