import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { reviewMarkdown } from '../../src/domain/review-export.ts';
import { DEFAULT_LOCALE, localeInfo } from '../../src/i18n/locales.ts';
import { libraryLocale } from '../../src/domain/schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { readAgenda } from '../../src/server/reviews.ts';
import { says } from '../../src/domain/problem.ts';

const exportQuery = z.strictObject({
  download: z.enum(['0', '1'], { error: says('request.download') }).optional(),
  /** The labels' language (the UI's locale); English by default. */
  locale: libraryLocale.optional(),
});

export default route({
  GET: async ({ sql, params, url }) => {
    const { download, locale } = validate(exportQuery, Object.fromEntries(url.searchParams));
    const agenda = await readAgenda(sql, params.id!);
    const headers: Record<string, string> = {
      'content-type': 'text/markdown; charset=utf-8',
      'cache-control': 'no-store',
    };
    if (download === '1')
      headers['content-disposition'] =
        `attachment; filename="review-${agenda.review.period}-${agenda.review.meetingDate}.md"`;
    // The labels come from the asked language's module, its numbers from its Intl tag.
    const lang = localeInfo(locale ?? DEFAULT_LOCALE);
    return new Response(reviewMarkdown(agenda, { labels: (await lang.load()).markdown, tag: lang.tag }), {
      status: 200,
      headers,
    });
  },
});

export const config: Config = { path: '/api/reviews/:id/export.md' };
