// Counterweights (issue 4, seed 004): a measure shown beside the measure that keeps it honest,
// warnings for gameable library measures measured alone with a one-click fix, and pairing or
// unpairing any two measures by hand.
import { createResource, createSignal, For, Show } from 'solid-js';
import { api, ApiError } from '../../client/api.ts';
import type { KpiKey } from '../../domain/measurement-terms.ts';
import type {
  CounterweightPreview,
  CounterweightWarning,
  GoalWithProgress,
  KpiDefinition,
  Measure,
  MeasureIndexEntry,
  MeasureWithProgress,
  Tree,
} from '../../domain/types.ts';
import { FormMessage, SelectField, TextField } from '../../components/Field.tsx';
import { createFormState, parseNumber, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { measureTone } from '../../components/StatusBadge.tsx';
import { can, canChangeGoal, writableDepartments } from '../../client/session.ts';
import { askConfirm, createInPlace, InPlaceForm } from '../../components/in-place.tsx';

/** One side of a pair: name, latest value and progress (and its goal when it belongs to another). */
export function PairSide(props: {
  kit: LocaleKit;
  measure: MeasureWithProgress;
  goal?: GoalWithProgress | null | undefined;
  current?: boolean;
}) {
  const { t, fmt, href } = props.kit;
  const tm = t.measurement;
  const m = () => props.measure;
  return (
    <div class="pair-side" classList={{ current: !!props.current }}>
      <Show
        when={!props.current}
        fallback={
          <strong class="title" aria-current="page">
            {m().name}
          </strong>
        }
      >
        <a class="title" href={href('/measure/', m().id)}>
          {m().name}
        </a>
      </Show>
      <Show when={props.goal}>
        <span class="meta"> {tm.inGoal(props.goal!.title)}</span>
      </Show>
      <p class="meta">
        {tm.latest}:{' '}
        {m().latest ? `${fmt.value(m().latest!.value, m().unit)} (${fmt.date(m().latest!.date)})` : tm.noLatest}
      </p>
      <ProgressBar
        progress={m().latest ? m().progress : null}
        tone={measureTone(m())}
        t={t}
        fmt={fmt}
        label={`${t.common.progress}: ${m().name}`}
      />
    </div>
  );
}

/** Two measures side by side, with the button that unpairs them. */
function PairRow(props: {
  kit: LocaleKit;
  left: MeasureWithProgress;
  right: MeasureWithProgress;
  rightGoal?: GoalWithProgress | null | undefined;
  leftIsCurrent?: boolean;
  /** Whether the person may unpair them (an editor of both measures' departments). */
  mayChange: boolean;
  onChanged: () => void;
}) {
  const { t } = props.kit;
  const tm = t.measurement;
  const form = createFormState(t);
  async function unpair() {
    if (
      !(await askConfirm({
        title: tm.confirmUnpair(props.left.name, props.right.name),
        confirmLabel: tm.unpair,
        cancelLabel: t.common.cancel,
      }))
    )
      return;
    if (await form.run(async () => (await api.counterweights.remove(props.left.id, props.right.id), true)))
      props.onChanged();
  }
  return (
    <li class="pair card" aria-label={tm.pairLabel(props.left.name, props.right.name)}>
      <PairSide kit={props.kit} measure={props.left} current={props.leftIsCurrent} />
      <span class="pair-link" aria-hidden="true">
        ⇄<br />
        {tm.keptHonestBy}
      </span>
      <PairSide kit={props.kit} measure={props.right} goal={props.rightGoal} />
      <Show when={props.mayChange}>
        <div class="pair-actions">
          <button
            type="button"
            class="link"
            onClick={unpair}
            aria-label={tm.unpairNamed(props.left.name, props.right.name)}
          >
            {tm.unpair}
          </button>
          <FormMessage message={form.message()} />
        </div>
      </Show>
    </li>
  );
}

/** The warning for one gameable measure without a counterweight, with its one-click fix(es). */
export function CounterweightWarningItem(props: {
  kit: LocaleKit;
  warning: CounterweightWarning;
  measureName: string;
  library: readonly KpiDefinition[] | undefined;
  existingName: (id: string) => string | undefined;
  /** Whether the person may apply the fix (an editor of the measure's department); others see the warning only. */
  mayFix: boolean;
  onFixed: (created: Measure) => void;
}) {
  const { t, fmt, locale } = props.kit;
  const tm = t.measurement;
  const form = createFormState(t);
  const [asking, setAsking] = createSignal<KpiKey | null>(null);
  const entry = (key: KpiKey) => props.library?.find((k) => k.key === key);
  const kpiName = (key: KpiKey) => t.kpi[key]?.name ?? key;
  const suggestionName = (s: CounterweightWarning['suggestions'][number]) =>
    s.existingMeasureId ? (props.existingName(s.existingMeasureId) ?? kpiName(s.libraryKey)) : kpiName(s.libraryKey);
  const risk = () => (entry(props.warning.libraryKey) ? t.kpi[props.warning.libraryKey].gamingRisk : null);

  async function fix(libraryKey: KpiKey, extra: { baseline?: number; target?: number; pairWithId?: string } = {}) {
    const done = await form.run(() =>
      api.counterweights.fix(props.warning.measureId, { libraryKey, locale, ...extra }),
    );
    if (done) (setPreview(null), props.onFixed(done.measure));
  }

  // Before anything is created: what the fix would create, and the measures on the same KPI that
  // already exist elsewhere (pairing one of them avoids a duplicate).
  const [preview, setPreview] = createSignal<CounterweightPreview | null>(null);
  let previewHeading: HTMLParagraphElement | undefined;
  async function openPreview(libraryKey: KpiKey) {
    if (preview()?.libraryKey === libraryKey) return setPreview(null);
    const p = await form.run(() => api.counterweights.preview(props.warning.measureId, libraryKey, locale));
    if (p) {
      setAsking(p.missing.length ? libraryKey : null);
      setPreview(p);
      queueMicrotask(() => previewHeading?.focus());
    }
  }
  const draftTarget = (d: CounterweightPreview['draft']) =>
    d.direction && d.target != null
      ? `${t.measures.directions[d.direction]} ${fmt.number(d.target)}${d.unit === '%' ? ' %' : ''}`
      : '';

  async function submitInput(e: SubmitEvent, key: KpiKey) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const fields = { baseline: parseNumber(v.baseline), target: parseNumber(v.target) };
    // Both are required here: say so before the round trip (the server would only say "Required" for the target).
    const missing = Object.entries(fields).filter(([, x]) => x === null || Number.isNaN(x));
    if (missing.length)
      return form.fail(
        new ApiError(400, {
          detail: t.common.fixFields,
          errors: Object.fromEntries(missing.map(([k]) => [k, [t.measurement.enterNumber]])),
        }),
      );
    await fix(key, { baseline: fields.baseline!, target: fields.target! });
  }

  return (
    <li class="warning-item">
      <p>
        <span aria-hidden="true">⚠ </span>
        {tm.warning(props.measureName, props.warning.suggestions.map(suggestionName).join(` ${tm.or} `))}
      </p>
      <Show when={risk()}>
        <p class="hint">{risk()}</p>
      </Show>
      <Show when={props.mayFix}>
        <div class="actions">
          <For each={props.warning.suggestions}>
            {(s) => (
              <button
                type="button"
                class="primary"
                disabled={form.busy()}
                aria-expanded={!s.existingMeasureId ? preview()?.libraryKey === s.libraryKey : undefined}
                onClick={() => (s.existingMeasureId ? fix(s.libraryKey) : openPreview(s.libraryKey))}
              >
                {s.existingMeasureId ? tm.fixPair(suggestionName(s)) : tm.fixAdd(suggestionName(s))}
              </button>
            )}
          </For>
        </div>
      </Show>
      <Show when={props.mayFix && preview()} keyed>
        {(p) => (
          <div class="counterweight-preview">
            <p class="preview-head" tabindex="-1" ref={previewHeading}>
              {tm.fixPreviewTitle(kpiName(p.libraryKey))}
            </p>
            <Show when={p.existing.length}>
              <p>{tm.fixExistingFirst(kpiName(p.libraryKey))}</p>
              <ul class="existing-measures">
                <For each={p.existing}>
                  {(e) => (
                    <li>
                      <span>
                        <strong>{e.measure.name}</strong> · {e.goalTitle} · {e.departmentName}
                      </span>{' '}
                      <button
                        type="button"
                        class="primary"
                        disabled={form.busy()}
                        onClick={() => fix(p.libraryKey, { pairWithId: e.measure.id })}
                      >
                        {tm.fixPairExisting(e.measure.name)}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <p>{p.existing.length ? tm.fixOrCreate : tm.fixWillCreate}</p>
            <dl class="preview-facts">
              <dt>{t.measures.name}</dt>
              <dd>{p.draft.name}</dd>
              <Show when={!p.missing.length}>
                <dt>{t.measures.target}</dt>
                <dd>{draftTarget(p.draft)}</dd>
              </Show>
              <dt>{t.measures.frequency}</dt>
              <dd>{p.draft.frequency ? t.measures.frequencies[p.draft.frequency] : ''}</dd>
              <dt>{t.measures.targetDate}</dt>
              <dd>
                {p.draft.baselineDate ? fmt.date(p.draft.baselineDate) : ''} –{' '}
                {p.draft.targetDate ? fmt.date(p.draft.targetDate) : ''}
              </dd>
            </dl>
            <Show
              when={asking()}
              keyed
              fallback={
                <div class="actions">
                  <button
                    type="button"
                    class={p.existing.length ? '' : 'primary'}
                    disabled={form.busy()}
                    onClick={() => fix(p.libraryKey)}
                  >
                    {tm.fixCreateAndPair}
                  </button>
                  <button type="button" onClick={() => setPreview(null)}>
                    {t.common.cancel}
                  </button>
                </div>
              }
            >
              {(key) => (
                <form class="form inline fix-input" onSubmit={(e) => submitInput(e, key)} novalidate>
                  <p class="hint">{tm.fixNeedsInput(kpiName(key))}</p>
                  <TextField name="baseline" label={t.measures.baseline} errors={form.errors()} required />
                  <TextField name="target" label={t.measures.target} errors={form.errors()} required />
                  <button type="submit" class="primary" disabled={form.busy()}>
                    {tm.fixSubmit}
                  </button>
                  <button type="button" onClick={() => setPreview(null)}>
                    {t.common.cancel}
                  </button>
                </form>
              )}
            </Show>
          </div>
        )}
      </Show>
      <FormMessage message={form.message()} />
    </li>
  );
}

/** Measures grouped by goal in a <select>, for pairing by hand. */
function MeasureSelect(props: {
  id: string;
  name: string;
  label: string;
  goalTitle: (goalId: string) => string;
  measures: readonly MeasureIndexEntry[];
  exclude?: string | null;
  errors: Record<string, string[]>;
  value?: string;
}) {
  const goals = () => {
    const by = new Map<string, MeasureIndexEntry[]>();
    for (const m of props.measures) if (m.id !== props.exclude) by.set(m.goalId, [...(by.get(m.goalId) ?? []), m]);
    return [...by].map(([goalId, list]) => ({ title: props.goalTitle(goalId), list }));
  };
  const errs = () => props.errors[props.name] ?? [];
  return (
    <div class="field" classList={{ invalid: errs().length > 0 }}>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.name}
        aria-invalid={errs().length > 0}
        aria-describedby={errs().length ? `${props.id}-error` : undefined}
      >
        <For each={goals()}>
          {(g) => (
            <optgroup label={g.title}>
              <For each={g.list}>
                {(m) => (
                  <option value={m.id} selected={m.id === props.value}>
                    {m.name}
                  </option>
                )}
              </For>
            </optgroup>
          )}
        </For>
      </select>
      <Show when={errs().length}>
        <p class="field-error" id={`${props.id}-error`}>
          {errs().join(' ')}
        </p>
      </Show>
    </div>
  );
}

/**
 * Pairing by hand. The counterweight is chosen from one department's open goals at a time (the
 * goal index of that department, not the whole tree); the person's own department comes first.
 */
function PairForm(props: {
  kit: LocaleKit;
  /** The department of the measure(s) being paired: where the counterweight is looked for first. */
  departmentId: string;
  from: MeasureWithProgress[];
  /** The goal of the `from` measures (the goal page's). */
  fromGoal?: { id: string; title: string };
  fixed?: MeasureWithProgress;
  onPaired: () => void;
  onCancel: () => void;
}) {
  const { t } = props.kit;
  const tm = t.measurement;
  const form = createFormState(t);
  const [departments] = createResource(async () => writableDepartments(await api.departments.list()));
  const [department, setDepartment] = createSignal(props.departmentId);
  const [index] = createResource(department, (d) =>
    api.goals.index({ departmentId: d, state: 'open', measures: true }),
  );
  // A pair touches both measures' departments: offer only measures the person may pair.
  const pairable = () => {
    const i = index.latest;
    if (!i) return [];
    const writable = new Set(i.goals.filter((g) => canChangeGoal(g)).map((g) => g.id));
    return i.measures.filter((m) => writable.has(m.goalId));
  };
  const titleIn = (goalId: string) => index.latest?.goals.find((g) => g.id === goalId)?.title ?? '';
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const a = props.fixed?.id ?? v.measureId ?? '';
    if (await form.run(() => api.counterweights.add(a, v.counterweightId ?? ''))) props.onPaired();
  }
  return (
    <form class="card form pair-form" onSubmit={submit} novalidate>
      <div class="row">
        <Show when={!props.fixed}>
          <MeasureSelect
            id="pair-measure"
            name="measureId"
            label={tm.pairMeasure}
            goalTitle={() => props.fromGoal?.title ?? ''}
            measures={props.from}
            errors={form.errors()}
          />
        </Show>
        <Show when={(departments()?.length ?? 0) > 1}>
          <SelectField
            name="counterweightDepartment"
            label={tm.pairDepartment}
            value={department()}
            options={(departments() ?? []).map((d) => ({ value: d.id, label: d.name }))}
            onChange={setDepartment}
          />
        </Show>
        <Show when={index.latest} fallback={<p class="hint">{index.error ? t.common.loadFailed : t.common.loading}</p>}>
          <MeasureSelect
            id="pair-counterweight"
            name="counterweightId"
            label={tm.pairCounterweight}
            goalTitle={titleIn}
            measures={pairable()}
            exclude={props.fixed?.id ?? null}
            errors={form.errors()}
          />
        </Show>
      </div>
      <FormMessage message={form.message()} />
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy()}>
          {tm.pairSubmit}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}

