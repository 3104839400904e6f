// A wide table scrolls sideways inside its own box instead of the page (phones). The box is a
// labelled, focusable group so keyboard users can scroll it with the arrow keys (a group, not a
// region: a landmark would repeat the name of the section around it).
import type { JSX } from 'solid-js';

export function TableScroll(props: { label: string; children: JSX.Element }) {
  return (
    <div class="table-scroll" role="group" tabindex="0" aria-label={props.label}>
      {props.children}
    </div>
  );
}
