import { progressBand } from '../domain/progress.ts';
import type { Formatters, Messages } from '../i18n/index.ts';

/** Progress as a labelled meter with its band's colour; "no data" when nothing is measurable. */
export function ProgressBar(props: { progress: number | null; t: Messages; fmt: Formatters; label?: string }) {
  const band = () => progressBand(props.progress);
  return (
    <span class={`progress band-${band()}`}>
      <span
        class="progress-track"
        // A meter needs a value: without data it is an image named "Progress: no data".
        role={props.progress === null ? 'img' : 'meter'}
        aria-valuemin={props.progress === null ? undefined : 0}
        aria-valuemax={props.progress === null ? undefined : 100}
        aria-valuenow={props.progress === null ? undefined : Math.round(props.progress * 100)}
        aria-valuetext={props.progress === null ? undefined : `${props.fmt.progress(props.progress, props.t.common.noData)}, ${props.t.bands[band()]}`}
        aria-label={props.progress === null ? `${props.label ?? props.t.common.progress}: ${props.t.common.noData}` : (props.label ?? props.t.common.progress)}
      >
        <span class="progress-fill" style={{ width: `${Math.round((props.progress ?? 0) * 100)}%` }} />
      </span>
      <span class="progress-text">{props.fmt.progress(props.progress, props.t.common.noData)}</span>
    </span>
  );
}
