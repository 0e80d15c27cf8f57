import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessTableMarkdown } from '../../scripts/access-table';

/** A markdown table's rows as trimmed cells, whatever its padding; separator rows left out. */
function rows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

describe('docs/security.md', () => {
  it('prints the access table the hub enforces', () => {
    const page = readFileSync(resolve(import.meta.dirname, '..', '..', 'docs', 'security.md'), 'utf8');
    const start = page.indexOf('| routes (under /api/v1)');
    const table = page.slice(start, page.indexOf('\n\n', start));
    expect(rows(table)).toEqual(rows(accessTableMarkdown()));
  });
});
