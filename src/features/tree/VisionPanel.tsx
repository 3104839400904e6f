import { createSignal, Show, Suspense } from 'solid-js';
import type { Vision } from '../../domain/types.ts';
import { VisionForm } from '../lazy.ts';
import type { LocaleKit } from '../../components/i18n.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';

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
          <Suspense fallback={<p class="hint">{t.common.loading}</p>}>
            <VisionForm kit={props.kit} vision={props.vision} onSaved={() => (setEditing(false), props.onSaved())} onCancel={() => setEditing(false)} />
          </Suspense>
        }
      >
        {(vision) => (
          <>
            <blockquote class="statement">{vision().statement}</blockquote>
            <p class="meta">{t.vision.horizon(vision().horizonYear)}</p>
            <div class="rollup">
              <span>{t.vision.rollUp}</span>
              <ProgressBar progress={props.progress} t={t} fmt={fmt} label={t.vision.rollUp} />
            </div>
            <button type="button" onClick={() => setEditing(true)}>{t.vision.edit}</button>
          </>
        )}
      </Show>
    </section>
  );
}
