import { Match, Switch, type JSX, type Resource } from 'solid-js';
import { ApiError } from '../client/api.ts';
import type { Messages } from '../i18n/index.ts';

/** Shows a resource's loading and failure states, and its content once loaded. */
export function Loaded<T>(props: {
  data: Resource<T>;
  t: Messages;
  retry: () => void;
  children: (value: T) => JSX.Element;
}) {
  return (
    <Switch>
      <Failed data={props.data} t={props.t} retry={props.retry} />
      {/* keyed: a refetch yields a new value, and the view is rebuilt from it */}
      <Match when={props.data.latest} keyed>
        {(value) => props.children(value as T)}
      </Match>
      <Loading data={props.data} t={props.t} />
    </Switch>
  );
}

/**
 * Like Loaded, but a refetch (another period, say) updates the view in place instead of rebuilding
 * it, so the control that asked for it keeps its focus.
 */
export function LoadedInPlace<T>(props: {
  data: Resource<T>;
  t: Messages;
  retry: () => void;
  children: (value: () => T) => JSX.Element;
}) {
  return (
    <Switch>
      <Failed data={props.data} t={props.t} retry={props.retry} />
      <Match when={props.data.latest}>{(value) => props.children(value as () => T)}</Match>
      <Loading data={props.data} t={props.t} />
    </Switch>
  );
}

function Failed(props: { data: Resource<unknown>; t: Messages; retry: () => void }) {
  return (
    <Match when={props.data.error}>
      <div class="notice" role="alert">
        <p>
          {props.data.error instanceof ApiError && props.data.error.status === 404
            ? props.t.common.notFound
            : props.t.common.loadFailed}
        </p>
        <button type="button" onClick={() => props.retry()}>
          {props.t.common.retry}
        </button>
      </div>
    </Match>
  );
}

function Loading(props: { data: Resource<unknown>; t: Messages }) {
  return (
    <Match when={props.data.loading}>
      <p class="hint" aria-live="polite">
        {props.t.common.loading}
      </p>
    </Match>
  );
}
