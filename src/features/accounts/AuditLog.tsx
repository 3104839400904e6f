// Admin: the whole audit log, newest first, filtered by person, department and dates, a page at
// a time. The filters live in the address, so a filtered view can be bookmarked or shared.
import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { ApiError, api } from '../../client/api.ts';
import { requireAdmin } from '../../client/session.ts';
import type { AuditEntry, User } from '../../domain/accounts.ts';
import type { Department, GoalIndex } from '../../domain/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { FormMessage, SelectField, TextField } from '../../components/Field.tsx';
import { readForm } from '../../client/forms.ts';
import { useLocale, type LocaleKit } from '../../client/i18n.ts';
import { AuditEntries } from './AuditEntries.tsx';
import { mentionedIds } from './audit-format.ts';
import { ExportMenu } from '../../components/ExportMenu.tsx';

const PAGE = 50;
const FILTERS = ['actorId', 'departmentId', 'from', 'to', 'action'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

function filtersFromUrl(): Filters {
  const p = new URLSearchParams(location.search);
  const f: Filters = {};
  for (const k of FILTERS) {
    const v = p.get(k);
    if (v) f[k] = v;
  }
  return f;
}

interface Names {
  departments: Department[];
  users: User[];
}

export default function AuditLog(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const [names, { refetch }] = createResource<Names>(async () => {
    await requireAdmin();
    const [users, departments] = await Promise.all([api.users.list(), api.departments.list()]);
    return { users, departments };
  });
  const forbidden = () => names.error instanceof ApiError && names.error.status === 403;

  return (
    <>
      <h1>{t.accounts.auditTitle}</h1>
      <p class="lede">{t.accounts.auditIntro}</p>
      <Switch>
        <Match when={names.error}>
          <div class="notice" role="alert">
            <p>{forbidden() ? t.accounts.auditAdminOnly : t.common.loadFailed}</p>
            <Show when={!forbidden()}>
              <button type="button" onClick={() => refetch()}>
                {t.common.retry}
              </button>
            </Show>
          </div>
        </Match>
        <Match when={names()}>{(n) => <Log kit={kit} names={n()} />}</Match>
        <Match when={names.loading}>
          <p class="hint" aria-live="polite">
            {t.common.loading}
          </p>
        </Match>
      </Switch>
    </>
  );
}

function Log(props: { kit: LocaleKit; names: Names }) {
  const { t } = props.kit;
  const [filters, setFilters] = createSignal<Filters>(filtersFromUrl());
  const [entries, setEntries] = createSignal<AuditEntry[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [loaded, setLoaded] = createSignal(false);
  const [message, setMessage] = createSignal<string | null>(null);
  // The names of the goals and measures the loaded entries mention, read a page at a time.
  const [known, setKnown] = createSignal<GoalIndex>({ goals: [], measures: [] });

  async function namesFor(list: readonly AuditEntry[]) {
    const have = known();
    const goalIds = new Set(have.goals.map((g) => g.id));
    const measureIds = new Set(have.measures.map((m) => m.id));
    const ids = mentionedIds(list);
    const more = await api.goals.names({
      goalIds: ids.goalIds.filter((id) => !goalIds.has(id)),
      measureIds: ids.measureIds.filter((id) => !measureIds.has(id)),
    });
    if (more.goals.length || more.measures.length)
      setKnown({ goals: [...have.goals, ...more.goals], measures: [...have.measures, ...more.measures] });
  }

  async function load(more: boolean) {
    setBusy(true);
    setMessage(null);
    try {
      const page = await api.audit({ ...filters(), limit: PAGE, cursor: more ? (cursor() ?? undefined) : undefined });
      await namesFor(page.entries);
      setEntries(more ? [...entries(), ...page.entries] : page.entries);
      setCursor(page.nextCursor);
      setLoaded(true);
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : t.common.loadFailed);
    } finally {
      setBusy(false);
    }
  }
  void load(false);

  function apply(next: Filters) {
    setFilters(next);
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v) p.set(k, v);
    history.replaceState(null, '', `${location.pathname}${p.size ? `?${p}` : ''}`);
    void load(false);
  }

  function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const next: Filters = {};
    for (const k of FILTERS) if (v[k]) next[k] = v[k];
    apply(next);
  }

  return (
    <>
      <form class="card form filters" onSubmit={submit} aria-label={t.accounts.filters}>
        <div class="row">
          <SelectField
            name="actorId"
            label={t.accounts.person}
            value={filters().actorId ?? ''}
            options={[
              { value: '', label: t.accounts.anyone },
              ...props.names.users.map((u) => ({ value: u.id, label: u.name ? `${u.name} (${u.email})` : u.email })),
            ]}
          />
          <SelectField
            name="departmentId"
            label={t.accounts.department}
            value={filters().departmentId ?? ''}
            options={[
              { value: '', label: t.accounts.anyDepartment },
              ...props.names.departments.map((d) => ({ value: d.id, label: d.name })),
            ]}
          />
          <TextField name="from" type="date" label={t.accounts.from} value={filters().from ?? ''} />
          <TextField name="to" type="date" label={t.accounts.to} value={filters().to ?? ''} />
          <label class="check">
            <input type="checkbox" name="action" value="delete" checked={filters().action === 'delete'} />{' '}
            {t.accounts.deletedOnly}
          </label>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy()}>
            {t.accounts.show}
          </button>
          <Show when={Object.keys(filters()).length}>
            <button
              type="button"
              onClick={(e) => {
                (e.currentTarget.form as HTMLFormElement).reset();
                apply({});
              }}
            >
              {t.accounts.clearFilters}
            </button>
          </Show>
        </div>
      </form>
      <ExportMenu locale={props.kit.locale} view="audit" filters={filters()} />
      <FormMessage message={message()} />
      <section aria-label={t.accounts.auditTitle} aria-busy={busy()}>
        <Show
          when={entries().length}
          fallback={
            <p class="hint" aria-live="polite">
              {loaded() ? t.accounts.noEntries : t.common.loading}
            </p>
          }
        >
          <AuditEntries
            kit={props.kit}
            entries={entries()}
            names={{
              departments: props.names.departments,
              goals: known().goals,
              measures: known().measures,
              users: props.names.users,
            }}
            linkGoals
          />
        </Show>
        <Show when={cursor()}>
          <button type="button" disabled={busy()} onClick={() => void load(true)}>
            {t.accounts.older}
          </button>
        </Show>
      </section>
    </>
  );
}
