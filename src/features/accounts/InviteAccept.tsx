// Accepting an invite (or the first-start setup link): name, password twice, and the e-mail
// address when the link names none. The account is created and signed in, then home.
import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { ApiError, api } from '../../client/api.ts';
import { passwordLength, passwordWeakness, PASSWORD_MIN } from '../../domain/accounts.ts';
import type { Locale } from '../../i18n/index.ts';
import { FormMessage } from '../../components/Field.tsx';
import { readForm } from '../../client/forms.ts';
import { useLocale } from '../../client/i18n.ts';
import { InputField } from './fields.tsx';

export default function InviteAccept(props: { locale: Locale }) {
  const { t, href } = useLocale(props.locale);
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const [invite] = createResource(
    () => token || null,
    (tk) => api.invites.lookup(tk),
  );
  const [errors, setErrors] = createSignal<Record<string, string[]>>({});
  const [message, setMessage] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [typed, setTyped] = createSignal('');
  // The strength hint, as the password is typed: the same rule as the server's (domain/accounts.ts).
  const strength = () => {
    const p = typed();
    if (!p) return t.accounts.passwordHint;
    const weak = passwordWeakness(p);
    if (weak === 'short') return t.accounts.passwordTooShort(passwordLength(p), PASSWORD_MIN);
    if (weak) return t.accounts.passwordWeak[weak];
    return t.accounts.passwordStrongEnough;
  };

  const problem = () => {
    const e = invite.error;
    if (!e) return null;
    if (e instanceof ApiError && e.status === 404) return t.accounts.inviteNotFound;
    if (e instanceof ApiError && e.status === 410) return t.accounts.inviteGone;
    return t.common.loadFailed;
  };

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const needEmail = invite()?.email === '';
    const local: Record<string, string[]> = {};
    if (!v.name?.trim()) local.name = [t.accounts.required];
    if (needEmail && !v.email?.trim()) local.email = [t.accounts.required];
    const weak = passwordWeakness(v.password ?? '');
    if (weak) local.password = [weak === 'short' ? t.accounts.passwordHint : t.accounts.passwordWeak[weak]];
    else if (v.password !== v.repeat) local.repeat = [t.accounts.passwordsDiffer];
    setErrors(local);
    setMessage(null);
    if (Object.keys(local).length) return setMessage(t.common.fixFields);
    setBusy(true);
    try {
      await api.invites.accept({
        token,
        name: v.name!.trim(),
        password: v.password!,
        ...(needEmail ? { email: v.email!.trim() } : {}),
      });
      location.assign(href('/'));
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 409) setMessage(t.accounts.accountExists);
      else if (err instanceof ApiError && err.status === 410) setMessage(t.accounts.inviteGone);
      else if (err instanceof ApiError && err.status === 404) setMessage(t.accounts.inviteNotFound);
      else if (err instanceof ApiError) (setErrors(err.errors), setMessage(err.message));
      else setMessage(t.common.loadFailed);
    }
  }

  return (
    <section class="account-page" aria-labelledby="invite-heading">
      <Switch>
        <Match when={!token}>
          <h1 id="invite-heading">{t.accounts.inviteTitle}</h1>
          <p class="notice" role="alert">
            {t.accounts.noToken}
          </p>
        </Match>
        <Match when={problem()}>
          {(text) => (
            <>
              <h1 id="invite-heading">{t.accounts.inviteTitle}</h1>
              <div class="notice" role="alert">
                <p>{text()}</p>
                <a href={href('/sign-in/')}>{t.accounts.signIn}</a>
              </div>
            </>
          )}
        </Match>
        <Match when={invite()}>
          {(inv) => (
            <>
              <h1 id="invite-heading">{inv().email ? t.accounts.inviteTitle : t.accounts.setupTitle}</h1>
              <p class="lede">
                {inv().email ? t.accounts.inviteIntro(t.accounts.roles[inv().role]) : t.accounts.setupIntro}
                <Show when={inv().email}> {t.accounts.inviteFor(inv().email)}</Show>
              </p>
              <form
                class="card form"
                onSubmit={submit}
                onInput={(e) =>
                  (e.target as HTMLInputElement).name === 'password' && setTyped((e.target as HTMLInputElement).value)
                }
                novalidate
              >
                <Show when={!inv().email}>
                  <InputField
                    name="email"
                    type="email"
                    autocomplete="email"
                    label={t.accounts.yourEmail}
                    errors={errors()}
                    required
                  />
                </Show>
                <InputField
                  name="name"
                  type="text"
                  autocomplete="name"
                  label={t.accounts.yourName}
                  errors={errors()}
                  required
                />
                <InputField
                  name="password"
                  type="password"
                  autocomplete="new-password"
                  label={t.accounts.newPassword}
                  hint={strength()}
                  errors={errors()}
                  required
                />
                <InputField
                  name="repeat"
                  type="password"
                  autocomplete="new-password"
                  label={t.accounts.repeatPassword}
                  errors={errors()}
                  required
                />
                <FormMessage message={message()} />
                <div class="actions">
                  <button type="submit" class="primary" disabled={busy()}>
                    {busy() ? t.common.saving : t.accounts.createAccount}
                  </button>
                </div>
              </form>
            </>
          )}
        </Match>
        <Match when={invite.loading}>
          <p class="hint" aria-live="polite">
            {t.common.loading}
          </p>
        </Match>
      </Switch>
    </section>
  );
}
