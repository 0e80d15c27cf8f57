import { describe, expect, it } from 'vitest';
import { servingDesk, standInWouldLoop } from './stand-in';

describe('stand-in desks (업무대행자)', () => {
  it('serves at the desk itself when it is present', () => {
    expect(servingDesk(1, new Map())).toBe(1);
  });

  it('follows the stand-in, and the stand-in’s stand-in when that one is away too', () => {
    expect(servingDesk(1, new Map([[1, 2]]))).toBe(2);
    expect(
      servingDesk(
        1,
        new Map([
          [1, 2],
          [2, 3],
        ]),
      ),
    ).toBe(3);
  });

  it('refuses A → B → A and longer loops', () => {
    expect(standInWouldLoop(1, 2, new Map([[2, 1]]))).toBe(true);
    expect(
      standInWouldLoop(
        1,
        2,
        new Map([
          [2, 3],
          [3, 1],
        ]),
      ),
    ).toBe(true);
    expect(standInWouldLoop(1, 1, new Map())).toBe(true);
  });

  it('allows a chain that ends at a present desk', () => {
    expect(standInWouldLoop(1, 2, new Map([[2, 3]]))).toBe(false);
  });
});
