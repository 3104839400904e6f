// API tokens for systems that push measurements: create one for chosen measures (the secret is
// shown once), see which exist and when they were last used, revoke them. Admins see and manage
// every token; department editors their own, for measures of their departments.
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { ApiError, api } from '../../client/api.ts';
import { can, isAdmin, loadSession } from '../../client/session.ts';
import type { ApiToken, CreatedApiToken, User } from '../../domain/accounts.ts';
import type { Department } from '../../domain/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { FormMessage } from '../../components/Field.tsx';
import { createFormState, readForm } from '../../client/forms.ts';
import { useLocale, type LocaleKit } from '../../client/i18n.ts';
import { CopyField } from './CopyField.tsx';
import { dateTimeFormat } from './AuditEntries.tsx';
import { checkedValues, InputField } from './fields.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { askConfirm } from '../../components/in-place.tsx';

interface Data {
  tokens: ApiToken[];
  /** The departments the person may give a token to. */
  departments: Department[];
  /** The names of the measures the tokens are for. */
  measureNames: Map<string, string>;
  users: User[];
}

async function load(): Promise<Data> {
  const session = await loadSession();
  const admin = session.status === 'signedIn' && session.user.role === 'admin';
  // Viewers may not manage tokens: say so without a request the server would refuse.
  if (session.status === 'signedIn' && session.user.role === 'viewer')
    throw new ApiError(403, { title: 'Not allowed', detail: 'Viewers cannot manage API tokens.' });
  const [tokens, departments, users] = await Promise.all([
    api.tokens.list(),
    api.departments.list(),
    admin ? api.users.list() : Promise.resolve([]),
  ]);
  const names = await api.goals.names({ measureIds: [...new Set(tokens.flatMap((tok) => tok.measureIds))] });
  return {
    tokens,
    departments: departments.filter((d) => can('create_check_in', d.id)),
    measureNames: new Map(names.measures.map((m) => [m.id, m.name])),
    users,
  };
}

export default function Tokens(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const [data, { refetch }] = createResource(load);
  const forbidden = () => data.error instanceof ApiError && data.error.status === 403;

  return (
    <>
      <h1>{t.accounts.tokensTitle}</h1>
      <p class="lede">{t.accounts.tokensIntro}</p>
      <Switch>
        <Match when={data.error}>
          <div class="notice" role="alert">
            <p>{forbidden() ? t.accounts.tokensNotAllowed : t.common.loadFailed}</p>
            <Show when={!forbidden()}>
              <button type="button" onClick={() => refetch()}>
                {t.common.retry}
              </button>
            </Show>
          </div>
        </Match>
        <Match when={data.latest}>
          {(d) => (
            <>
              <NewToken kit={kit} data={d()} onCreated={() => refetch()} />
              <section aria-labelledby="tokens-heading">
                <h2 id="tokens-heading">{t.accounts.tokens}</h2>
                <TokenList kit={kit} data={d()} onChanged={() => refetch()} />
              </section>
            </>
          )}
        </Match>
        <Match when={data.loading}>
          <p class="hint" aria-live="polite">
            {t.common.loading}
          </p>
        </Match>
      </Switch>
    </>
  );
}

function NewToken(props: { kit: LocaleKit; data: Data; onCreated: () => void }) {
  const { t } = props.kit;
  const form = createFormState(t);
  const [created, setCreated] = createSignal<CreatedApiToken | null>(null);
  const [localErrors, setLocalErrors] = createSignal<Record<string, string[]>>({});
  const errors = () => ({ ...localErrors(), ...form.errors() });
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const name = readForm(el).name?.trim() ?? '';
    const measureIds = checkedValues(el, 'measureIds');
    const missing: Record<string, string[]> = {};
    if (!name) missing.name = [t.accounts.required];
    if (!measureIds.length) missing.measureIds = [t.accounts.required];
    if (Object.keys(missing).length) {
      form.setMessage(t.common.fixFields);
      setLocalErrors(missing);
      return;
    }
    setLocalErrors({});
    setCreated(null);
    const result = await form.run(() => api.tokens.create({ name, measureIds }));
    if (result) {
      setCreated(result);
      el.reset();
      props.onCreated();
    }
  }
  const example = (c: CreatedApiToken) =>
    [
      `curl -X POST ${location.origin}/api/measures/${c.token.measureIds[0] ?? '…'}/check-ins \\`,
      `  -H "Authorization: Bearer ${c.secret}" \\`,
      `  -H "Content-Type: application/json" \\`,
      `  -d '{"value": 42, "date": "${new Date().toISOString().slice(0, 10)}"}'`,
    ].join('\n');

  return (
    <section aria-labelledby="new-token-heading">
      <h2 id="new-token-heading">{t.accounts.newToken}</h2>
      <Show when={props.data.departments.length} fallback={<p class="hint">{t.accounts.noMeasures}</p>}>
        <form class="card form" onSubmit={submit} novalidate>
          <InputField
            name="name"
            type="text"
            autocomplete="off"
            label={t.accounts.tokenName}
            hint={t.accounts.tokenNameHint}
            errors={errors()}
            required
          />
          <fieldset
            class="checkbox-group measures-picker"
            classList={{ invalid: (errors().measureIds ?? []).length > 0 }}
          >
            <legend>{t.accounts.tokenMeasures}</legend>
            <Show when={!isAdmin()}>
              <p class="hint">{t.accounts.tokenMeasuresHint}</p>
            </Show>
            {/* One department at a time: its measures are read when it is opened (a person with one department sees it open). */}
            <For each={props.data.departments}>
              {(d) => <DepartmentMeasures kit={props.kit} department={d} open={props.data.departments.length === 1} />}
            </For>
            <Show when={errors().measureIds}>{(list) => <p class="field-error">{list().join(' ')}</p>}</Show>
          </fieldset>
          <FormMessage message={form.message()} />
          <div class="actions">
            <button type="submit" class="primary" disabled={form.busy()}>
              {t.accounts.createToken}
            </button>
          </div>
        </form>
      </Show>
      <Show when={created()}>
        {(c) => (
          <div class="card secret">
            <p role="status">{t.accounts.tokenReady(c().token.name)}</p>
            <CopyField label={t.accounts.tokenSecret} value={c().secret} t={t} />
            <p class="hint">{t.accounts.tokenUsage}</p>
            <pre class="code">{example(c())}</pre>
          </div>
        )}
      </Show>
    </section>
  );
}

