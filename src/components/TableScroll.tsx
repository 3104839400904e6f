// A wide table scrolls sideways inside its own box instead of the page (phones). The box is a
// labelled, focusable region so keyboard users can scroll it with the arrow keys.
import type { JSX } from 'solid-js';

export function TableScroll(props: { label: string; children: JSX.Element }) {
  return (
    <div class="table-scroll" role="region" tabindex="0" aria-label={props.label}>
      {props.children}
    </div>
  );
}
