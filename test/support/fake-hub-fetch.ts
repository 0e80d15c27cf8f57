/** A scripted hub for tests of main's hub calls: answers by method and path, and records each call. */
export type FakeCall = { method: string; url: string; headers: Record<string, string>; body: unknown };

export function fakeHubFetch(routes: Record<string, (body: unknown) => { status: number; json: unknown }>): {
  fetch: typeof fetch;
  calls: FakeCall[];
} {
  const calls: FakeCall[] = [];
  const fake = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, url: url.href, headers: { ...(init?.headers as Record<string, string>) }, body });
    const route = routes[`${method} ${url.pathname}`];
    if (!route) return Promise.reject(new TypeError('fetch failed'));
    const answer = route(body);
    return Promise.resolve(new Response(JSON.stringify(answer.json), { status: answer.status }));
  };
  return { fetch: fake, calls };
}
