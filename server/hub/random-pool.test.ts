import { describe, expect, it } from 'vitest';
import { createRandomPool } from './random-pool';

describe('the pool of random bytes', () => {
  it('hands out fresh bytes of the size asked, page after page', () => {
    const random = createRandomPool(16);
    const drawn = Array.from({ length: 40 }, () => Buffer.from(random(4)).toString('hex'));
    expect(drawn.every((hex) => hex.length === 8)).toBe(true);
    // 40 draws of 32 bits: a repeat would mean bytes handed out twice.
    expect(new Set(drawn).size).toBe(40);
    expect(random(64)).toHaveLength(64);
  });

  it('gives each caller a copy that changes nothing for the next one', () => {
    const random = createRandomPool(16);
    const first = random(4);
    first.fill(0);
    const rest = [random(4), random(4), random(4)];
    expect(rest.some((bytes) => bytes.some((b) => b !== 0))).toBe(true);
    expect(first.buffer).not.toBe(rest[0]!.buffer);
  });
});
