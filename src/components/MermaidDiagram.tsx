// Draws Mermaid text lazily: mermaid is imported only when this component mounts, so pages
// without a diagram never load it. securityLevel 'strict' disables Mermaid's own `click`
// directives, so nodes are made clickable (and keyboard-focusable) here by delegation.
import { createEffect, createSignal, on, onCleanup, Show, type JSX } from 'solid-js';
import { DiagramViewport, type ViewportHandle } from './DiagramViewport.tsx';
import type { Diagram, DiagramNode } from '../diagrams/hierarchy.ts';
import { FLOWCHART_CONFIG } from '../diagrams/mermaid-config.ts';
import type { Messages } from '../i18n/index.ts';

let renderCount = 0;

/**
 * Mermaid starts loading with the island that draws it, while the page's data is still on its way,
 * rather than after the data arrived and the rest of the page was drawn.
 */
let mermaidModule: Promise<typeof import('mermaid')> | undefined;
function loadMermaid() {
  mermaidModule ??= import('mermaid').catch((e: unknown) => {
    mermaidModule = undefined; // a failed download is tried again on the next draw
    throw e;
  });
  return mermaidModule;
}
if (typeof window !== 'undefined') loadMermaid().catch(() => {});

export function MermaidDiagram(props: {
  diagram: Diagram;
  t: Messages;
  hrefFor: (node: DiagramNode) => string | null;
}) {
  let container!: HTMLDivElement;
  let viewport: ViewportHandle | undefined;
  const [state, setState] = createSignal<'loading' | 'ready' | 'failed'>('loading');
  let drawnKey = '';

  // What a drawing shows: its text, and what each node stands for (tooltips, links).
  const drawingKey = (d: Diagram) =>
    `${d.text}\n${Object.entries(d.nodes)
      .map(([k, n]) => `${k} ${n.id} ${n.label}`)
      .join('\n')}`;
  createEffect(
    on(
      () => props.diagram,
      async (diagram) => {
        const text = diagram.text;
        const key = drawingKey(diagram);
        // A refreshed tree that draws the same thing keeps the drawing (and its zoom and scroll).
        if (key === drawnKey && state() === 'ready') return;
        setState('loading');
        try {
          const mermaid = (await loadMermaid()).default;
          mermaid.initialize(structuredClone(FLOWCHART_CONFIG));
          const renderId = `tiller-diagram-${++renderCount}`;
          const { svg } = await mermaid.render(renderId, text);
          container.innerHTML = svg;
          drawnKey = key;
          makeNodesInteractive(renderId);
          setState('ready');
          viewport?.reset();
        } catch (e) {
          console.error('Diagram failed', e);
          container.textContent = '';
          setState('failed');
        }
      },
    ),
  );

  // Mermaid names node elements `<renderId>-flowchart-<nodeId>-<n>`: map them back to goals.
  const nodeOf = (el: Element | null): DiagramNode | null => {
    const g = el?.closest('g.node');
    const m = g?.id.match(/-flowchart-(.+)-\d+$/);
    return (m && props.diagram.nodes[m[1]!]) || null;
  };

  function makeNodesInteractive(renderId: string) {
    container.querySelectorAll<SVGGElement>(`#${renderId} g.node`).forEach((g) => {
      const node = nodeOf(g);
      if (!node) return;
      // The whole text, also where the drawn label ends with an ellipsis: as a tooltip, and as
      // the accessible name (it starts with the visible text, so speech input finds it too).
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.textContent = node.label;
      g.prepend(title);
      if (!props.hrefFor(node)) return;
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'link');
      g.setAttribute('aria-label', node.label);
      g.classList.add('clickable');
    });
  }

  const open = (el: Element | null) => {
    const node = nodeOf(el);
    const href = node && props.hrefFor(node);
    if (href) location.href = href;
  };
  const onClick = (e: MouseEvent) => open(e.target as Element);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(e.target as Element);
    }
  };
  onCleanup(() => (container.innerHTML = ''));

  return (
    <figure class="diagram" aria-busy={state() === 'loading'}>
      <figcaption>
        {props.t.diagram.title}
        <Show when={props.diagram.truncated}>
          <span class="hint"> — {props.t.diagram.truncated}</span>
        </Show>
      </figcaption>
      <Show when={state() === 'loading'}>
        <p class="hint">{props.t.diagram.loading}</p>
      </Show>
      <Show when={state() === 'failed'}>
        <p class="notice" role="alert">
          {props.t.diagram.failed}
        </p>
      </Show>
      <DiagramViewport
        t={props.t}
        handle={(h) => (viewport = h)}
        start="middle"
        content={(el) => (container = el)}
        contentProps={
          {
            class: 'diagram-canvas',
            onClick,
            onKeyDown: onKey,
            'data-state': state(),
          } as JSX.HTMLAttributes<HTMLDivElement>
        }
      />
    </figure>
  );
}