/** A department's measures as checkboxes, by goal; read from the goal index once the group is opened. */
function DepartmentMeasures(props: { kit: LocaleKit; department: Department; open: boolean }) {
  const { t } = props.kit;
  const [opened, setOpened] = createSignal(props.open);
  const [index] = createResource(
    () => (opened() ? props.department.id : false),
    (departmentId) => api.goals.index({ departmentId, measures: true }),
  );
  const measures = () => {
    const i = index();
    if (!i) return [];
    const goals = new Map(i.goals.map((g) => [g.id, g.title]));
    return i.measures.map((m) => ({ id: m.id, name: m.name, goal: goals.get(m.goalId) ?? '' }));
  };
  return (
    <details class="group" open={props.open} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary class="group-label">{props.department.name}</summary>
      <Show
        when={index()}
        fallback={
          <Show when={opened()}>
            <p class="hint">{index.error ? t.common.loadFailed : t.common.loading}</p>
          </Show>
        }
      >
        <Show when={measures().length} fallback={<p class="hint">{t.accounts.departmentNoMeasures}</p>}>
          <For each={measures()}>
            {(m) => (
              <label>
                <input type="checkbox" name="measureIds" value={m.id} /> {m.name}
                <span class="meta"> · {m.goal}</span>
              </label>
            )}
          </For>
        </Show>
      </Show>
    </details>
  );
}

function TokenList(props: { kit: LocaleKit; data: Data; onChanged: () => void }) {
  const { t } = props.kit;
  const when = dateTimeFormat(props.kit.locale);
  const measureName = (id: string) => props.data.measureNames.get(id) ?? id;
  const userName = (id: string) => props.data.users.find((u) => u.id === id)?.name ?? '';
  return (
    <Show when={props.data.tokens.length} fallback={<p class="hint">{t.accounts.noTokens}</p>}>
      <TableScroll label={t.accounts.tokens}>
        <table class="history tokens">
          <thead>
            <tr>
              <th scope="col">{t.accounts.tokenName}</th>
              <th scope="col">{t.accounts.fields.measureIds}</th>
              <Show when={isAdmin()}>
                <th scope="col">{t.accounts.createdBy}</th>
              </Show>
              <th scope="col">{t.accounts.created}</th>
              <th scope="col">{t.accounts.lastUsed}</th>
              <th scope="col">{t.accounts.status}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.data.tokens}>
              {(tok) => {
                const form = createFormState(t);
                async function revoke() {
                  if (
                    !(await askConfirm({
                      title: t.accounts.confirmRevoke(tok.name),
                      confirmLabel: t.accounts.revoke,
                      cancelLabel: t.common.cancel,
                    }))
                  )
                    return;
                  if (await form.run(async () => (await api.tokens.revoke(tok.id), true))) props.onChanged();
                }
                return (
                  <tr classList={{ inactive: tok.revokedAt !== null }}>
                    <td class="title">{tok.name}</td>
                    <td>{tok.measureIds.map(measureName).join(', ')}</td>
                    <Show when={isAdmin()}>
                      <td>{userName(tok.createdBy)}</td>
                    </Show>
                    <td>{when(tok.createdAt)}</td>
                    <td>{tok.lastUsedAt ? when(tok.lastUsedAt) : t.accounts.never}</td>
                    <td>
                      <Show
                        when={tok.revokedAt === null}
                        fallback={<span>{t.accounts.revoked(when(tok.revokedAt!))}</span>}
                      >
                        <span>{t.accounts.active}</span>{' '}
                        <button
                          type="button"
                          class="danger"
                          onClick={revoke}
                          aria-label={t.accounts.revokeNamed(tok.name)}
                        >
                          {t.accounts.revoke}
                        </button>
                      </Show>
                      <FormMessage message={form.message()} />
                    </td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </TableScroll>
    </Show>
  );
}
