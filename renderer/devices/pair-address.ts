type Where = { protocol: string; hostname: string; host: string; port: string };

/**
 * Where another PC opens the pairing screen. A manager on the hub's own PC reaches it on
 * loopback, an address no other PC can use; then the hub's own LAN addresses are offered, and
 * when it has none to offer only the port is known (null address).
 */
export function pairAddress(
  where: Where,
  hubAddresses: readonly string[],
): { url: string | null; port: string } {
  const port = where.port || (where.protocol === 'https:' ? '443' : '80');
  const loopback = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(where.hostname);
  if (!loopback) return { url: `${where.protocol}//${where.host}/pair`, port };
  const lan = hubAddresses.map((address) => `${where.protocol}//${address}:${port}/pair`);
  return { url: lan.length > 0 ? lan.join('  ·  ') : null, port };
}
