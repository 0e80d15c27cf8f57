import { describe, expect, it } from 'vitest';
import { isAllowedNavigation } from './navigation-policy';

const hub = 'http://127.0.0.1:4310';

describe('navigation policy', () => {
  it('allows the hub’s own pages', () => {
    expect(isAllowedNavigation('http://127.0.0.1:4310/desk/3', hub)).toBe(true);
  });

  it('refuses other hosts, ports, schemes and garbage', () => {
    expect(isAllowedNavigation('http://127.0.0.1:4311/kiosk', hub)).toBe(false);
    expect(isAllowedNavigation('https://127.0.0.1:4310/kiosk', hub)).toBe(false);
    expect(isAllowedNavigation('http://example.org/', hub)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', hub)).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)', hub)).toBe(false);
    expect(isAllowedNavigation('not a url', hub)).toBe(false);
  });
});
