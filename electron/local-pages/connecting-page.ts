import { reasonText } from './connecting-reason';
import { isTextKey, strings, withCount } from './strings';

// The page main shows while a screen waits for its hub. Nobody at a kiosk or a wall display can
// switch languages, so it says everything in Korean and in English; main reloads it when the
// reason changes, and `since` keeps the waiting time across those reloads.
const query = new URLSearchParams(location.search);
const since = Number(query.get('since')) || Date.now();

for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
  const key = element.dataset.text ?? '';
  if (isTextKey(key)) element.textContent = strings.ko[key];
}
for (const element of document.querySelectorAll<HTMLElement>('[data-text-en]')) {
  const key = element.dataset.textEn ?? '';
  if (isTextKey(key)) element.textContent = strings.en[key];
}

const reason = reasonText(query.get('reason') ?? '');
document.querySelector('#hub')!.textContent = query.get('hub') ?? '';
document.querySelector('#reason')!.textContent = strings.ko[reason];
document.querySelector('#reason-en')!.textContent = strings.en[reason];
document.querySelector('#detail')!.textContent = [query.get('reason'), query.get('detail')]
  .filter((part) => part)
  .join(' — ');

function showWaiting(): void {
  const minutes = Math.floor((Date.now() - since) / 60_000);
  const text = (language: 'ko' | 'en') =>
    minutes < 1
      ? strings[language]['connecting.lessThanMinute']
      : withCount(strings[language]['connecting.minutes'], minutes);
  document.querySelector('#waiting')!.textContent = `${text('ko')} · ${text('en')}`;
}

showWaiting();
setInterval(showWaiting, 15_000);
