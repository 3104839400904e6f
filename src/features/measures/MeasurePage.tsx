// One measure: its target, progress, check-in form and history.
import { createResource, For, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import type { CheckIn, Goal, MeasureWithProgress } from '../../domain/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { FormMessage } from '../../components/Field.tsx';
import { createFormState } from '../../client/forms.ts';
import { pageId, useLocale, type LocaleKit } from '../../client/i18n.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { MeasureForm } from './MeasureForm.tsx';
import { canChangeGoal } from '../../client/session.ts';
import { ClosedGoalNote } from '../../components/ClosedGoalNote.tsx';
import { MeasureCounterweights } from './Counterweights.tsx';
import { SampleCheckInForm, SampleFacts, SegmentManager } from './SampleCheckIn.tsx';
import { SampleChart } from './SampleChart.tsx';
import { createCheckInEditor, EditCheckInButton, EditCheckInRow } from '../reviews/CheckInEdit.tsx';
import { MeasureStatusBadge, measureTone } from '../../components/StatusBadge.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { askConfirm, createInPlace, InPlaceForm } from '../../components/in-place.tsx';
import { ExportMenu } from '../../components/ExportMenu.tsx';

interface MeasureData {
  measure: MeasureWithProgress;
  goal: Goal;
  checkIns: CheckIn[];
}

async function load(id: string): Promise<MeasureData> {
  const [measure, checkIns] = await Promise.all([api.measures.get(id), api.measures.checkIns(id)]);
  return { measure, checkIns, goal: await api.goals.get(measure.goalId) };
}

export default function MeasurePage(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const id = pageId();
  const [data, { refetch }] = createResource(() => load(id));
  return (
    <Loaded data={data} t={kit.t} retry={refetch}>
      {(d) => <MeasureView kit={kit} data={d} refresh={refetch} />}
    </Loaded>
  );
}

function MeasureView(props: { kit: LocaleKit; data: MeasureData; refresh: () => void }) {
  const { t, fmt, href } = props.kit;
  const m = () => props.data.measure;
  const panel = createInPlace<'edit'>(`measure:${props.data.measure.id}`);
  const form = createFormState(t);
  // A closed goal's measures and check-ins are read-only (the server refuses with 409).
  const mayEdit = () => canChangeGoal(props.data.goal);
  const editor = createCheckInEditor();

  async function removeMeasure() {
    if (
      !(await askConfirm({
        title: t.common.confirmDelete(m().name),
        confirmLabel: t.common.delete,
        cancelLabel: t.common.cancel,
      }))
    )
      return;
    const ok = await form.run(async () => (await api.measures.remove(m().id, m().version), true));
    if (ok) location.href = href('/goal/', m().goalId);
  }

  async function removeCheckIn(c: CheckIn) {
    if (
      !(await askConfirm({
        title: t.common.confirmDelete(`${fmt.number(c.value)} (${fmt.date(c.date)})`),
        confirmLabel: t.common.delete,
        cancelLabel: t.common.cancel,
      }))
    )
      return;
    if (await form.run(async () => (await api.checkIns.remove(c.id, c.version), true))) props.refresh();
  }

  return (
    <article>
      <nav aria-label="breadcrumb" class="breadcrumb">
        <a href={href('/')}>{t.goals.breadcrumbVision}</a> ›{' '}
        <a href={href('/goal/', props.data.goal.id)}>{props.data.goal.title}</a>
      </nav>
      <header class="card">
        <h1>{m().name}</h1>
        <ExportMenu locale={props.kit.locale} view="check-ins" filters={{ measureId: m().id }} />
        <p class="meta">
          {t.measures.directions[m().direction]} · {t.measures.baselineToTarget}: {fmt.target(m())} ·{' '}
          {t.measures.frequencies[m().frequency]} · {t.measures.targetDate}: {fmt.date(m().targetDate)}
        </p>
        <Show when={m().purpose}>
          <p class="description">{m().purpose}</p>
        </Show>
        <ProgressBar progress={m().latest ? m().progress : null} tone={measureTone(m())} t={t} fmt={fmt} />{' '}
        <MeasureStatusBadge measure={m()} kit={props.kit} />
        <ClosedGoalNote kit={props.kit} goal={props.data.goal} />
        <Show when={m().smallSample}>
          {(c) => (
            <p class="badge warn small-sample-note">
              {t.measurement.smallSampleNewer(
                fmt.value(c().value, m().unit),
                fmt.date(c().date),
                fmt.number(c().sampleSize ?? 0),
              )}
            </p>
          )}
        </Show>
        <Show when={mayEdit()}>
          <div class="actions">
            <button type="button" {...panel.opener('edit')} onClick={(e) => panel.open('edit', e)}>
              {t.measures.edit}
            </button>
            <button type="button" class="danger" onClick={removeMeasure}>
              {t.measures.deleteMeasure}
            </button>
          </div>
        </Show>
      </header>
      <Show when={panel.is('edit')}>
        <InPlaceForm onClose={panel.close}>
          <MeasureForm
            kit={props.kit}
            goalId={m().goalId}
            measure={m()}
            onSaved={() => (panel.close(), props.refresh())}
            onCancel={panel.close}
          />
        </InPlaceForm>
      </Show>
      <MeasureCounterweights
        kit={props.kit}
        measure={m()}
        departmentId={props.data.goal.departmentId}
        closed={props.data.goal.state !== 'open'}
        refresh={props.refresh}
      />

      <Show when={mayEdit()}>
        <section aria-labelledby="checkin-heading">
          <h2 id="checkin-heading">{t.checkIns.record}</h2>
          <SampleCheckInForm kit={props.kit} measure={m()} checkIns={props.data.checkIns} onSaved={props.refresh} />
          <SegmentManager kit={props.kit} measure={m()} />
        </section>
      </Show>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t.checkIns.history}</h2>
        <FormMessage message={form.message()} />
        <Show when={props.data.checkIns.length} fallback={<p class="hint">{t.checkIns.none}</p>}>
          <SampleChart kit={props.kit} measure={m()} checkIns={props.data.checkIns} />
          <TableScroll label={t.checkIns.history}>
            <table class="history">
              <thead>
                <tr>
                  <th scope="col">{t.checkIns.date}</th>
                  <th scope="col" class="num">
                    {t.checkIns.value}
                  </th>
                  <th scope="col">{t.measurement.sample}</th>
                  <th scope="col">{t.checkIns.note}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t.common.delete}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={props.data.checkIns}>
                  {(c) => (
                    <>
                      <tr>
                        <td>{fmt.date(c.date)}</td>
                        <td class="num">{fmt.number(c.value)}</td>
                        <td>
                          <SampleFacts kit={props.kit} measure={m()} checkIn={c} />
                        </td>
                        <td>{c.note}</td>
                        <td>
                          <Show when={mayEdit()}>
                            <EditCheckInButton kit={props.kit} checkIn={c} editor={editor} />
                            <button
                              type="button"
                              class="link danger"
                              onClick={() => removeCheckIn(c)}
                              aria-label={`${t.checkIns.deleteCheckIn} ${fmt.date(c.date)}`}
                            >
                              {t.common.delete}
                            </button>
                          </Show>
                        </td>
                      </tr>
                      <EditCheckInRow
                        kit={props.kit}
                        checkIn={c}
                        measure={m()}
                        editor={editor}
                        columns={5}
                        onSaved={props.refresh}
                      />
                    </>
                  )}
                </For>
              </tbody>
            </table>
          </TableScroll>
        </Show>
      </section>
    </article>
  );
}