/** The goal page's counterweights: warnings with their fix, each pair side by side, pairing by hand. */
export function GoalCounterweights(props: { kit: LocaleKit; tree: Tree; goal: GoalWithProgress; refresh: () => void }) {
  const tm = props.kit.t.measurement;
  const pairing = createInPlace<'pair'>(`pair-goal:${props.goal.id}`);
  const byId = () => new Map(props.tree.measures.map((m) => [m.id, m]));
  // A paired measure's goal may lie outside the goal page's part of the tree: it comes as context.
  const goalsById = () => new Map([...props.tree.goals, ...(props.tree.context ?? [])].map((g) => [g.id, g]));
  const mayWrite = () => canChangeGoal(props.goal);
  // A pair touches both measures' departments (the person must be an editor of both) and both goals (neither closed).
  const mayUnpair = (right: MeasureWithProgress) =>
    mayWrite() &&
    (goalsById().get(right.goalId)?.state ?? 'open') === 'open' &&
    can('write', [props.goal.departmentId, goalsById().get(right.goalId)?.departmentId ?? props.goal.departmentId]);
  const own = () => props.tree.measures.filter((m) => m.goalId === props.goal.id);
  const warnings = () => props.tree.warnings.filter((w) => w.goalId === props.goal.id);
  const [library] = createResource(
    () => warnings().length > 0,
    () => api.kpiLibrary.list(),
  );
  const pairs = () => {
    const ids = new Set(own().map((m) => m.id));
    return props.tree.pairs
      .filter((p) => ids.has(p.measureId) || ids.has(p.counterweightId))
      .map((p) => {
        const [a, b] = ids.has(p.measureId) ? [p.measureId, p.counterweightId] : [p.counterweightId, p.measureId];
        return { left: byId().get(a), right: byId().get(b) };
      })
      .filter((p): p is { left: MeasureWithProgress; right: MeasureWithProgress } => !!p.left && !!p.right);
  };

  return (
    <Show when={own().length > 0}>
      <section class="counterweights" aria-labelledby="counterweights-heading">
        <div class="section-head">
          <h3 id="counterweights-heading">{tm.counterweights}</h3>
          <Show when={!pairing.is('pair') && mayWrite()}>
            <button type="button" {...pairing.opener('pair')} onClick={(e) => pairing.open('pair', e)}>
              {tm.pairTwo}
            </button>
          </Show>
        </div>
        <p class="hint">{tm.counterweightsIntro}</p>
        <Show when={warnings().length}>
          <ul class="list warnings" aria-label={tm.warningsLabel}>
            <For each={warnings()}>
              {(w) => (
                <CounterweightWarningItem
                  kit={props.kit}
                  warning={w}
                  measureName={byId().get(w.measureId)?.name ?? ''}
                  library={library()}
                  existingName={(id) => byId().get(id)?.name}
                  mayFix={mayWrite()}
                  onFixed={props.refresh}
                />
              )}
            </For>
          </ul>
        </Show>
        <Show when={pairing.is('pair')}>
          <InPlaceForm onClose={pairing.close}>
            <PairForm
              kit={props.kit}
              departmentId={props.goal.departmentId}
              from={own()}
              fromGoal={props.goal}
              onPaired={props.refresh}
              onCancel={pairing.close}
            />
          </InPlaceForm>
        </Show>
        <Show when={pairs().length} fallback={<p class="hint">{tm.noPairs}</p>}>
          <ul class="list pairs">
            <For each={pairs()}>
              {(p) => (
                <PairRow
                  kit={props.kit}
                  left={p.left}
                  right={p.right}
                  rightGoal={p.right.goalId !== props.goal.id ? goalsById().get(p.right.goalId) : null}
                  mayChange={mayUnpair(p.right)}
                  onChanged={props.refresh}
                />
              )}
            </For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}

interface MeasurePairsData {
  partners: MeasureWithProgress[];
  /** Each partner's department, by its goal. */
  departmentOfGoal: ReadonlyMap<string, string>;
  /** Partners' goals that are closed (read-only: their pairs stay). */
  closedGoalIds: ReadonlySet<string>;
  warning: CounterweightWarning | null;
  library: KpiDefinition[] | undefined;
}

async function loadPairs(m: MeasureWithProgress): Promise<MeasurePairsData> {
  const [partners, warnings] = await Promise.all([
    api.counterweights.list(m.id),
    api.counterweights.warnings(m.goalId),
  ]);
  const warning = warnings.find((w) => w.measureId === m.id) ?? null;
  const goals = await Promise.all([...new Set(partners.map((p) => p.goalId))].map((id) => api.goals.get(id)));
  return {
    partners,
    departmentOfGoal: new Map(goals.map((g) => [g.id, g.departmentId])),
    closedGoalIds: new Set(goals.filter((g) => g.state !== 'open').map((g) => g.id)),
    warning,
    library: warning ? await api.kpiLibrary.list() : undefined,
  };
}

/** The measure page's counterweights: this measure beside each of its pairs; the fix; pairing by hand. */
export function MeasureCounterweights(props: {
  kit: LocaleKit;
  measure: MeasureWithProgress;
  departmentId: string;
  /** The measure's goal is closed: its pairs are read-only. */
  closed?: boolean;
  refresh: () => void;
}) {
  const { t } = props.kit;
  const mayWrite = () => !props.closed && can('write', props.departmentId);
  // A pair touches both measures' departments (the person must be an editor of both) and both goals (neither closed).
  const mayUnpair = (d: MeasurePairsData, partner: MeasureWithProgress) =>
    mayWrite() &&
    !d.closedGoalIds.has(partner.goalId) &&
    can('write', [props.departmentId, d.departmentOfGoal.get(partner.goalId) ?? props.departmentId]);
  const tm = t.measurement;
  const [data, { refetch }] = createResource(() => loadPairs(props.measure));
  const [pairing, setPairing] = createSignal(false);
  const changed = () => (setPairing(false), refetch(), props.refresh());

  return (
    <section class="counterweights" aria-labelledby="measure-counterweights-heading">
      <div class="section-head">
        <h2 id="measure-counterweights-heading">{tm.counterweights}</h2>
        <Show when={!pairing() && mayWrite()}>
          <button type="button" onClick={() => setPairing(true)}>
            {tm.pairThis}
          </button>
        </Show>
      </div>
      <Show when={data()} fallback={<p class="hint">{data.error ? t.common.loadFailed : t.common.loading}</p>}>
        {(d) => (
          <>
            <Show when={d().warning}>
              <ul class="list warnings" aria-label={tm.warningsLabel}>
                <CounterweightWarningItem
                  kit={props.kit}
                  warning={d().warning!}
                  measureName={props.measure.name}
                  library={d().library}
                  existingName={() => undefined}
                  mayFix={mayWrite()}
                  onFixed={changed}
                />
              </ul>
            </Show>
            <Show when={pairing()}>
              <PairForm
                kit={props.kit}
                departmentId={props.departmentId}
                from={[]}
                fixed={props.measure}
                onPaired={changed}
                onCancel={() => setPairing(false)}
              />
            </Show>
            <Show
              when={d().partners.length}
              fallback={
                <Show when={!d().warning}>
                  <p class="hint">{tm.noPairsMeasure}</p>
                </Show>
              }
            >
              <ul class="list pairs">
                <For each={d().partners}>
                  {(p) => (
                    <PairRow
                      kit={props.kit}
                      left={props.measure}
                      right={p}
                      leftIsCurrent
                      mayChange={mayUnpair(d(), p)}
                      onChanged={changed}
                    />
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
