// The goal page's measurement panels use the form helpers, which carry zod (~30 KB gzip): load
// them after the page has drawn, as src/features/lazy.ts does for the forms.
import { lazy } from 'solid-js';

export const LibraryMeasureForm = lazy(() => import('./LibraryMeasureForm.tsx').then((m) => ({ default: m.LibraryMeasureForm })));
export const GoalCounterweights = lazy(() => import('./Counterweights.tsx').then((m) => ({ default: m.GoalCounterweights })));
export const Practices = lazy(() => import('./Practices.tsx').then((m) => ({ default: m.Practices })));
