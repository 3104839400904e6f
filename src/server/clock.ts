// The time the server reads (sessions, invites, rate limits, and "today" for reviews). Tests move it instead of
// faking timers, so expiry and rate-limit windows are tested against a real database.
let override: (() => Date) | null = null;

export const clock = (): Date => (override ? override() : new Date());

/** Tests only: make `clock()` return this instead of the real time; `null` restores it. */
export function setClock(fn: (() => Date) | null): void {
  override = fn;
}

/** The server's date (UTC), from `clock()`: what routes judge "today" by unless the client sends its own. */
export const serverToday = (): string => clock().toISOString().slice(0, 10);
