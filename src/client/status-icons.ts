// The shapes that go with each status, so a badge never relies on colour alone.
import type { Status, Tone } from '../domain/status.ts';
import type { GoalState } from '../domain/schemas.ts';

export const STATUS_ICONS: Record<Status, string> = {
  not_started: '○',
  on_track: '●',
  at_risk: '▲',
  off_track: '▼',
  achieved: '★',
  missed: '✕',
};

export const STATE_ICONS: Record<Exclude<GoalState, 'open'>, string> = {
  achieved: '★',
  missed: '✕',
  dropped: '–',
  carried: '→',
};

/** The shape of every tone (a status, or a closed goal's outcome) on bars, nodes and pills. */
export const TONE_ICONS: Record<Tone, string> = {
  ...STATUS_ICONS,
  dropped: STATE_ICONS.dropped,
  carried: STATE_ICONS.carried,
};
