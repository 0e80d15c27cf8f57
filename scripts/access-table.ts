// `npm run access-table`: prints the access table of docs/security.md from the code's own table
// (shared/contract/routes.ts); a test keeps the page and the code the same.
import { pathToFileURL } from 'node:url';
import {
  callers,
  mayCall,
  refusalOf,
  type Audience,
  type Caller,
  type RequestActor,
} from '../shared/contract/access';
import { errorStatus } from '../shared/contract/errors';
import { commands } from '../shared/contract/commands';
import { apiRoutes, type ApiRoute } from '../shared/contract/routes';

const columns: { title: string; caller: Caller | null }[] = [
  { title: 'hub PC', caller: 'hubPc' },
  { title: 'stranger (LAN)', caller: null },
  { title: 'kiosk', caller: 'kiosk' },
  { title: 'display', caller: 'display' },
  { title: 'staff PC', caller: 'staffPc' },
  { title: 'guide', caller: 'guide' },
  { title: 'desk', caller: 'desk' },
  { title: 'manager', caller: 'manager' },
  { title: 'region', caller: 'region' },
];

const sample: Record<Caller, RequestActor> = {
  hubPc: { kind: 'hubPc' },
  kiosk: { kind: 'device', deviceId: 1, role: 'kiosk' },
  display: { kind: 'device', deviceId: 1, role: 'display' },
  staffPc: { kind: 'device', deviceId: 1, role: 'staff' },
  desk: { kind: 'staff', staffId: 1, role: 'desk', deskId: 1 },
  guide: { kind: 'staff', staffId: 1, role: 'guide', deskId: null },
  manager: { kind: 'staff', staffId: 1, role: 'manager', deskId: null },
  region: { kind: 'device', deviceId: 1, role: 'region' },
};

function cell(who: Audience, caller: Caller | null, deskCommand: boolean): string {
  const actor = caller === null ? null : sample[caller];
  if (mayCall(who, actor)) return deskCommand && caller === 'desk' ? '✔ own desk' : '✔';
  return String(errorStatus[refusalOf(who as Exclude<Audience, 'anyone'>, actor)]);
}

function label(routes: ApiRoute[]): string {
  const commands = routes.filter((r) => r.kind === 'command').map((r) => r.name);
  const others = routes.filter((r) => r.kind !== 'command').map((r) => `\`${r.method} ${r.path}\``);
  return [
    ...(commands.length ? [`commands ${commands.map((c) => `\`${c}\``).join(', ')}`] : []),
    ...others,
  ].join('; ');
}

/** One row per audience (commands apart): the routes open to the same callers, and what each gets. */
export function accessTableMarkdown(): string {
  const rows = new Map<string, ApiRoute[]>();
  for (const route of apiRoutes) {
    const deskCommand = route.kind === 'command' && commands[route.name].access === 'desk';
    const key = `${route.kind === 'command' ? 'commands' : 'routes'} ${JSON.stringify(route.who)}${deskCommand ? ' desk' : ''}`;
    rows.set(key, [...(rows.get(key) ?? []), route]);
  }
  const lines = [
    `| routes (under /api/v1) | ${columns.map((c) => c.title).join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
  ];
  for (const [key, routes] of rows) {
    const who = routes[0]!.who;
    const deskCommand = key.endsWith(' desk');
    lines.push(`| ${label(routes)} | ${columns.map((c) => cell(who, c.caller, deskCommand)).join(' | ')} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(accessTableMarkdown());
  console.log(`\n${callers.length} kinds of caller, ${apiRoutes.length} routes`);
}
