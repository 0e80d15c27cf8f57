import type { Office } from '../../shared/contract/views';

/** The lines `npm run serve` prints: every screen a person may open. */
export function screenUrlLines(baseUrl: string, office: Office): string[] {
  const lines = [
    `  kiosk     ${baseUrl}/kiosk`,
    `  display   ${baseUrl}/display`,
    `  guide     ${baseUrl}/guide`,
    `  desks     ${baseUrl}/desk`,
  ];
  for (const desk of office.desks)
    lines.push(`  desk ${String(desk.id).padEnd(4)} ${baseUrl}/desk/${desk.id}   ${desk.nameKo}`);
  return lines;
}
