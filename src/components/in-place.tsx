// Forms that open in place, and confirmation dialogs: one way to move focus for both. A form that
// opens takes focus on its first field (so typed text lands in it), Escape closes it, and focus
// goes back to the button that opened it, even when that button was re-rendered meanwhile (it is
// found again by its data-opener key, which callers keep stable: "measure", `carry:${goalId}`).
import { createSignal, createUniqueId, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { render } from 'solid-js/web';

const FIELDS = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** Calls `found` with the first element matching `selector` in `root`, now or once it appears (lazy forms). */
function whenPresent(root: ParentNode, selector: string, found: (el: HTMLElement) => void, ms = 5000): () => void {
  const now = root.querySelector<HTMLElement>(selector);
  if (now) return (found(now), () => {});
  const observer = new MutationObserver(() => {
    const el = root.querySelector<HTMLElement>(selector);
    if (el) (stop(), found(el));
  });
  const timer = setTimeout(() => stop(), ms);
  const stop = () => (observer.disconnect(), clearTimeout(timer));
  observer.observe(root instanceof Document ? root.body : (root as Node), { childList: true, subtree: true });
  return stop;
}

/**
 * Gives focus back to `opener`, or to the element that now carries its data-opener key (a view
 * rebuilt after saving draws a new button), as soon as it exists; unless the person moved on.
 */
export function returnFocus(opener: Element | null) {
  const key = opener?.getAttribute('data-opener');
  if (opener instanceof HTMLElement && opener.isConnected) return opener.focus();
  if (!key) return;
  const stop = whenPresent(document, `[data-opener="${CSS.escape(key)}"]`, (el) => {
    if (document.activeElement === document.body || document.activeElement === null) el.focus();
  });
  // Someone who clicks or tabs elsewhere meanwhile keeps their focus.
  document.addEventListener('focusin', () => stop(), { once: true });
}

/**
 * Which of a view's in-place forms is open. `opener(key)` goes on the button that opens it:
 * `<button {...forms.opener('measure')} onClick={(e) => forms.open('measure', e)}>`.
 */
export function createInPlace<K extends string>(scope: string) {
  const [current, setCurrent] = createSignal<K | null>(null);
  let opener: Element | null = null;
  return {
    current,
    is: (key: K) => current() === key,
    open(key: K, e?: Event) {
      opener = (e?.currentTarget as Element | undefined) ?? document.activeElement;
      setCurrent(() => key);
    },
    close() {
      if (current() === null) return;
      setCurrent(null);
      returnFocus(opener);
    },
    opener: (key: K) => ({ 'data-opener': `${scope}:${key}`, 'aria-expanded': current() === key }),
  };
}
export type InPlace<K extends string> = ReturnType<typeof createInPlace<K>>;

/**
 * The box around an open form: focuses its first field when it appears, and Escape closes it
 * (not while a search field still has text to clear, and only the innermost of nested forms).
 */
export function InPlaceForm(props: {
  onClose: () => void;
  children: JSX.Element;
  class?: string;
  /** False: a form shown from the start (nothing was opened) leaves focus alone. */ autofocus?: boolean;
}) {
  let box!: HTMLDivElement;
  onMount(() => {
    if (props.autofocus === false) return;
    const stop = whenPresent(box, FIELDS, (el) => el.focus());
    onCleanup(stop);
  });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const t = e.target as HTMLInputElement;
    if (t.type === 'search' && t.value) return;
    e.preventDefault();
    e.stopPropagation();
    props.onClose();
  };
  return (
    <div class={`in-place ${props.class ?? ''}`} ref={box} onKeyDown={onKeyDown}>
      {props.children}
    </div>
  );
}

export interface ConfirmProps {
  title: string;
  /** What will happen; more content (choices) goes in children. */
  message?: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button in the danger style (deleting). Default true. */
  danger?: boolean;
  busy?: boolean;
  /** A failure to show inside the dialog (it stays open). */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  children?: JSX.Element;
}

/**
 * A modal confirmation (native <dialog>, showModal): labelled by its title, described by its
 * message, focus on the safe button (Cancel), Escape cancels, focus goes back to the opener.
 */
export function ConfirmDialog(props: ConfirmProps) {
  let dialog!: HTMLDialogElement;
  let cancel!: HTMLButtonElement;
  const id = createUniqueId();
  const opener = document.activeElement;
  onMount(() => {
    dialog.showModal();
    cancel.focus();
  });
  onCleanup(() => {
    if (dialog.open) dialog.close();
    returnFocus(opener);
  });
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={props.message ? `${id}-message` : undefined}
      onCancel={(e) => (e.preventDefault(), props.onCancel())}
    >
      <form method="dialog" onSubmit={(e) => (e.preventDefault(), props.onConfirm())}>
        <h2 id={`${id}-title`}>{props.title}</h2>
        <Show when={props.message}>
          <p id={`${id}-message`}>{props.message}</p>
        </Show>
        {props.children}
        <p class="form-message error" role="alert">
          {props.error ?? ''}
        </p>
        <div class="actions">
          <button type="button" ref={cancel} onClick={() => props.onCancel()}>
            {props.cancelLabel}
          </button>
          <button type="submit" class={props.danger === false ? 'primary' : 'danger'} disabled={props.busy}>
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** `confirm()` as an accessible dialog: resolves true when confirmed, false when cancelled. */
export function askConfirm(
  opts: Omit<ConfirmProps, 'onConfirm' | 'onCancel' | 'busy' | 'error' | 'children'>,
): Promise<boolean> {
  return new Promise((resolve) => {
    const host = document.createElement('div');
    document.body.append(host);
    let dispose = () => {};
    const done = (ok: boolean) => {
      dispose();
      host.remove();
      resolve(ok);
    };
    dispose = render(() => <ConfirmDialog {...opts} onConfirm={() => done(true)} onCancel={() => done(false)} />, host);
  });
}
