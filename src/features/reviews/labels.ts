// Small text helpers shared by the review pages.
import type { Review } from '../../domain/reviews.ts';
import type { LocaleKit } from '../../client/i18n.ts';

/** "2027-Q1 · Leadership review" */
export const reviewTitle = (kit: LocaleKit, r: Pick<Review, 'period' | 'forum'>) =>
  kit.t.reviews.title(r.period, kit.t.reviews.forum[r.forum]);

/** Names typed one per line or separated by commas (or semicolons). */
export function parseNames(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Field errors of list items (`attendees.2`) shown on the list's field (`attendees`). */
export function foldListErrors(errors: Record<string, string[]>, field: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(errors)) {
    const key = k.startsWith(`${field}.`) ? field : k;
    out[key] = [...(out[key] ?? []), ...v];
  }
  return out;
}
