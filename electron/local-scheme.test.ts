import { win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localFileFor, localPageOf, localPageUrl } from './local-scheme';

const joinOnWindows = (...parts: string[]) => win32.join(...parts);

const installedOnWindows =
  'C:\\Program Files\\민원실 번호표\\resources\\app.asar\\dist\\electron\\local-pages';

describe('the app’s own scheme', () => {
  it('names each page the same way on every PC, whatever the install folder', () => {
    expect(localPageUrl('setup')).toBe('minwon-app://local/setup.html');
    expect(localPageUrl('connecting', { hub: 'http://10.0.0.5:4310', reason: 'ECONNREFUSED' })).toBe(
      'minwon-app://local/connecting.html?hub=http%3A%2F%2F10.0.0.5%3A4310&reason=ECONNREFUSED',
    );
  });

  it('serves a page from the install folder, with Windows paths on Windows', () => {
    expect(localFileFor('minwon-app://local/setup.html', installedOnWindows, joinOnWindows)).toEqual({
      path: `${installedOnWindows}\\setup.html`,
      contentType: 'text/html; charset=utf-8',
    });
    expect(localFileFor('minwon-app://LOCAL/pin.js?x=1#top', installedOnWindows, joinOnWindows)).toEqual({
      path: `${installedOnWindows}\\pin.js`,
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(localFileFor('minwon-app://local/local-pages.css', '/opt/minwon/local-pages')?.path).toBe(
      '/opt/minwon/local-pages/local-pages.css',
    );
  });

  it.each([
    ['a file outside the pages', 'minwon-app://local/../minwon-config.json'],
    ['an encoded climb', 'minwon-app://local/%2E%2E%2Fminwon-config.json'],
    ['a backslash climb', 'minwon-app://local/..%5C..%5Cminwon-config.json'],
    ['a Windows drive path', 'minwon-app://local/C:%5CWindows%5Cwin.ini'],
    ['a source map', 'minwon-app://local/setup.js.map'],
    ['the folder itself', 'minwon-app://local/'],
    ['another host', 'minwon-app://evil/setup.html'],
    ['credentials', 'minwon-app://user:pw@local/setup.html'],
    ['a broken escape', 'minwon-app://local/setup%E0.html'],
    ['another scheme', 'file:///C:/Program%20Files/setup.html'],
  ])('serves nothing for %s', (_case, address) => {
    expect(localFileFor(address, installedOnWindows, joinOnWindows)).toBeNull();
  });

  it('tells which page an address shows', () => {
    expect(localPageOf('minwon-app://local/setup.html#printer')).toBe('setup');
    expect(localPageOf('minwon-app://local/connecting.html?hub=x')).toBe('connecting');
    expect(localPageOf('minwon-app://local/setup.js')).toBeNull();
    expect(localPageOf('http://127.0.0.1:4310/setup.html')).toBeNull();
  });
});
