// Forms carry zod (~30 KB gzip). Pages that mostly show things load a form when it opens.
import { lazy } from 'solid-js';

export const GoalForm = lazy(() => import('./goals/GoalForm.tsx').then((m) => ({ default: m.GoalForm })));
export const MeasureForm = lazy(() => import('./measures/MeasureForm.tsx').then((m) => ({ default: m.MeasureForm })));
export const VisionForm = lazy(() => import('./overview/VisionForm.tsx').then((m) => ({ default: m.VisionForm })));
export const DeleteGoal = lazy(() => import('./goals/DeleteGoal.tsx').then((m) => ({ default: m.DeleteGoal })));
// The goal page's measurement panels use the form helpers too: load them after the page has drawn.
export const LibraryMeasureForm = lazy(() =>
  import('./measures/LibraryMeasureForm.tsx').then((m) => ({ default: m.LibraryMeasureForm })),
);
export const GoalCounterweights = lazy(() =>
  import('./measures/Counterweights.tsx').then((m) => ({ default: m.GoalCounterweights })),
);
export const Practices = lazy(() => import('./measures/Practices.tsx').then((m) => ({ default: m.Practices })));
