// Admin: the people who use Tiller. Invite someone (a one-time link to copy and pass on),
// change a person's role and departments, deactivate or reactivate an account, and withdraw
// invites nobody has used yet.
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { ApiError, api } from '../../client/api.ts';
import { currentUser, requireAdmin } from '../../client/session.ts';
import type { CreatedInvite, Invite, User } from '../../domain/accounts.ts';
import { ROLES, type Role } from '../../domain/roles.ts';
import type { Department } from '../../domain/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { FormMessage, SelectField } from '../../components/Field.tsx';
import { createFormState, readForm } from '../../client/forms.ts';
import { useLocale, type LocaleKit } from '../../client/i18n.ts';
import { CopyField } from './CopyField.tsx';
import { CheckboxGroup, checkedValues, InputField } from './fields.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { askConfirm } from '../../components/in-place.tsx';

interface Data {
  users: User[];
  invites: Invite[];
  departments: Department[];
}

const load = async (): Promise<Data> => {
  await requireAdmin();
  const [users, invites, departments] = await Promise.all([
    api.users.list(),
    api.invites.list(),
    api.departments.list(),
  ]);
  return { users, invites, departments };
};

export default function Users(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const [data, { refetch }] = createResource(load);

  return (
    <>
      <h1>{t.accounts.usersTitle}</h1>
      <p class="lede">{t.accounts.usersIntro}</p>
      <Switch>
        <Match when={data.error}>
          {(e) => (
            <div class="notice" role="alert">
              <p>
                {e() instanceof ApiError && (e() as ApiError).status === 403
                  ? t.accounts.adminOnly
                  : t.common.loadFailed}
              </p>
              <Show when={!(e() instanceof ApiError && (e() as ApiError).status === 403)}>
                <button type="button" onClick={() => refetch()}>
                  {t.common.retry}
                </button>
              </Show>
            </div>
          )}
        </Match>
        <Match when={data.latest}>
          {(d) => (
            <>
              <InviteForm kit={kit} departments={d().departments} onInvited={() => refetch()} />
              <section aria-labelledby="people-heading">
                <h2 id="people-heading">{t.accounts.people}</h2>
                <TableScroll label={t.accounts.people}>
                  <table class="history people">
                    <thead>
                      <tr>
                        <th scope="col">{t.accounts.name}</th>
                        <th scope="col">{t.accounts.role}</th>
                        <th scope="col">{t.accounts.fields.departmentIds}</th>
                        <th scope="col">{t.accounts.status}</th>
                        <th scope="col">
                          <span class="visually-hidden">{t.accounts.change}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={d().users}>
                        {(u) => (
                          <UserRow kit={kit} user={u} departments={d().departments} onChanged={() => refetch()} />
                        )}
                      </For>
                    </tbody>
                  </table>
                </TableScroll>
              </section>
              <PendingInvites
                kit={kit}
                invites={d().invites}
                departments={d().departments}
                onChanged={() => refetch()}
              />
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

const departmentNames = (ids: readonly string[], departments: readonly Department[], none: string) =>
  ids.length ? ids.map((id) => departments.find((d) => d.id === id)?.name ?? id).join(', ') : none;

function roleOptions(t: LocaleKit['t']) {
  return ROLES.map((r) => ({ value: r, label: t.accounts.roles[r] }));
}

function InviteForm(props: { kit: LocaleKit; departments: Department[]; onInvited: () => void }) {
  const { t } = props.kit;
  const form = createFormState(t);
  const [role, setRole] = createSignal<Role>('editor');
  const [created, setCreated] = createSignal<CreatedInvite | null>(null);

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const v = readForm(el);
    if (!v.email?.trim()) {
      form.setMessage(t.common.fixFields);
      return;
    }
    setCreated(null);
    const result = await form.run(() =>
      api.users.invite({
        email: v.email!.trim(),
        role: role(),
        departmentIds: role() === 'editor' ? checkedValues(el, 'departmentIds') : [],
      }),
    );
    if (result) {
      setCreated(result);
      // Clear the address only: the role stays, for inviting a colleague with the same role.
      (el.elements.namedItem('email') as HTMLInputElement).value = '';
      props.onInvited();
    }
  }

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t.accounts.invite}</h2>
      <form class="card form" onSubmit={submit} novalidate>
        <div class="row">
          <InputField
            name="email"
            type="email"
            autocomplete="off"
            label={t.accounts.email}
            errors={form.errors()}
            required
          />
          <SelectField
            name="role"
            label={t.accounts.role}
            value={role()}
            options={roleOptions(t)}
            onChange={(v) => setRole(v as Role)}
            hint={t.accounts.roleHints[role()]}
            errors={form.errors()}
          />
        </div>
        <Show when={role() === 'editor'}>
          <CheckboxGroup
            name="departmentIds"
            legend={t.accounts.departments}
            hint={t.accounts.departmentsHint}
            options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
            errors={form.errors()}
          />
        </Show>
        <FormMessage message={form.message()} />
        <div class="actions">
          <button type="submit" class="primary" disabled={form.busy()}>
            {t.accounts.createInvite}
          </button>
        </div>
      </form>
      <Show when={created()}>
        {(c) => (
          <div class="card secret">
            <p role="status">{t.accounts.inviteReady(c().invite.email)}</p>
            <CopyField label={t.accounts.inviteLink} value={new URL(c().link, location.origin).href} t={t} />
          </div>
        )}
      </Show>
    </section>
  );
}

function UserRow(props: { kit: LocaleKit; user: User; departments: Department[]; onChanged: () => void }) {
  const { t } = props.kit;
  const form = createFormState(t);
  const [editing, setEditing] = createSignal(false);
  const [role, setRole] = createSignal<Role>(props.user.role);
  const u = () => props.user;
  const label = () => u().name || u().email;
  const isMe = () => currentUser()?.id === u().id;

  async function save(e: SubmitEvent) {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const departmentIds = role() === 'editor' ? checkedValues(el, 'departmentIds') : [];
    if (await form.run(() => api.users.update(u().id, { role: role(), departmentIds, version: u().version }))) {
      setEditing(false);
      props.onChanged();
    }
  }

  async function setActive(active: boolean) {
    if (
      !active &&
      !(await askConfirm({
        title: t.accounts.confirmDeactivate(label()),
        confirmLabel: t.accounts.deactivate,
        cancelLabel: t.common.cancel,
      }))
    )
      return;
    if (await form.run(() => api.users.update(u().id, { active, version: u().version }))) props.onChanged();
  }

  return (
    <>
      <tr classList={{ inactive: !u().active }}>
        <td>
          <span class="title">{u().name}</span>
          <Show when={isMe()}>
            {' '}
            <span class="meta">({t.accounts.you})</span>
          </Show>
          <br />
          <span class="meta">{u().email}</span>
        </td>
        <td>{t.accounts.roles[u().role]}</td>
        <td>
          {u().role === 'editor'
            ? departmentNames(u().departmentIds, props.departments, t.accounts.noDepartments)
            : u().role === 'admin'
              ? t.accounts.allDepartments
              : t.accounts.empty}
        </td>
        <td>{u().active ? t.accounts.active : t.accounts.deactivated}</td>
        <td>
          <div class="actions">
            <Show when={!editing()}>
              <button
                type="button"
                onClick={() => (setRole(u().role), setEditing(true))}
                aria-label={t.accounts.changeNamed(label())}
              >
                {t.accounts.change}
              </button>
            </Show>
            <Show when={!isMe()}>
              <Show
                when={u().active}
                fallback={
                  <button
                    type="button"
                    onClick={() => setActive(true)}
                    aria-label={t.accounts.reactivateNamed(label())}
                  >
                    {t.accounts.reactivate}
                  </button>
                }
              >
                <button
                  type="button"
                  class="danger"
                  onClick={() => setActive(false)}
                  aria-label={t.accounts.deactivateNamed(label())}
                >
                  {t.accounts.deactivate}
                </button>
              </Show>
            </Show>
          </div>
          <Show when={!editing()}>
            <FormMessage message={form.message()} />
          </Show>
        </td>
      </tr>
      <Show when={editing()}>
        <tr class="edit-row">
          <td colSpan={5}>
            <form class="form" onSubmit={save} novalidate aria-label={t.accounts.changeTitle(label())}>
              <h3>{t.accounts.changeTitle(label())}</h3>
              <SelectField
                name="role"
                label={t.accounts.role}
                value={role()}
                options={roleOptions(t)}
                onChange={(v) => setRole(v as Role)}
                hint={t.accounts.roleHints[role()]}
                errors={form.errors()}
              />
              <Show when={role() === 'editor'}>
                <CheckboxGroup
                  name="departmentIds"
                  legend={t.accounts.departments}
                  hint={t.accounts.departmentsHint}
                  options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
                  checked={u().departmentIds}
                  errors={form.errors()}
                />
              </Show>
              <FormMessage message={form.message()} />
              <div class="actions">
                <button type="submit" class="primary" disabled={form.busy()}>
                  {form.busy() ? t.common.saving : t.common.save}
                </button>
                <button type="button" onClick={() => (setEditing(false), form.setMessage(null))}>
                  {t.common.cancel}
                </button>
              </div>
            </form>
          </td>
        </tr>
      </Show>
    </>
  );
}

function PendingInvites(props: {
  kit: LocaleKit;
  invites: Invite[];
  departments: Department[];
  onChanged: () => void;
}) {
  const { t, fmt } = props.kit;
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t.accounts.pending}</h2>
      <Show when={props.invites.length} fallback={<p class="hint">{t.accounts.noPending}</p>}>
        <ul class="list">
          <For each={props.invites}>
            {(inv) => {
              const form = createFormState(t);
              const who = () => inv.email || t.accounts.setupLink;
              async function withdraw() {
                if (
                  !(await askConfirm({
                    title: t.accounts.confirmWithdraw(who()),
                    confirmLabel: t.accounts.withdraw,
                    cancelLabel: t.common.cancel,
                  }))
                )
                  return;
                if (await form.run(async () => (await api.invites.withdraw(inv.id), true))) props.onChanged();
              }
              return (
                <li class="card">
                  <div class="row-between">
                    <div>
                      <span class="title">{who()}</span>
                      <span class="meta">
                        {' · '}
                        {t.accounts.roles[inv.role]}
                        <Show when={inv.role === 'editor'}>
                          {' '}
                          · {departmentNames(inv.departmentIds, props.departments, t.accounts.noDepartments)}
                        </Show>
                        {' · '}
                        {t.accounts.expires(fmt.date(inv.expiresAt.slice(0, 10)))}
                      </span>
                    </div>
                    <button
                      type="button"
                      class="danger"
                      onClick={withdraw}
                      aria-label={t.accounts.withdrawNamed(who())}
                    >
                      {t.accounts.withdraw}
                    </button>
                  </div>
                  <FormMessage message={form.message()} />
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
