import { createSignal, Show, Suspense } from 'solid-js';
import type { Vision } from '../../domain/types.ts';
import { VisionForm } from '../lazy.ts';
import type { LocaleKit } from '../../components/i18n.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { can } from '../../client/session.ts';

/** The vision statement and its roll-up; leadership writes and edits it here. */
export function VisionPanel(props: { kit: LocaleKit; vision: Vision | null; progress: number | null; onSaved: () => void }) {
  const { t, fmt } = props.kit;
  const [editing, setEditing] = createSignal(false);

  return (
    <section class="vision card" aria-labelledby="vision-heading">
      <h1 id="vision-heading">{t.vision.title}</h1>
      <Show
        when={!editing() && props.vision}
        fallback={
          // Only admins write the vision; others see that there is none yet.
          <Show when={can('write')} fallback={<p class="hint">{t.vision.empty}</p>}>
            <Suspense fallback={<p class="hint">{t.common.loading}</p>}>
              <VisionForm kit={props.kit} vision={props.vision} onSaved={() => (setEditing(false), props.onSaved())} onCancel={() => setEditing(false)} />
            </Suspense>
          </Show>
        }
      >
        {(vision) => (
          <>
            <blockquote class="statement">{vision().statement}</blockquote>
            <p class="meta">{t.vision.horizon(vision().horizonYear)}</p>
            <div class="rollup">
              <span>{t.vision.rollUp}</span>
              <ProgressBar progress={props.progress} tone={null} t={t} fmt={fmt} label={t.vision.rollUp} />
            </div>
            <Show when={can('write')}>
              <button type="button" onClick={() => setEditing(true)}>{t.vision.edit}</button>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
