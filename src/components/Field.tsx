// Labelled form fields with their error messages tied to the input (aria-describedby).
import { createUniqueId, For, Show, type JSX } from 'solid-js';

interface Common {
  name: string;
  label: string;
  errors?: Record<string, string[]>;
  hint?: string;
  /** A non-blocking warning shown under the field (e.g. a sub-goal ending after its parent). */
  warning?: string | null;
  required?: boolean;
}

function describe(name: string, errors: Record<string, string[]> | undefined) {
  const list = errors?.[name] ?? [];
  return { list, invalid: list.length > 0 };
}

function Wrapper(props: Common & { id: string; children: JSX.Element }) {
  const e = () => describe(props.name, props.errors);
  return (
    <div class="field" classList={{ invalid: e().invalid }}>
      <label for={props.id}>
        {props.label}
        <Show when={props.required}>
          <span aria-hidden="true" class="req">
            {' '}
            *
          </span>
        </Show>
      </label>
      {props.children}
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.warning}>
        <p class="field-warning" id={`${props.id}-warning`} role="status">
          {props.warning}
        </p>
      </Show>
      <Show when={e().invalid}>
        <p class="field-error" id={`${props.id}-error`}>
          <For each={e().list}>{(m) => <span>{m} </span>}</For>
        </p>
      </Show>
    </div>
  );
}

const describedBy = (id: string, props: Common) =>
  [
    props.hint ? `${id}-hint` : '',
    props.warning ? `${id}-warning` : '',
    describe(props.name, props.errors).invalid ? `${id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ') || undefined;

export function TextField(
  props: Common & {
    value?: string | number | null;
    type?: 'text' | 'date' | 'number';
    step?: string;
    multiline?: boolean;
    max?: string;
    min?: string;
    onInput?: (v: string) => void;
  },
) {
  const id = createUniqueId();
  return (
    <Wrapper {...props} id={id}>
      {props.multiline ? (
        <textarea
          id={id}
          name={props.name}
          rows={3}
          aria-invalid={describe(props.name, props.errors).invalid}
          aria-describedby={describedBy(id, props)}
        >
          {props.value ?? ''}
        </textarea>
      ) : (
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          step={props.step}
          min={props.min}
          max={props.max}
          value={props.value ?? ''}
          required={props.required}
          aria-invalid={describe(props.name, props.errors).invalid}
          aria-describedby={describedBy(id, props)}
          onInput={(e) => props.onInput?.(e.currentTarget.value)}
        />
      )}
    </Wrapper>
  );
}

export function SelectField(
  props: Common & {
    value?: string | null;
    options: readonly { value: string; label: string }[];
    onChange?: (v: string) => void;
  },
) {
  const id = createUniqueId();
  return (
    <Wrapper {...props} id={id}>
      <select
        id={id}
        name={props.name}
        required={props.required}
        aria-invalid={describe(props.name, props.errors).invalid}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange?.(e.currentTarget.value)}
      >
        <For each={props.options}>
          {(o) => (
            <option value={o.value} selected={o.value === (props.value ?? '')}>
              {o.label}
            </option>
          )}
        </For>
      </select>
    </Wrapper>
  );
}

/** A message for the whole form (conflicts, server errors), announced to screen readers. */
export function FormMessage(props: { message: string | null; kind?: 'error' | 'ok' }) {
  return (
    <p class={`form-message ${props.kind ?? 'error'}`} role={props.kind === 'ok' ? 'status' : 'alert'}>
      {props.message ?? ''}
    </p>
  );
}
