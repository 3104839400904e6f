// The measure page's check-in form, adapted to the measure (issue 4, seed 002):
// NPS → promoter/passive/detractor counts (the value is computed, never typed); shares → k of n
// or a value with n; survey scores → a value with n; segmented measures → a value and a volume per
// segment. A live preview shows the value, its margin or 95 % interval, a too-small sample and
// whether the change from the last check-in is within noise — with the server's own formulas.
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { api, type SampledCheckInDraft } from '../../client/api.ts';
import { checkInSampleInput } from '../../domain/schemas.ts';
import type { CheckIn, MeasureWithProgress, Segment } from '../../domain/types.ts';
import { FormMessage, TextField } from '../../components/Field.tsx';
import { createFormState, parseNumber, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { previewSample, sampleModes, type Preview, type SampleMode } from './sample-preview.ts';
import { createSegments, segmentsChanged } from './segments-store.ts';
import { askConfirm } from '../../components/in-place.tsx';

export function SampleCheckInForm(props: {
  kit: LocaleKit;
  measure: MeasureWithProgress;
  checkIns: CheckIn[];
  onSaved: () => void;
}) {
  const { t, fmt } = props.kit;
  const tm = t.measurement;
  const m = () => props.measure;
  const [segments] = createSegments(() => props.measure.id);
  const modes = createMemo(() => sampleModes(m(), (segments()?.length ?? 0) > 0));
  const [chosen, setChosen] = createSignal<SampleMode | null>(null);
  // The latest check-in by date is what a new one is compared with, and how it was recorded is the default.
  const previous = () =>
    [...props.checkIns].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0] ?? null;
  const mode = () => {
    const c = chosen() ?? (previous()?.segments.length ? 'segments' : null);
    return c && modes().includes(c) ? c : modes()[0]!;
  };
  const form = createFormState(t);
  const today = new Date().toISOString().slice(0, 10);
  const [values, setValues] = createSignal<Record<string, string>>({});
  /** k and n in the measure's own words (CSAT: satisfied answers of answers; QA: contacts that did every practice of those sampled). */
  const share = () =>
    (tm.shareLabels as Record<string, { k: string; n: string } | undefined>)[m().libraryKey ?? ''] ?? {
      k: tm.successes,
      n: tm.sampleSize,
    };
  const unit = () => (m().unit === '%' ? '%' : t.measures.units[m().unit]);

  const draft = (v: Record<string, string>, segs: readonly Segment[]): SampledCheckInDraft => {
    const num = (k: string) => parseNumber(v[k]);
    const base = { date: v.date ?? '', note: v.note ?? '' };
    switch (mode()) {
      case 'nps':
        return { ...base, promoters: num('promoters'), passives: num('passives'), detractors: num('detractors') };
      case 'kOfN':
        return { ...base, successes: num('successes'), sampleSize: num('sampleSize') };
      case 'valueN':
        return { ...base, value: num('value'), sampleSize: num('sampleSize') };
      case 'segments':
        return {
          ...base,
          ...(v.sampleSize !== undefined ? { sampleSize: num('sampleSize') } : {}),
          segments: segs.map((s, i) => ({
            segmentId: s.id,
            value: num(`segments.${i}.value`) as number,
            volume: num(`segments.${i}.volume`) as number,
          })),
        };
      case 'plain':
        return { ...base, value: num('value') };
    }
  };

  const preview = createMemo<Preview>(() => {
    const v = values();
    const num = (k: string) => parseNumber(v[k]);
    const segs = segments() ?? [];
    return previewSample(
      m(),
      mode(),
      {
        value: num('value'),
        sampleSize: num('sampleSize'),
        promoters: num('promoters'),
        passives: num('passives'),
        detractors: num('detractors'),
        successes: num('successes'),
        segments: segs.map((_, i) => ({ value: num(`segments.${i}.value`), volume: num(`segments.${i}.volume`) })),
      },
      previous()?.interval ?? null,
    );
  });

  // A sample below the minimum is saved only after an explicit confirmation (in the page, not a
  // browser dialog): it is stored and flagged, and does not set progress or status.
  const [pending, setPending] = createSignal<{ el: HTMLFormElement; draft: SampledCheckInDraft } | null>(null);
  let confirmButton: HTMLButtonElement | undefined;

  async function save(el: HTMLFormElement, valid: SampledCheckInDraft) {
    if (await form.run(() => api.samples.addCheckIn(m().id, valid))) {
      setPending(null);
      el.reset();
      setValues({});
      props.onSaved();
    }
  }

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const valid = form.check(checkInSampleInput, draft(readForm(el), segments() ?? []));
    if (!valid) return;
    if (preview().belowMin) {
      setPending({ el, draft: { ...valid, acceptSmallSample: true } });
      queueMicrotask(() => confirmButton?.focus());
      return;
    }
    await save(el, valid);
  }

  const onInput = (e: InputEvent & { currentTarget: HTMLFormElement }) => (
    setPending(null),
    setValues(readForm(e.currentTarget))
  );
  const n = (k: string, label: string, hint?: string) => (
    <TextField name={k} label={label} errors={form.errors()} hint={hint} required />
  );
  const wantsN = () => m().survey || m().sampleKind === 'share';

  return (
    <form class="card form sample-form" onSubmit={submit} onInput={onInput} novalidate>
      <Show when={modes().length > 1}>
        <fieldset class="modes">
          <legend>{tm.recordAs}</legend>
          <For each={modes()}>
            {(x) => (
              <label>
                <input
                  type="radio"
                  name="mode"
                  value={x}
                  checked={mode() === x}
                  onChange={() => (setChosen(x), form.setMessage(null))}
                />{' '}
                {tm.modes[x]}
              </label>
            )}
          </For>
        </fieldset>
      </Show>
      <Switch>
        <Match when={mode() === 'nps'}>
          <div class="row">
            {n('promoters', tm.promoters)}
            {n('passives', tm.passives)}
            {n('detractors', tm.detractors)}
          </div>
          <p class="hint">{tm.npsHint}</p>
        </Match>
        <Match when={mode() === 'kOfN'}>
          <div class="row">
            {n('successes', share().k)}
            {n('sampleSize', share().n)}
          </div>
        </Match>
        <Match when={mode() === 'valueN'}>
          <div class="row">
            <TextField name="value" label={`${t.checkIns.value} (${unit()})`} errors={form.errors()} required />
            {n('sampleSize', m().sampleKind === 'share' ? share().n : tm.answers)}
          </div>
        </Match>
        <Match when={mode() === 'segments'}>
          <fieldset class="segment-rows">
            <legend>{tm.segments}</legend>
            <p class="hint">{tm.segmentsHint}</p>
            <For each={segments() ?? []}>
              {(s, i) => (
                <div class="row">
                  <TextField
                    name={`segments.${i()}.value`}
                    label={`${tm.segmentValue(s.name)} (${unit()})`}
                    errors={form.errors()}
                    required
                  />
                  <TextField
                    name={`segments.${i()}.volume`}
                    label={tm.segmentVolume(s.name)}
                    errors={form.errors()}
                    required
                  />
                </div>
              )}
            </For>
            <Show when={form.errors().segments?.length}>
              <p class="field-error">{form.errors().segments!.join(' ')}</p>
            </Show>
            <Show when={wantsN()}>
              <div class="row">{n('sampleSize', m().survey ? tm.answers : tm.sampleSize)}</div>
            </Show>
          </fieldset>
        </Match>
        <Match when={mode() === 'plain'}>
          <TextField name="value" label={`${t.checkIns.value} (${unit()})`} errors={form.errors()} required />
        </Match>
      </Switch>
      <div class="row">
        <TextField
          name="date"
          type="date"
          label={t.checkIns.date}
          value={today}
          max={today}
          errors={form.errors()}
          required
        />
      </div>
      <TextField name="note" label={t.checkIns.note} errors={form.errors()} multiline />
      <Show when={mode() !== 'plain' || m().sampleKind !== null}>
        <SamplePreview kit={props.kit} measure={m()} mode={mode()} preview={preview()} />
      </Show>
      <FormMessage message={form.message()} />
      <Show
        when={pending()}
        fallback={
          <div class="actions">
            <button type="submit" class="primary" disabled={form.busy()}>
              {t.checkIns.add}
            </button>
          </div>
        }
      >
        {(p) => (
          <div class="small-sample-confirm" role="group" aria-labelledby="small-sample-title">
            <p id="small-sample-title" class="confirm-title">
              {tm.smallSampleConfirmTitle}
            </p>
            <p>{tm.smallSampleConfirmBody(fmt.number(preview().n ?? 0), fmt.number(m().minSample))}</p>
            <div class="actions">
              <button
                type="button"
                class="primary"
                ref={confirmButton}
                disabled={form.busy()}
                onClick={() => void save(p().el, p().draft)}
              >
                {tm.smallSampleSaveAnyway}
              </button>
              <button type="button" onClick={() => setPending(null)}>
                {tm.smallSampleGoBack}
              </button>
            </div>
          </div>
        )}
      </Show>
    </form>
  );
}

