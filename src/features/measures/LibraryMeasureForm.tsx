// "Add measure" with the KPI library: a searchable, grouped library above the measure form.
// Picking an entry fills the form (name, unit, direction, frequency, purpose, influence ring,
// quality levels, sampling); every field stays editable, and the measure remembers its library key.
import { createResource, createSignal, For, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import type { KpiDefinition, Measure } from '../../domain/types.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { MeasureForm } from './MeasureForm.tsx';
import { draftFromLibrary, searchLibrary } from './library-groups.ts';

export function LibraryMeasureForm(props: {
  kit: LocaleKit;
  goalId: string;
  goalDueDate?: string;
  onSaved: (m: Measure) => void;
  onCancel?: () => void;
}) {
  const tm = props.kit.t.measurement;
  const [open, setOpen] = createSignal(false);
  const [picked, setPicked] = createSignal<{ entry: KpiDefinition | null }>({ entry: null });
  let status: HTMLParagraphElement | undefined;

  function pick(entry: KpiDefinition | null) {
    setPicked({ entry });
    setOpen(false);
    // The form is rebuilt with the library's values: move the reader to it.
    queueMicrotask(() => status?.focus());
  }

  return (
    <div class="library-measure">
      <div class="actions">
        <button type="button" aria-expanded={open()} aria-controls="kpi-library" onClick={() => setOpen(!open())}>
          {open() ? tm.closeLibrary : tm.openLibrary}
        </button>
        <Show when={picked().entry}>
          <button type="button" class="link" onClick={() => pick(null)}>
            {tm.ownMeasure}
          </button>
        </Show>
      </div>
      <Show when={open()}>
        <LibraryPicker kit={props.kit} onPick={pick} />
      </Show>
      <p class="hint picked" tabindex="-1" ref={status} role="status">
        {picked().entry ? tm.picked(props.kit.t.kpi[picked().entry!.key].name) : ''}
      </p>
      {/* keyed: a new pick rebuilds the form with the entry's values */}
      <Show when={picked()} keyed>
        {(p) => (
          <MeasureForm
            kit={props.kit}
            goalId={props.goalId}
            goalDueDate={props.goalDueDate}
            defaults={
              p.entry ? (draftFromLibrary(p.entry, props.kit.t.kpi[p.entry.key]) as Partial<Measure>) : undefined
            }
            libraryName={p.entry ? props.kit.t.kpi[p.entry.key].name : undefined}
            onSaved={props.onSaved}
            onCancel={props.onCancel}
          />
        )}
      </Show>
    </div>
  );
}

/** The library, grouped and searchable by name in the reader's language; each entry with its definition. */
export function LibraryPicker(props: { kit: LocaleKit; onPick: (entry: KpiDefinition) => void }) {
  const { t } = props.kit;
  const tm = t.measurement;
  const [library, { refetch }] = createResource(api.kpiLibrary.list);
  const [query, setQuery] = createSignal('');
  const groups = () => searchLibrary(library() ?? [], query(), t.kpi);
  const count = () => groups().reduce((n, g) => n + g.entries.length, 0);
  const names = (keys: readonly string[]) =>
    keys.map((k) => (t.kpi as Record<string, { name: string } | undefined>)[k]?.name ?? k).join(` ${tm.or} `);

  return (
    <section id="kpi-library" class="card kpi-library" aria-labelledby="kpi-library-title">
      <h3 id="kpi-library-title">{tm.libraryTitle}</h3>
      <p class="hint">{tm.libraryIntro}</p>
      <div class="field">
        <label for="kpi-search">{tm.search}</label>
        <input
          id="kpi-search"
          type="search"
          autocomplete="off"
          aria-describedby="kpi-search-hint kpi-search-count"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <p class="hint" id="kpi-search-hint">
          {tm.searchHint}
        </p>
      </div>
      <Show
        when={!library.error}
        fallback={
          <p class="notice" role="alert">
            {t.common.loadFailed}{' '}
            <button type="button" onClick={refetch}>
              {t.common.retry}
            </button>
          </p>
        }
      >
        <Show when={library()} fallback={<p class="hint">{t.common.loading}</p>}>
          <p class="visually-hidden" id="kpi-search-count" aria-live="polite">
            {tm.matches(count())}
          </p>
          <Show when={count() > 0} fallback={<p class="hint">{tm.noMatches}</p>}>
            <For each={groups()}>
              {(g) => (
                <section class="kpi-group" aria-labelledby={`kpi-group-${g.group}`}>
                  <h4 id={`kpi-group-${g.group}`}>{tm.groups[g.group]}</h4>
                  <ul class="kpi-list">
                    <For each={g.entries}>
                      {(k) => (
                        <li class="kpi-card">
                          <div class="row-between">
                            <strong class="kpi-name">{t.kpi[k.key].name}</strong>
                            <button
                              type="button"
                              class="primary"
                              aria-label={tm.useNamed(t.kpi[k.key].name)}
                              onClick={() => props.onPick(k)}
                            >
                              {tm.use}
                            </button>
                          </div>
                          <p class="meta">
                            {k.unit === '%' ? '%' : t.measures.units[k.unit]} · {t.measures.directions[k.direction]} ·{' '}
                            {tm.updated(t.measures.frequencies[k.frequency])} ·{' '}
                            <span class={`ring-tag ring-${k.influence}`}>{tm.rings[k.influence]}</span>
                          </p>
                          <p class="kpi-definition">{t.kpi[k.key].definition}</p>
                          <Show when={k.gameable && k.counterweights.length}>
                            <p class="meta">⚖ {tm.suggestedCounterweights(names(k.counterweights))}</p>
                          </Show>
                          <details>
                            <summary>{tm.formulaAndSource}</summary>
                            <dl>
                              <dt>{tm.formula}</dt>
                              <dd>{t.kpi[k.key].formula}</dd>
                              <dt>{tm.dataSource}</dt>
                              <dd>{t.kpi[k.key].dataSource}</dd>
                            </dl>
                          </details>
                        </li>
                      )}
                    </For>
                  </ul>
                </section>
              )}
            </For>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
