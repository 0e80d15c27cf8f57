/** What a request carries: a session token, a device token, and whether it came from the hub's PC. */
export type Credentials = { session: string | null; device: string | null; local: boolean };
