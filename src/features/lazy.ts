// Forms carry zod (~30 KB gzip). Pages that mostly show things load a form when it opens.
import { lazy } from 'solid-js';

export const GoalForm = lazy(() => import('./goals/GoalForm.tsx').then((m) => ({ default: m.GoalForm })));
export const MeasureForm = lazy(() => import('./measures/MeasureForm.tsx').then((m) => ({ default: m.MeasureForm })));
export const VisionForm = lazy(() => import('./tree/VisionForm.tsx').then((m) => ({ default: m.VisionForm })));
export const DeleteGoal = lazy(() => import('./goals/DeleteGoal.tsx').then((m) => ({ default: m.DeleteGoal })));
