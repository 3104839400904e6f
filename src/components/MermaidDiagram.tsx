// Draws Mermaid text lazily: mermaid is imported only when this component mounts, so pages
// without a diagram never load it. securityLevel 'strict' disables Mermaid's own `click`
// directives, so nodes are made clickable (and keyboard-focusable) here by delegation.
import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js';
import type { Diagram, DiagramNode } from '../diagrams/hierarchy.ts';
import type { Messages } from '../i18n/index.ts';

let renderCount = 0;

/** A node's text as it reads on screen: its lines joined by spaces (textContent runs them together). */
function visibleText(g: SVGGElement): string {
  const html = g.querySelector<HTMLElement>('.nodeLabel');
  const text = html ? html.innerText : [...g.querySelectorAll('tspan, text')].map((e) => e.textContent).join(' ');
  return (text || g.textContent || '').replace(/\s+/g, ' ').trim();
}

export function MermaidDiagram(props: { diagram: Diagram; t: Messages; hrefFor: (node: DiagramNode) => string | null }) {
  let container!: HTMLDivElement;
  const [state, setState] = createSignal<'loading' | 'ready' | 'failed'>('loading');

  createEffect(
    on(
      () => props.diagram.text,
      async (text) => {
        setState('loading');
        try {
          const mermaid = (await import('mermaid')).default;
          mermaid.initialize({
            startOnLoad: false,
            securityLevel: 'strict',
            theme: 'base',
            themeVariables: { fontFamily: 'system-ui, sans-serif', fontSize: '14px' },
            flowchart: { htmlLabels: true, useMaxWidth: false },
          });
          const renderId = `tiller-diagram-${++renderCount}`;
          const { svg } = await mermaid.render(renderId, text);
          container.innerHTML = svg;
          makeNodesInteractive(renderId);
          setState('ready');
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
      if (!node || !props.hrefFor(node)) return;
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'link');
      g.setAttribute('aria-label', visibleText(g));
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
        <p class="notice" role="alert">{props.t.diagram.failed}</p>
      </Show>
      <div class="diagram-canvas" ref={container} onClick={onClick} onKeyDown={onKey} data-state={state()} />
    </figure>
  );
}
