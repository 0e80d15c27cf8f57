import { randomFillSync } from 'node:crypto';

/**
 * Bytes from the system's CSPRNG, drawn a page at a time: asking the CSPRNG for four bytes per
 * ticket cost more than the rest of making its code. Each caller gets a copy of its bytes.
 */
export function createRandomPool(pageSize = 4096): (size: number) => Uint8Array {
  const page = new Uint8Array(pageSize);
  let used = pageSize;
  return (size) => {
    if (size > pageSize) return randomFillSync(new Uint8Array(size));
    if (used + size > pageSize) {
      randomFillSync(page);
      used = 0;
    }
    used += size;
    return page.slice(used - size, used);
  };
}
