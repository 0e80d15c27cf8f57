import { describe, expect, it } from 'vitest';
import en from './en.json';
import ko from './ko.json';
import vi from './vi.json';
import zh from './zh.json';

const others = { en, zh, vi };

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]!).sort();
}

function get(tree: unknown, path: string): string {
  const leaf = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
  return typeof leaf === 'string' ? leaf : '';
}

describe('translations', () => {
  it('have the same keys in every language', () => {
    for (const [language, tree] of Object.entries(others)) {
      expect(keyPaths(tree).sort(), language).toEqual(keyPaths(ko).sort());
    }
  });

  it('use the same placeholders in every language', () => {
    for (const path of keyPaths(ko)) {
      for (const tree of Object.values(others)) {
        expect(placeholders(get(tree, path)), path).toEqual(placeholders(get(ko, path)));
      }
    }
  });

  it('leave no string empty', () => {
    for (const tree of [ko, en, zh, vi]) {
      for (const path of keyPaths(tree)) expect(get(tree, path).trim(), path).not.toBe('');
    }
  });
});