/** What the sample typed so far gives: value, margin or interval, too small, within noise. */
function SamplePreview(props: { kit: LocaleKit; measure: MeasureWithProgress; mode: SampleMode; preview: Preview }) {
  const { t, fmt } = props.kit;
  const tm = t.measurement;
  const p = () => props.preview;
  const num = (x: number) => fmt.value(x, props.measure.unit);
  return (
    <div class="sample-preview" aria-live="polite">
      <p class="preview-head">{tm.preview}</p>
      <Show when={p().value !== null} fallback={<p class="hint">{tm.previewEmpty}</p>}>
        <p class="preview-value">
          <Switch fallback={tm.valueIs(fmt.value(p().value!, props.measure.unit))}>
            <Match when={props.mode === 'nps' && p().margin !== null}>
              {tm.npsValue(num(p().value!), num(p().margin!))}
            </Match>
            <Match when={props.mode === 'segments'}>{tm.weighted(fmt.value(p().value!, props.measure.unit))}</Match>
          </Switch>
          <Show when={p().n !== null}> · {tm.nIs(fmt.number(p().n!))}</Show>
        </p>
        <Show when={p().interval}>{(i) => <p class="meta">{tm.interval(num(i().low), num(i().high))}</p>}</Show>
      </Show>
      <Show when={p().belowMin}>
        <p class="badge warn">{tm.belowMin(fmt.number(p().n!), fmt.number(props.measure.minSample))}</p>
      </Show>
      <Show when={p().withinNoise === true}>
        <p class="badge noise">{tm.withinNoiseLong}</p>
      </Show>
      <Show when={p().withinNoise === false}>
        <p class="badge real">{tm.beyondNoiseLong}</p>
      </Show>
    </div>
  );
}

