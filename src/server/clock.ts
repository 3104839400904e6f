// The time the account code reads (sessions, invites, rate limits). Tests move it instead of
// faking timers, so expiry and rate-limit windows are tested against a real database.
let override: (() => Date) | null = null;

export const clock = (): Date => (override ? override() : new Date());

/** Tests only: make `clock()` return this instead of the real time; `null` restores it. */
export function setClock(fn: (() => Date) | null): void {
  override = fn;
}
