import { progressBand } from '../domain/progress.ts';
import type { Formatters, Messages } from '../i18n/index.ts';

/** Progress as a labelled meter with its band's colour; "no data" when nothing is measurable. */
export function ProgressBar(props: { progress: number | null; t: Messages; fmt: Formatters; label?: string }) {
  const band = () => progressBand(props.progress);
  return (
    <span class={`progress band-${band()}`}>
      <span
        class="progress-track"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={props.progress === null ? undefined : Math.round(props.progress * 100)}
        aria-valuetext={`${props.fmt.progress(props.progress, props.t.common.noData)}, ${props.t.bands[band()]}`}
        aria-label={props.label ?? props.t.common.progress}
      >
        <span class="progress-fill" style={{ width: `${Math.round((props.progress ?? 0) * 100)}%` }} />
      </span>
      <span class="progress-text">{props.fmt.progress(props.progress, props.t.common.noData)}</span>
    </span>
  );
}
