// The user's calendar date. Statuses are judged on the day the person sees on their own clock,
// not the UTC date (late in the evening east of Greenwich the two differ).
const pad = (n: number) => String(n).padStart(2, '0');

/** Today as `YYYY-MM-DD` in the browser's time zone. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
