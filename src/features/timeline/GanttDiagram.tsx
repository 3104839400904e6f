// Draws the timeline's Mermaid gantt text lazily (mermaid is imported when this mounts), sized to
// the container. securityLevel 'strict' ignores `click` directives, so a click on a bar or a
// review milestone is mapped back to its goal here (Mermaid names them `<renderId>-<taskId>`).
import { createEffect, createSignal, on, onCleanup, Show, type JSX } from 'solid-js';
import { DiagramViewport, type ViewportHandle } from '../../components/DiagramViewport.tsx';
import type { Gantt } from '../../diagrams/timeline.ts';
import type { LocaleKit } from '../../client/i18n.ts';

let renderCount = 0;

export function GanttDiagram(props: { gantt: Gantt; kit: LocaleKit; caption: string }) {
  let container!: HTMLDivElement;
  let viewport: ViewportHandle | undefined;
  const [state, setState] = createSignal<'loading' | 'ready' | 'failed'>('loading');
  const [renderId, setRenderId] = createSignal('');
  const t = () => props.kit.t;

  createEffect(
    on(
      () => props.gantt.text,
      async (text) => {
        setState('loading');
        try {
          const mermaid = (await import('mermaid')).default;
          mermaid.initialize({
            startOnLoad: false,
            securityLevel: 'strict',
            theme: 'base',
            // Bars follow the status badges: crit = off track or missed, active = at risk, done = achieved or closed.
            themeVariables: {
              fontFamily: 'system-ui, sans-serif',
              fontSize: '13px',
              taskBkgColor: '#d7ecdf',
              taskBorderColor: '#1e7a46',
              taskTextColor: '#1b2430',
              taskTextDarkColor: '#1b2430',
              taskTextOutsideColor: '#1b2430',
              taskTextLightColor: '#1b2430',
              activeTaskBkgColor: '#fde7bd',
              activeTaskBorderColor: '#b7791f',
              critBkgColor: '#f6cdc9',
              critBorderColor: '#b42318',
              doneTaskBkgColor: '#dfe7f1',
              doneTaskBorderColor: '#55606e',
              sectionBkgColor: '#f3f6fa',
              altSectionBkgColor: '#ffffff',
              sectionBkgColor2: '#f3f6fa',
              gridColor: '#d5dbe3',
              vertLineColor: '#1f4e79',
              todayLineColor: '#1f4e79',
            },
            gantt: {
              useWidth: Math.max(640, container.clientWidth - 8),
              useMaxWidth: true,
              leftPadding: 170,
              barHeight: 22,
              barGap: 6,
              topPadding: 40,
              fontSize: 12,
              sectionFontSize: 13,
              numberSectionStyles: 4,
            },
          });
          const id = `tiller-gantt-${++renderCount}`;
          const { svg } = await mermaid.render(id, text);
          container.innerHTML = svg;
          setRenderId(id);
          container
            .querySelectorAll<SVGElement>(
              `#${id} rect.task, #${id} text.taskText, #${id} text.taskTextOutsideRight, #${id} text.taskTextOutsideLeft`,
            )
            .forEach((el) => {
              if (goalOf(el)) el.classList.add('clickable');
            });
          // Each bar takes its goal's status colour (the crit/active/done tags are only a fallback).
          container.querySelectorAll<SVGElement>(`#${id} rect.task`).forEach((el) => {
            const tone = props.gantt.tasks[el.id.slice(id.length + 1)]?.tone;
            if (tone) el.classList.add(`tone-${tone}`);
          });
          setState('ready');
          viewport?.reset();
        } catch (e) {
          console.error('Timeline diagram failed', e);
          container.textContent = '';
          setState('failed');
        }
      },
    ),
  );

  const goalOf = (el: Element | null): string | null => {
    const id = el?.id ?? '';
    const prefix = `${renderId()}-`;
    if (!renderId() || !id.startsWith(prefix)) return null;
    const task = id.slice(prefix.length).replace(/-text$/, '');
    return props.gantt.tasks[task]?.goalId ?? null;
  };
  const onClick = (e: MouseEvent) => {
    const goal = goalOf(e.target as Element);
    if (goal) location.href = props.kit.href('/goal/', goal);
  };
  onCleanup(() => (container.innerHTML = ''));

  return (
    <figure class="diagram gantt" aria-busy={state() === 'loading'}>
      <figcaption>{props.caption}</figcaption>
      <Show when={state() === 'loading'}>
        <p class="hint">{t().diagram.loading}</p>
      </Show>
      <Show when={state() === 'failed'}>
        <p class="notice" role="alert">
          {t().reviews.timeline.failed}
        </p>
      </Show>
      {/* The table beside it carries the same data with links; the picture is for the eye. */}
      <DiagramViewport
        t={t()}
        handle={(h) => (viewport = h)}
        content={(el) => (container = el)}
        contentProps={
          {
            class: 'diagram-canvas',
            onClick,
            'data-state': state(),
            'aria-hidden': state() === 'ready' ? 'true' : undefined,
          } as JSX.HTMLAttributes<HTMLDivElement>
        }
      />
    </figure>
  );
}
