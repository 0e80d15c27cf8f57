import type { SetupBridge, SetupInfo } from '../local-page-channels';
import type { SetupForm } from '../local-page-contract';
import { windowRoles, type WindowRole } from '../window-options';
import { strings, translatePage, type PageLanguage, type TextKey } from './strings';

const bridge = (window as unknown as { minwonSetup: SetupBridge }).minwonSetup;
const form = document.querySelector<HTMLFormElement>('#setup')!;
const status = document.querySelector<HTMLElement>('#status')!;
const detail = document.querySelector<HTMLElement>('#detail')!;
let language: PageLanguage = 'ko';
let lastError: TextKey | null = null;

function field(name: string): HTMLInputElement {
  return form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
}

function select(name: string): HTMLSelectElement {
  return form.querySelector<HTMLSelectElement>(`[name="${name}"]`)!;
}

function text(key: TextKey): string {
  return strings[language][key];
}

/** The refusal beside its field, and under it what the system said, if it said anything. */
function showError(key: TextKey | null, fieldName: string | null, systemSaid: string | null = null): void {
  lastError = key;
  status.textContent = key ? text(key) : '';
  detail.textContent = systemSaid ?? '';
  detail.hidden = systemSaid === null;
  for (const invalid of form.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');
  const target = fieldName
    ? (form.querySelector<HTMLElement>(`[name="${fieldName}"]`) ??
      form.querySelector<HTMLElement>(`[name^="${fieldName.split('.')[0]!}"]`))
    : null;
  if (target) {
    target.setAttribute('aria-invalid', 'true');
    target.focus();
  }
}

function mode(): 'hub' | 'client' {
  return form.querySelector<HTMLInputElement>('[name="mode"]:checked')?.value === 'client' ? 'client' : 'hub';
}

function showMode(info: SetupInfo): void {
  for (const section of form.querySelectorAll<HTMLElement>('[data-mode]')) {
    section.hidden = section.dataset.mode !== mode();
  }
  if (info.managerVerified) document.querySelector<HTMLElement>('#manager')!.hidden = true;
  document.querySelector<HTMLElement>('#mode-hub')!.hidden = info.pairingOnly;
  document.querySelector<HTMLElement>('#notice')!.hidden = !info.pairingOnly;
  document.querySelector<HTMLElement>('#token-plain')!.hidden = info.tokenStorage !== 'plain';
  document.querySelector<HTMLElement>('#code-keep')!.hidden =
    info.pairedHubUrl === null || info.pairedHubUrl !== field('hubUrl').value.replace(/\/+$/, '');
}

function windowRow(role: WindowRole, info: SetupInfo): HTMLElement {
  const row = document.createElement('div');
  row.className = 'window-row';
  const chosen = info.current.windows.find((w) => w.role === role);
  const toggle = document.createElement('label');
  toggle.className = 'choice';
  toggle.innerHTML = `<input type="checkbox" name="window.${role}" /> <span data-text="role.${role}"></span>`;
  toggle.querySelector('input')!.checked = chosen !== undefined;
  const monitor = document.createElement('label');
  monitor.innerHTML = `<span data-text="windows.monitor"></span> <select name="window.${role}.display"></select>`;
  const select = monitor.querySelector('select')!;
  for (const display of info.displays) select.add(new Option(display.label, String(display.index)));
  select.value = String(chosen?.display ?? 0);
  row.append(toggle, monitor);
  if (role === 'desk') {
    const desk = document.createElement('label');
    desk.innerHTML = `<span data-text="windows.desk"></span> <input name="window.desk.deskId" type="number" min="1" />`;
    desk.querySelector('input')!.value = chosen?.deskId === undefined ? '' : String(chosen.deskId);
    row.append(desk);
  }
  return row;
}

function fill(info: SetupInfo): void {
  form.querySelector<HTMLInputElement>(`[name="mode"][value="${info.current.mode}"]`)!.checked = true;
  field('port').value = String(info.current.port);
  field('lan').checked = info.current.lan;
  field('hubUrl').value = info.current.hubUrl;
  document.querySelector('#windows')!.replaceChildren(...windowRoles.map((role) => windowRow(role, info)));
  const printer = select('printer');
  printer.add(new Option('', ''));
  printer.options[0]!.dataset.text = 'printer.default';
  for (const p of info.printers) printer.add(new Option(p.displayName, p.name));
  printer.value = info.current.printer.name ?? '';
  form.querySelector<HTMLInputElement>(
    `[name="paper"][value="${String(info.current.printer.paperWidthMm)}"]`,
  )!.checked = true;
}

function read(info: SetupInfo): SetupForm {
  const windows = windowRoles
    .filter((role) => field(`window.${role}`).checked)
    .map((role) => {
      const deskId = role === 'desk' ? field('window.desk.deskId').value.trim() : '';
      return {
        role,
        display: Number(select(`window.${role}.display`).value),
        ...(deskId ? { deskId: Number(deskId) } : {}),
      };
    });
  const printer = {
    name: select('printer').value || null,
    paperWidthMm: form.querySelector<HTMLInputElement>('[name="paper"]:checked')?.value === '58' ? 58 : 80,
  } as const;
  if (mode() === 'client') {
    const code = field('pairingCode').value.trim();
    return {
      mode: 'client',
      hubUrl: field('hubUrl').value.trim(),
      pairingCode: code || null,
      windows,
      printer,
    };
  }
  return {
    mode: 'hub',
    port: Number(field('port').value),
    lan: field('lan').checked,
    manager: info.managerVerified
      ? null
      : {
          login: field('manager.login').value.trim(),
          name: field('manager.name').value.trim(),
          pin: field('manager.pin').value,
          pinAgain: field('manager.pinAgain').value,
        },
    windows,
    printer,
  };
}

async function start(): Promise<void> {
  const info = await bridge.info();
  fill(info);
  translatePage(document, language);
  showMode(info);
  form.addEventListener('change', () => {
    showMode(info);
  });
  form.addEventListener('input', () => {
    showMode(info);
  });
  document.querySelector('#language')!.addEventListener('click', () => {
    language = language === 'ko' ? 'en' : 'ko';
    translatePage(document, language);
    status.textContent = lastError ? text(lastError) : '';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    submit.disabled = true;
    submit.textContent = text('setup.saving');
    void bridge.finish(read(info)).then((result) => {
      // On success main restarts the app with the new config; this page is gone.
      if (result.ok) return;
      submit.disabled = false;
      submit.textContent = text('setup.finish');
      showError(`error.${result.error}`, result.field, result.detail ?? null);
    });
  });
}

void start();
