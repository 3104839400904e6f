// The sign-in page: e-mail and password, one generic error (it never says whether the e-mail
// exists), the wait after too many failures, then back to where the person was going.
import { createSignal, onMount, Show } from 'solid-js';
import { ApiError, api } from '../../client/api.ts';
import { loadSession, type SessionState } from '../../client/session.ts';
import type { Locale } from '../../i18n/index.ts';
import { FormMessage } from '../../components/Field.tsx';
import { readForm } from '../../client/forms.ts';
import { useLocale } from '../../client/i18n.ts';
import { InputField } from './fields.tsx';
import { safeNext } from './next.ts';

export default function SignIn(props: { locale: Locale }) {
  const { t, href } = useLocale(props.locale);
  const params = new URLSearchParams(location.search);
  const next = safeNext(params.get('next'), href('/'));
  const [current, setCurrent] = createSignal<SessionState>({ status: 'loading' });
  const [errors, setErrors] = createSignal<Record<string, string[]>>({});
  const [message, setMessage] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let password!: HTMLInputElement;
  let email!: HTMLInputElement;

  onMount(async () => {
    setCurrent(await loadSession());
    if (current().status !== 'signedIn') email?.focus();
  });

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const missing: Record<string, string[]> = {};
    if (!v.email?.trim()) missing.email = [t.accounts.required];
    if (!v.password) missing.password = [t.accounts.required];
    setErrors(missing);
    setMessage(null);
    if (Object.keys(missing).length) {
      setMessage(t.common.fixFields);
      return;
    }
    setBusy(true);
    try {
      await api.session.signIn(v.email!, v.password!);
      location.assign(next);
    } catch (err) {
      setBusy(false);
      password.value = '';
      password.focus();
      if (err instanceof ApiError && err.status === 401) setMessage(t.accounts.wrongCredentials);
      else if (err instanceof ApiError && err.status === 429)
        setMessage(t.accounts.tooManyAttempts(Math.max(1, Math.ceil((err.retryAfter ?? 60) / 60))));
      else if (err instanceof ApiError) (setErrors(err.errors), setMessage(err.message));
      else setMessage(t.common.loadFailed);
    }
  }

  return (
    <section class="account-page" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{t.accounts.signInTitle}</h1>
      <Show
        when={(() => {
          const s = current();
          return s.status === 'signedIn' ? s.user : null;
        })()}
        fallback={
          <>
            <p class="lede">{params.has('next') ? t.accounts.signInToContinue : t.accounts.signInIntro}</p>
            <form class="card form" onSubmit={submit} novalidate>
              <InputField
                name="email"
                type="email"
                autocomplete="username"
                label={t.accounts.email}
                errors={errors()}
                required
                ref={(el) => (email = el)}
              />
              <InputField
                name="password"
                type="password"
                autocomplete="current-password"
                label={t.accounts.password}
                errors={errors()}
                required
                ref={(el) => (password = el)}
              />
              <FormMessage message={message()} />
              <div class="actions">
                <button type="submit" class="primary" disabled={busy()}>
                  {busy() ? t.accounts.signingIn : t.accounts.signIn}
                </button>
              </div>
            </form>
            <p class="hint">{t.accounts.noAccount}</p>
          </>
        }
      >
        {(user) => (
          <div class="card">
            <p>{t.accounts.alreadySignedIn(user().name || user().email)}</p>
            <a class="button primary" href={next}>
              {t.accounts.continue}
            </a>
          </div>
        )}
      </Show>
    </section>
  );
}
