// The goal's quality-assurance form, for printing (seed 000): the practices as rows, one column per
// listened contact, a last row "every practice done". Its tally is what a QA-compliance measure
// records: k of n sampled contacts did every practice.
import { createResource, createSignal, For, Index, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import type { Goal, MeasureWithProgress, Practice } from '../../domain/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { pageId, useLocale } from '../../client/i18n.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';

interface QaData {
  goal: Goal;
  practices: Practice[];
  measures: MeasureWithProgress[];
}

async function load(id: string): Promise<QaData> {
  const [goal, practices, measures] = await Promise.all([
    api.goals.get(id),
    api.practices.list(id),
    api.goals.measures(id),
  ]);
  return { goal, practices: [...practices].sort((a, b) => a.position - b.position), measures };
}

export const CONTACT_COLUMNS = [5, 10, 15] as const;

export default function QaFormPage(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t, href } = kit;
  const tm = t.measurement;
  const id = pageId();
  const [data, { refetch }] = createResource(() => load(id));
  const [columns, setColumns] = createSignal(10);

  return (
    <Loaded data={data} t={t} retry={refetch}>
      {(d) => {
        const qa = d.measures.find((m) => m.libraryKey === 'qa_compliance');
        return (
          <article class="qa-sheet">
            <nav aria-label="breadcrumb" class="breadcrumb no-print">
              <a href={href('/goal/', d.goal.id)}>{tm.backToGoal}</a>
            </nav>
            <h1>{tm.qaTitle}</h1>
            <p class="qa-goal">{tm.qaGoal(d.goal.title)}</p>
            <div class="no-print qa-controls">
              <label for="qa-columns">{tm.contactsPerSheet}</label>{' '}
              <select id="qa-columns" onChange={(e) => setColumns(Number(e.currentTarget.value))}>
                <For each={CONTACT_COLUMNS}>
                  {(n) => (
                    <option value={n} selected={n === columns()}>
                      {n}
                    </option>
                  )}
                </For>
              </select>{' '}
              <button type="button" class="primary" onClick={() => window.print()} disabled={d.practices.length === 0}>
                {tm.print}
              </button>
            </div>
            <Show when={d.practices.length} fallback={<p class="notice">{tm.noPracticesToPrint}</p>}>
              <dl class="qa-fields">
                <For each={[tm.agent, tm.reviewer, tm.period, tm.channel]}>
                  {(label) => (
                    <div>
                      <dt>{label}</dt>
                      <dd />
                    </div>
                  )}
                </For>
              </dl>
              <p class="hint">{tm.qaInstructions}</p>
              <TableScroll label={tm.qaGoal(d.goal.title)}>
                <table class="qa-table">
                  <caption class="visually-hidden">{tm.qaGoal(d.goal.title)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{tm.practice}</th>
                      <Index each={Array.from({ length: columns() })}>
                        {(_, i) => (
                          <th scope="col" class="box-col">
                            <span aria-hidden="true">{i + 1}</span>
                            <span class="visually-hidden">{tm.contact(i + 1)}</span>
                          </th>
                        )}
                      </Index>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={d.practices}>
                      {(p, row) => (
                        <tr>
                          <th scope="row">
                            {row() + 1}. {p.text}
                          </th>
                          <Index each={Array.from({ length: columns() })}>{() => <td class="box" />}</Index>
                        </tr>
                      )}
                    </For>
                    <tr class="every">
                      <th scope="row">{tm.everyPractice}</th>
                      <Index each={Array.from({ length: columns() })}>{() => <td class="box" />}</Index>
                    </tr>
                  </tbody>
                </table>
              </TableScroll>
              <p class="qa-tally">{tm.qaTally}</p>
              <p class="hint">{qa ? tm.qaRecordIn(qa.name) : tm.qaRecordNew}</p>
            </Show>
          </article>
        );
      }}
    </Loaded>
  );
}
