import { z } from 'zod';

export const reportFormats = ['csv', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** A report covers whole Asia/Seoul business days, `from` to `to` inclusive. */
export const reportRange = z
  .strictObject({ from: z.iso.date(), to: z.iso.date().optional() })
  .transform((r) => ({ from: r.from, to: r.to ?? r.from }))
  .refine((r) => r.to >= r.from, 'to must not be before from');

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
