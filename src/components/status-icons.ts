// The shapes that go with each status, so a badge never relies on colour alone.
import type { Status } from '../domain/status.ts';
import type { GoalState } from '../domain/schemas.ts';

export const STATUS_ICONS: Record<Status, string> = {
  not_started: '○',
  on_track: '●',
  at_risk: '▲',
  off_track: '▼',
  achieved: '★',
  missed: '✕',
};

export const STATE_ICONS: Record<Exclude<GoalState, 'open'>, string> = { achieved: '★', missed: '✕', dropped: '–', carried: '→' };
