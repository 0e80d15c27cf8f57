import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTextKey, strings } from './strings';

describe('the setup and PIN pages’ strings', () => {
  it.each(['setup.html', 'pin.html'])('cover every text %s names', (page) => {
    const html = readFileSync(new URL(page, import.meta.url), 'utf8');
    const keys = [...html.matchAll(/data-text="([^"]+)"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(3);
    expect(keys.filter((key) => !isTextKey(key))).toEqual([]);
  });

  it('are all filled in both languages', () => {
    for (const table of Object.values(strings)) {
      for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
    }
  });
});
