// A one-time secret (invite link, API token) shown read-only with a copy button.
import { createSignal, createUniqueId } from 'solid-js';
import type { Messages } from '../../i18n/index.ts';

export function CopyField(props: { label: string; value: string; t: Messages }) {
  const id = createUniqueId();
  const [status, setStatus] = createSignal('');
  let input!: HTMLInputElement;

  async function copy() {
    try {
      await navigator.clipboard.writeText(props.value);
      setStatus(props.t.accounts.copied);
    } catch {
      // No clipboard permission (http, old browser): select the text so Ctrl+C works.
      input.select();
      setStatus(props.t.accounts.copyFailed);
    }
  }

  return (
    <div class="copy-field">
      <label for={id}>{props.label}</label>
      <div class="copy-row">
        <input
          id={id}
          ref={input}
          type="text"
          readOnly
          value={props.value}
          onFocus={(e) => e.currentTarget.select()}
          spellcheck={false}
        />
        <button type="button" class="primary" onClick={copy}>
          {props.t.accounts.copy}
        </button>
      </div>
      <p class="hint" role="status">
        {status()}
      </p>
    </div>
  );
}
