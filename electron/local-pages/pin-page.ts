import type { PinBridge } from '../local-page-channels';
import { strings, translatePage, type PageLanguage, type TextKey } from './strings';

const bridge = (window as unknown as { minwonPin: PinBridge }).minwonPin;
const form = document.querySelector<HTMLFormElement>('#pin')!;
const status = document.querySelector<HTMLElement>('#status')!;
const login = form.querySelector<HTMLInputElement>('[name="login"]')!;
const pin = form.querySelector<HTMLInputElement>('[name="pin"]')!;
let language: PageLanguage = 'ko';
let lastError: TextKey | null = null;

function show(key: TextKey | null): void {
  lastError = key;
  status.textContent = key ? strings[language][key] : '';
}

translatePage(document, language);
login.focus();

document.querySelector('#language')!.addEventListener('click', () => {
  language = language === 'ko' ? 'en' : 'ko';
  translatePage(document, language);
  show(lastError);
});

document.querySelector('#cancel')!.addEventListener('click', () => {
  bridge.cancel();
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') bridge.cancel();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  submit.disabled = true;
  submit.textContent = strings[language]['pin.checking'];
  void bridge.submit({ login: login.value.trim(), pin: pin.value }).then((result) => {
    // On success main closes this window.
    if (result.ok) return;
    submit.disabled = false;
    submit.textContent = strings[language]['pin.submit'];
    pin.value = '';
    pin.focus();
    show(`error.${result.error}`);
  });
});
