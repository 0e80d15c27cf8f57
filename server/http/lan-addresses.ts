import { networkInterfaces } from 'node:os';

/** This PC's IPv4 addresses on the office network, where other PCs reach a `--lan` hub. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i !== undefined && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
}
