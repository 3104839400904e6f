// Inputs the shared Field.tsx does not offer: e-mail and password with autocomplete hints, and
// a group of checkboxes (departments, measures). Same markup and error wiring as Field.tsx.
import { createUniqueId, For, Show, type JSX } from 'solid-js';

interface Props {
  name: string;
  label: string;
  type: 'email' | 'password' | 'text';
  autocomplete: string;
  errors?: Record<string, string[]>;
  hint?: string;
  value?: string;
  required?: boolean;
  ref?: (el: HTMLInputElement) => void;
}

export function InputField(props: Props) {
  const id = createUniqueId();
  const list = () => props.errors?.[props.name] ?? [];
  const describedBy = () =>
    [props.hint ? `${id}-hint` : '', list().length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field" classList={{ invalid: list().length > 0 }}>
      <label for={id}>
        {props.label}
        <Show when={props.required}>
          <span aria-hidden="true" class="req">
            {' '}
            *
          </span>
        </Show>
      </label>
      <input
        id={id}
        ref={props.ref}
        name={props.name}
        type={props.type}
        autocomplete={props.autocomplete}
        value={props.value ?? ''}
        required={props.required}
        spellcheck={false}
        aria-invalid={list().length > 0}
        aria-describedby={describedBy()}
      />
      <Show when={props.hint}>
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={list().length}>
        <p class="field-error" id={`${id}-error`}>
          <For each={list()}>{(m) => <span>{m} </span>}</For>
        </p>
      </Show>
    </div>
  );
}

/** Checkboxes sharing one name; FormData.getAll(name) gives the checked values. */
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string; hint?: string }[];
  checked?: readonly string[];
  hint?: string;
  errors?: Record<string, string[]>;
  children?: JSX.Element;
}) {
  const id = createUniqueId();
  const list = () => props.errors?.[props.name] ?? [];
  return (
    <fieldset
      class="checkbox-group"
      classList={{ invalid: list().length > 0 }}
      aria-describedby={props.hint ? `${id}-hint` : undefined}
    >
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <For each={props.options}>
        {(o) => (
          <label>
            <input
              type="checkbox"
              name={props.name}
              value={o.value}
              checked={props.checked?.includes(o.value) ?? false}
            />{' '}
            {o.label}
            <Show when={o.hint}>
              <span class="meta"> · {o.hint}</span>
            </Show>
          </label>
        )}
      </For>
      {props.children}
      <Show when={list().length}>
        <p class="field-error">
          <For each={list()}>{(m) => <span>{m} </span>}</For>
        </p>
      </Show>
    </fieldset>
  );
}

/** Values of every checked checkbox named `name` in `form`. */
export const checkedValues = (form: HTMLFormElement, name: string): string[] =>
  new FormData(form).getAll(name).filter((v): v is string => typeof v === 'string');
