// The bin (admins): goals deleted in the last 30 days with what they contain. Restore puts one
// back as it was (or as a top-level goal when the goal it was under is gone); purge asks in the
// page, not in a browser dialog, before it removes one for good.
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { ApiError, api } from '../../client/api.ts';
import type { BinEntry } from '../../domain/bin.ts';
import type { Locale } from '../../i18n/index.ts';
import { FormMessage } from '../../components/Field.tsx';
import { createFormState } from '../../client/forms.ts';
import { useLocale, type LocaleKit } from '../../client/i18n.ts';
import { dateTimeFormat } from './AuditEntries.tsx';

export default function Bin(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const [entries, { refetch }] = createResource(() => api.bin.list());
  const [done, setDone] = createSignal('');
  const forbidden = () => entries.error instanceof ApiError && entries.error.status === 403;
  const changed = (message: string) => {
    setDone(message);
    void refetch();
  };

  return (
    <>
      <h1>{t.accounts.binTitle}</h1>
      <p class="lede">{t.accounts.binIntro}</p>
      <p class="form-message ok" role="status">
        {done()}
      </p>
      <Switch>
        <Match when={entries.error}>
          <div class="notice" role="alert">
            <p>{forbidden() ? t.accounts.binNotAllowed : t.common.loadFailed}</p>
            <Show when={!forbidden()}>
              <button type="button" onClick={() => refetch()}>
                {t.common.retry}
              </button>
            </Show>
          </div>
        </Match>
        <Match when={entries.latest}>
          {(list) => (
            <Show when={list().length} fallback={<p class="hint">{t.accounts.binEmpty}</p>}>
              <ul class="bin-list">
                <For each={list()}>{(entry) => <BinItem kit={kit} entry={entry} onChanged={changed} />}</For>
              </ul>
            </Show>
          )}
        </Match>
        <Match when={entries.loading}>
          <p class="hint" aria-live="polite">
            {t.common.loading}
          </p>
        </Match>
      </Switch>
    </>
  );
}

function BinItem(props: { kit: LocaleKit; entry: BinEntry; onChanged: (message: string) => void }) {
  const { t } = props.kit;
  const when = dateTimeFormat(props.kit.locale);
  const form = createFormState(t);
  const [confirming, setConfirming] = createSignal(false);
  const [canTop, setCanTop] = createSignal(false);
  const e = () => props.entry;
  const headingId = `bin-${e().id}`;
  let confirmButton: HTMLButtonElement | undefined;
  let purgeButton: HTMLButtonElement | undefined;

  async function restore(toTopLevel = false) {
    const ok = await form.run(async () => {
      try {
        await api.bin.restore(e().id, { toTopLevel });
        return true;
      } catch (err) {
        if (err instanceof ApiError && err.status === 409 && err.body.canRestoreToTopLevel === true) setCanTop(true);
        throw err;
      }
    });
    if (ok) props.onChanged(t.accounts.restored(e().title));
  }
  async function purge() {
    const ok = await form.run(async () => (await api.bin.purge(e().id), true));
    if (ok) props.onChanged(t.accounts.purged(e().title));
  }
  function askPurge() {
    setConfirming(true);
    confirmButton?.focus();
  }
  function cancelPurge() {
    setConfirming(false);
    purgeButton?.focus();
  }

  return (
    <li class="card bin-item" aria-labelledby={headingId}>
      <h2 id={headingId} class="title" dir="auto">
        {e().title}
      </h2>
      <dl class="facts">
        <div>
          <dt>{t.accounts.binDepartment}</dt>
          <dd dir="auto">
            {e().departmentName}
            <Show when={e().parentTitle}>{(p) => <span class="meta"> · {t.accounts.binUnder(p())}</span>}</Show>
          </dd>
        </div>
        <div>
          <dt>{t.accounts.binDeletedBy}</dt>
          <dd dir="auto">{e().deletedBy}</dd>
        </div>
        <div>
          <dt>{t.accounts.binDeletedAt}</dt>
          <dd>
            {when(e().deletedAt)} <span class="meta">· {t.accounts.binPurgeAt(when(e().purgeAt))}</span>
          </dd>
        </div>
        <div>
          <dt>{t.accounts.binContains}</dt>
          <dd>{t.accounts.binContents(e().contents)}</dd>
        </div>
      </dl>
      <FormMessage message={form.message()} />
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={form.busy()}
          onClick={() => restore()}
          aria-label={t.accounts.restoreNamed(e().title)}
        >
          {t.accounts.restore}
        </button>
        <Show when={canTop()}>
          <button type="button" disabled={form.busy()} onClick={() => restore(true)}>
            {t.accounts.restoreToTop}
          </button>
        </Show>
        <button
          type="button"
          class="danger"
          ref={purgeButton}
          disabled={form.busy()}
          onClick={askPurge}
          aria-expanded={confirming()}
          aria-label={t.accounts.purgeNamed(e().title)}
        >
          {t.accounts.purge}
        </button>
      </div>
      {/* The confirmation stays in the page (kept in the DOM so focus can move to it at once). */}
      <div
        class="danger-zone bin-confirm"
        role="group"
        aria-label={t.accounts.purgeNamed(e().title)}
        hidden={!confirming()}
      >
        <p>{t.accounts.confirmPurge(e().title)}</p>
        <div class="actions">
          <button type="button" class="danger" ref={confirmButton} disabled={form.busy()} onClick={purge}>
            {t.accounts.purgeForGood}
          </button>
          <button type="button" onClick={cancelPurge}>
            {t.common.cancel}
          </button>
        </div>
      </div>
    </li>
  );
}
