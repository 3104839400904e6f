import { Show, Suspense } from 'solid-js';
import type { Vision } from '../../domain/types.ts';
import { VisionForm } from '../lazy.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { can } from '../../client/session.ts';
import { createInPlace, InPlaceForm } from '../../components/in-place.tsx';

/** The vision statement and its roll-up; leadership writes and edits it here. */
export function VisionPanel(props: {
  kit: LocaleKit;
  vision: Vision | null;
  progress: number | null;
  onSaved: () => void;
}) {
  const { t, fmt } = props.kit;
  const panel = createInPlace<'edit'>('vision');

  return (
    <section class="vision card" aria-labelledby="vision-heading">
      <h1 id="vision-heading">{t.vision.title}</h1>
      <Show
        when={!panel.is('edit') && props.vision}
        fallback={
          // Only admins write the vision; others see that there is none yet.
          <Show when={can('write')} fallback={<p class="hint">{t.vision.empty}</p>}>
            <InPlaceForm onClose={panel.close} autofocus={panel.is('edit')}>
              <Suspense fallback={<p class="hint">{t.common.loading}</p>}>
                <VisionForm
                  kit={props.kit}
                  vision={props.vision}
                  onSaved={() => (panel.close(), props.onSaved())}
                  onCancel={panel.close}
                />
              </Suspense>
            </InPlaceForm>
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
              <button type="button" {...panel.opener('edit')} onClick={(e) => panel.open('edit', e)}>
                {t.vision.edit}
              </button>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
