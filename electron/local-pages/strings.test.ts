import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reasonText } from './connecting-reason';
import { isTextKey, strings } from './strings';

describe('the setup, PIN and connecting pages’ strings', () => {
  it.each(['setup.html', 'pin.html', 'connecting.html'])('cover every text %s names', (page) => {
    const html = readFileSync(new URL(page, import.meta.url), 'utf8');
    const keys = [...html.matchAll(/data-text(?:-en)?="([^"]+)"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(3);
    expect(keys.filter((key) => !isTextKey(key))).toEqual([]);
  });

  it('are all filled in both languages', () => {
    for (const table of Object.values(strings)) {
      for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
    }
  });
});

describe('the connecting page’s reasons', () => {
  it.each([
    ['ECONNREFUSED', 'reason.refused'],
    ['ERR_CONNECTION_REFUSED', 'reason.refused'],
    ['ETIMEDOUT', 'reason.unreachable'],
    ['EHOSTUNREACH', 'reason.unreachable'],
    ['ERR_ADDRESS_UNREACHABLE', 'reason.unreachable'],
    ['ERR_INTERNET_DISCONNECTED', 'reason.unreachable'],
    ['hub_not_started', 'reason.hubNotStarted'],
    ['screen_crashed', 'reason.crashed'],
    ['bad_answer', 'reason.badAnswer'],
    ['ERR_SSL_PROTOCOL_ERROR', 'reason.other'],
  ])('explain %s to staff', (code, key) => {
    expect(reasonText(code)).toBe(key);
  });
});
