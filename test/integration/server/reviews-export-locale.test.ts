// The review's Markdown export in the UI's language: `?locale=sv` gives Swedish labels, English
// stays the default, and anything else is refused with problem+json.
import { describe, expect, test } from 'vitest';
import reviewsFn from '../../../netlify/functions/reviews.mts';
import reviewExportFn from '../../../netlify/functions/review-export.mts';
import { api } from '../../../src/client/api.ts';
import { call, createDepartment, createGoal, expectProblem, freshDatabase } from '../helpers.ts';
import { asAdmin } from '../sign-in.ts';

await freshDatabase();

async function review(department?: string): Promise<string> {
  const d = await createDepartment(department);
  await createGoal(d.id, {
    title: 'Fler lösta vid första kontakten',
    startDate: '2027-01-01',
    dueDate: '2027-12-31',
    reviewDate: '2027-03-15',
  });
  const res = await call(reviewsFn, 'POST', '/api/reviews', {
    body: { period: '2027-Q1', meetingDate: '2027-03-31', forum: 'team_huddle', attendees: ['Ana Berg'] },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const exportOf = async (id: string, query: string) => {
  const res = await reviewExportFn(
    new Request(`http://localhost/api/reviews/${id}/export.md${query}`, { headers: await asAdmin() }),
    { params: { id } },
  );
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition'),
    text: await res.text(),
  };
};

describe('GET /api/reviews/{id}/export.md?locale=', () => {
  test('Swedish labels with locale=sv, English by default', async () => {
    const id = await review('Kundtjänst');
    const sv = await exportOf(id, '?locale=sv&download=1');
    expect(sv.status).toBe(200);
    expect(sv.type).toContain('text/markdown');
    expect(sv.disposition).toContain('attachment');
    expect(sv.text).toContain('# Uppföljningsmöte 2027-Q1: Teamavstämning');
    expect(sv.text).toContain('- Deltagare: Ana Berg');
    expect(sv.text).toContain('## Kundtjänst');
    const en = await exportOf(id, '');
    expect(en.text).toContain('# Review 2027-Q1: Team huddle');
    expect((await exportOf(id, '?locale=en')).text).toBe(en.text);
  });

  test('an unknown locale is refused with problem+json', async () => {
    const id = await review();
    const res = await call(reviewExportFn, 'GET', `/api/reviews/${id}/export.md?locale=fr`, { params: { id } });
    expectProblem(res, 400, 'locale');
  });

  test('the client builds the URL with the locale only when it is not English', () => {
    expect(api.reviews.exportUrl('r1', true, 'sv')).toBe('/api/reviews/r1/export.md?download=1&locale=sv');
    expect(api.reviews.exportUrl('r1', false, 'sv')).toBe('/api/reviews/r1/export.md?locale=sv');
    expect(api.reviews.exportUrl('r1', true, 'en')).toBe('/api/reviews/r1/export.md?download=1');
  });
});