/** The sample behind a check-in in the history table: n, margin or interval, and its warnings. */
export function SampleFacts(props: {
  kit: LocaleKit;
  measure: Pick<MeasureWithProgress, 'id' | 'unit' | 'minSample'>;
  checkIn: CheckIn;
}) {
  const { t, fmt } = props.kit;
  const tm = t.measurement;
  const c = () => props.checkIn;
  const num = (x: number) => fmt.value(x, props.measure.unit);
  const [segments] = createSegments(() => (props.checkIn.segments.length ? props.measure.id : ''));
  const segmentName = (id: string) => segments()?.find((s) => s.id === id)?.name ?? '…';
  // In the order the measure lists its segments (the stored order is by id).
  const ordered = () => {
    const at = new Map((segments() ?? []).map((s, i) => [s.id, i]));
    return [...c().segments].sort((a, b) => (at.get(a.segmentId) ?? 99) - (at.get(b.segmentId) ?? 99));
  };
  return (
    <span class="sample-facts">
      <Show when={c().segments.length}>
        <span class="segment-values">
          <For each={ordered()}>
            {(s, i) => (
              <>
                {i() > 0 ? ' · ' : ''}
                {tm.segmentFact(segmentName(s.segmentId), num(s.value), fmt.number(s.volume))}
              </>
            )}
          </For>
        </span>{' '}
      </Show>
      <Show when={c().margin !== null}>
        <span class="margin">{tm.npsValue(num(c().value), num(c().margin!))}</span>{' '}
      </Show>
      <Show when={c().margin === null && c().interval}>
        {(i) => <span class="interval">{tm.interval(num(i().low), num(i().high))}</span>}
      </Show>
      <Show when={c().sampleSize !== null}>
        <span class="n"> {tm.nIs(fmt.number(c().sampleSize!))}</span>
      </Show>
      <Show when={c().belowMinSample}>
        <span class="badge warn">
          {tm.belowMinSampleFlag} · {tm.belowMin(fmt.number(c().sampleSize ?? 0), fmt.number(props.measure.minSample))}
        </span>
      </Show>
      <Show when={c().withinNoise === true}>
        <span class="badge noise" title={tm.withinNoiseLong}>
          {tm.withinNoise}
        </span>
      </Show>
      <Show when={c().withinNoise === false}>
        <span class="badge real" title={tm.beyondNoiseLong}>
          {tm.beyondNoise}
        </span>
      </Show>
    </span>
  );
}

