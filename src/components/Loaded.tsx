import { Match, Switch, type JSX, type Resource } from 'solid-js';
import { ApiError } from '../client/api.ts';
import type { Messages } from '../i18n/index.ts';

/** Shows a resource's loading and failure states, and its content once loaded. */
export function Loaded<T>(props: { data: Resource<T>; t: Messages; retry: () => void; children: (value: T) => JSX.Element }) {
  return (
    <Switch>
      <Match when={props.data.error}>
        <div class="notice" role="alert">
          <p>{props.data.error instanceof ApiError && props.data.error.status === 404 ? props.t.common.notFound : props.t.common.loadFailed}</p>
          <button type="button" onClick={() => props.retry()}>{props.t.common.retry}</button>
        </div>
      </Match>
      {/* keyed: a refetch yields a new value, and the view is rebuilt from it */}
      <Match when={props.data.latest} keyed>
        {(value) => props.children(value as T)}
      </Match>
      <Match when={props.data.loading}>
        <p class="hint" aria-live="polite">{props.t.common.loading}</p>
      </Match>
    </Switch>
  );
}
