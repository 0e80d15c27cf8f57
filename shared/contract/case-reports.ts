/** The case log's file name, beside the visit log's (`visits_…`). */
export function caseFileName(from: string, to: string): string {
  return `cases_${from}${to === from ? '' : `_${to}`}.csv`;
}