/** Add, rename and delete a measure's segments (channels, sites, teams). An NPS is never split: none for it. */
export function SegmentManager(props: { kit: LocaleKit; measure: Pick<MeasureWithProgress, 'id' | 'sampleKind'> }) {
  return (
    <Show when={props.measure.sampleKind !== 'nps'}>
      <SegmentList kit={props.kit} measureId={props.measure.id} />
    </Show>
  );
}

function SegmentList(props: { kit: LocaleKit; measureId: string }) {
  const { t } = props.kit;
  const tm = t.measurement;
  const [segments] = createSegments(() => props.measureId);
  const form = createFormState(t);

  async function add(e: SubmitEvent) {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const name = (readForm(el).name ?? '').trim();
    if (await form.run(() => api.segments.create(props.measureId, name))) {
      el.reset();
      segmentsChanged();
    }
  }

  return (
    <details class="card segments">
      <summary>
        <strong>{tm.segments}</strong>{' '}
        <span class="meta">({(segments() ?? []).map((s) => s.name).join(', ') || tm.noSegments})</span>
      </summary>
      <p class="hint">{tm.segmentsIntro}</p>
      <ul class="list">
        <For each={segments() ?? []}>{(s) => <SegmentRow kit={props.kit} segment={s} />}</For>
      </ul>
      <form class="form inline" onSubmit={add} novalidate>
        <TextField name="name" label={tm.segmentName} errors={form.errors()} required />
        <button type="submit" disabled={form.busy()}>
          {tm.addSegment}
        </button>
      </form>
      <FormMessage message={form.message()} />
    </details>
  );
}

function SegmentRow(props: { kit: LocaleKit; segment: Segment }) {
  const { t } = props.kit;
  const tm = t.measurement;
  const form = createFormState(t);
  const [renaming, setRenaming] = createSignal(false);

  async function rename(e: SubmitEvent) {
    e.preventDefault();
    const name = (readForm(e.currentTarget as HTMLFormElement).name ?? '').trim();
    if (await form.run(() => api.segments.rename(props.segment.id, name, props.segment.version))) {
      setRenaming(false);
      segmentsChanged();
    }
  }
  async function remove() {
    if (
      !(await askConfirm({
        title: t.common.confirmDelete(props.segment.name),
        confirmLabel: t.common.delete,
        cancelLabel: t.common.cancel,
      }))
    )
      return;
    if (await form.run(async () => (await api.segments.remove(props.segment.id, props.segment.version), true)))
      segmentsChanged();
  }

  return (
    <li class="segment-row">
      <Show
        when={renaming()}
        fallback={
          <div class="row-between">
            <span>{props.segment.name}</span>
            <span class="actions">
              <button
                type="button"
                class="link"
                onClick={() => setRenaming(true)}
                aria-label={tm.renameSegmentNamed(props.segment.name)}
              >
                {t.departments.rename}
              </button>
              <button
                type="button"
                class="link danger"
                onClick={remove}
                aria-label={tm.deleteSegmentNamed(props.segment.name)}
              >
                {t.common.delete}
              </button>
            </span>
          </div>
        }
      >
        <form class="form inline" onSubmit={rename} novalidate>
          <TextField
            name="name"
            label={tm.newSegmentName(props.segment.name)}
            value={props.segment.name}
            errors={form.errors()}
            required
          />
          <button type="submit" class="primary" disabled={form.busy()}>
            {t.common.save}
          </button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t.common.cancel}
          </button>
        </form>
      </Show>
      <FormMessage message={form.message()} />
    </li>
  );
}
