import type { Tone } from '../domain/status.ts';
import type { Formatters, Messages } from '../i18n/index.ts';
import { TONE_ICONS } from '../client/status-icons.ts';

/**
 * Progress as a labelled meter. The fill's colour and the mark before the number are the
 * status (or a closed goal's outcome), from src/domain/status.ts, never the progress number:
 * a missed goal at 90 % is not green. The bar's length is the progress. `tone` null (the vision,
 * which has no dates to judge) draws a neutral bar. "no data" when nothing is measurable.
 */
export function ProgressBar(props: {
  progress: number | null;
  tone: Tone | null;
  t: Messages;
  fmt: Formatters;
  label?: string;
}) {
  const word = () => {
    const tone = props.tone;
    if (tone === null) return null;
    return tone === 'dropped' || tone === 'carried' ? props.t.reviews.goalState[tone] : props.t.reviews.status[tone];
  };
  const text = () => props.fmt.progress(props.progress, props.t.common.noData);
  return (
    <span class={`progress tone-${props.tone ?? 'none'}`} data-tone={props.tone ?? 'none'}>
      <span
        class="progress-track"
        // A meter needs a value: without data it is an image named "Progress: no data".
        role={props.progress === null ? 'img' : 'meter'}
        aria-valuemin={props.progress === null ? undefined : 0}
        aria-valuemax={props.progress === null ? undefined : 100}
        aria-valuenow={props.progress === null ? undefined : Math.round(props.progress * 100)}
        aria-valuetext={props.progress === null ? undefined : word() ? `${text()}, ${word()}` : text()}
        aria-label={
          props.progress === null
            ? `${props.label ?? props.t.common.progress}: ${[text(), word()].filter(Boolean).join(', ')}`
            : (props.label ?? props.t.common.progress)
        }
      >
        <span class="progress-fill" style={{ width: `${Math.round((props.progress ?? 0) * 100)}%` }} />
      </span>
      <span class="progress-text">
        {props.tone !== null && (
          <span class="progress-mark" aria-hidden="true">
            {TONE_ICONS[props.tone]}
          </span>
        )}
        <span class="progress-value">{text()}</span>
      </span>
    </span>
  );
}
