type Where = { protocol: string; hostname: string; host: string; port: string };

/**
 * Where another PC opens the pairing screen. A manager on the hub's own PC reaches it on
 * loopback, an address no other PC can use, so then only the port is known (null address).
 */
export function pairAddress(where: Where): { url: string | null; port: string } {
  const port = where.port || (where.protocol === 'https:' ? '443' : '80');
  const loopback = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(where.hostname);
  return { url: loopback ? null : `${where.protocol}//${where.host}/pair`, port };
}
