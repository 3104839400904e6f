// A goal's history: every audited change to the goal, its measures and check-ins, newest first.
// Collapsed by default; the log is read only when the person opens it.
import { createSignal, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import type { AuditEntry } from '../../domain/accounts.ts';
import type { Tree } from '../../domain/types.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { AuditEntries } from './AuditEntries.tsx';

const PAGE = 20;

export function GoalHistory(props: {
  kit: LocaleKit;
  goalId: string;
  tree: Pick<Tree, 'departments' | 'goals' | 'measures'>;
}) {
  const { t } = props.kit;
  const [entries, setEntries] = createSignal<AuditEntry[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [state, setState] = createSignal<'idle' | 'loading' | 'loaded' | 'failed'>('idle');

  async function load(more = false) {
    setState('loading');
    try {
      const page = await api.audit({
        goalId: props.goalId,
        limit: PAGE,
        cursor: more ? (cursor() ?? undefined) : undefined,
      });
      setEntries(more ? [...entries(), ...page.entries] : page.entries);
      setCursor(page.nextCursor);
      setState('loaded');
    } catch {
      setState('failed');
    }
  }

  return (
    <details
      class="card goal-history"
      onToggle={(e) => {
        if (e.currentTarget.open && state() === 'idle') void load();
      }}
    >
      <summary>
        <h2>{t.accounts.history}</h2>
      </summary>
      <p class="hint">{t.accounts.historyIntro}</p>
      <Show when={state() === 'failed'}>
        <div class="notice" role="alert">
          <p>{t.common.loadFailed}</p>
          <button type="button" onClick={() => void load(entries().length > 0)}>
            {t.common.retry}
          </button>
        </div>
      </Show>
      <Show
        when={entries().length}
        fallback={
          <p class="hint" aria-live="polite">
            {state() === 'loaded' ? t.accounts.noHistory : state() === 'loading' ? t.common.loading : ''}
          </p>
        }
      >
        <AuditEntries kit={props.kit} entries={entries()} names={props.tree} />
      </Show>
      <Show when={cursor() && state() !== 'failed'}>
        <button type="button" disabled={state() === 'loading'} onClick={() => void load(true)}>
          {t.accounts.older}
        </button>
      </Show>
    </details>
  );
}
