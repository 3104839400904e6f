import type { Config } from '@netlify/functions';
import { libraryPick, measureInput } from '../../src/domain/schemas.ts';
import { findKpi, libraryMeasureDefaults } from '../../src/domain/kpi-library.ts';
import { DEFAULT_LOCALE, localeInfo } from '../../src/i18n/locales.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { createMeasure, getGoalMeasures } from '../../src/server/measures.ts';

export default route({
  GET: ({ sql, params }) => getGoalMeasures(sql, params.id!),
  // `{ libraryKey, locale?, ...overrides }` fills the measure from the KPI library; sent fields win.
  POST: async ({ sql, params, body }) => {
    const { libraryKey, locale } = validate(libraryPick, body);
    const { locale: _locale, ...fields } = body as Record<string, unknown>;
    const entry = libraryKey ? findKpi(libraryKey) : undefined;
    // The entry's name and purpose in the asked language, from its module.
    const texts = entry && (await localeInfo(locale ?? DEFAULT_LOCALE).load()).kpi[entry.key];
    const draft = entry ? { ...libraryMeasureDefaults(entry, texts), ...fields } : fields;
    return json(await createMeasure(sql, params.id!, validate(measureInput, draft)), 201);
  },
});

export const config: Config = { path: '/api/goals/:id/measures' };
