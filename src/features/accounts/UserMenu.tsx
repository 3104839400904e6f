// The header's account corner: who is signed in, with sign-out, or a sign-in link; the
// administration links for those who may use them (the server guards those pages anyway).
import { createSignal, Match, Show, Switch } from 'solid-js';
import { api, signInUrl } from '../../client/api.ts';
import { can, currentUser, isAdmin, session } from '../../client/session.ts';
import type { Locale } from '../../i18n/index.ts';
import { useLocale } from '../../client/i18n.ts';

export default function UserMenu(props: { locale: Locale; path: string }) {
  const { t, href } = useLocale(props.locale);
  const [busy, setBusy] = createSignal(false);
  const link = (path: string, label: string) => (
    <li>
      <a href={href(path)} aria-current={props.path === path ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );

  async function signOut() {
    setBusy(true);
    try {
      await api.session.signOut();
    } finally {
      location.assign(href('/sign-in/'));
    }
  }

  return (
    <div class="user-menu">
      <Switch>
        <Match when={currentUser()}>
          {(user) => (
            <>
              <Show when={can('manage_tokens')}>
                <nav aria-label={t.accounts.adminNav} class="admin-nav">
                  <ul>
                    <Show when={isAdmin()}>{link('/admin/users/', t.accounts.usersNav)}</Show>
                    {link('/import/', t.importer.nav)}
                    {link('/admin/tokens/', t.accounts.tokensNav)}
                    <Show when={isAdmin()}>{link('/admin/audit/', t.accounts.auditNav)}</Show>
                    <Show when={isAdmin()}>{link('/admin/bin/', t.accounts.binNav)}</Show>
                  </ul>
                </nav>
              </Show>
              <span class="who" title={user().email}>
                <span class="visually-hidden">{t.accounts.signedInAs(user().name, t.accounts.roles[user().role])}</span>
                <span aria-hidden="true">
                  {user().name || user().email} <span class="role">{t.accounts.roles[user().role]}</span>
                </span>
              </span>
              <button type="button" class="link" onClick={signOut} disabled={busy()}>
                {busy() ? t.accounts.signingOut : t.accounts.signOut}
              </button>
            </>
          )}
        </Match>
        <Match when={session().status === 'anonymous' && props.path !== '/sign-in/'}>
          <a href={signInUrl()}>{t.accounts.signIn}</a>
        </Match>
      </Switch>
    </div>
  );
}
