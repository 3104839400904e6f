// The hierarchy of a tree (or part of it) as a Mermaid diagram with clickable nodes, coloured by
// status (the same assessment as every badge) and with its legend.
import { createMemo } from 'solid-js';
import { hierarchyDiagram, MAX_DIAGRAM_NODES, type DiagramScope } from '../diagrams/hierarchy.ts';
import type { Tree } from '../domain/types.ts';
import { StatusLegend } from '../features/reviews/StatusLegend.tsx';
import type { LocaleKit } from './i18n.ts';
import { localToday } from './local-today.ts';
import { MermaidDiagram } from './MermaidDiagram.tsx';
import { TONE_ICONS } from './status-icons.ts';

export function HierarchyDiagram(props: { tree: Tree; scope?: DiagramScope; kit: LocaleKit }) {
  const diagram = createMemo(() => {
    const { t, fmt } = props.kit;
    return hierarchyDiagram(
      props.tree,
      {
        vision: t.vision.title,
        measuresSummary: t.diagram.measuresSummary,
        moreBelow: t.diagram.moreBelow,
        noData: t.common.noData,
        percent: fmt.percent,
        status: (tone) =>
          `${TONE_ICONS[tone]} ${tone === 'dropped' || tone === 'carried' ? t.reviews.goalState[tone] : t.reviews.status[tone]}`,
      },
      props.scope,
      MAX_DIAGRAM_NODES,
      localToday(),
    );
  });
  return (
    <>
      <MermaidDiagram
        diagram={diagram()}
        t={props.kit.t}
        hrefFor={(node) =>
          node.kind === 'vision' ? props.kit.href('/') : node.id ? props.kit.href(node.kind === 'goal' ? '/goal/' : '/measure/', node.id) : null
        }
      />
      <StatusLegend kit={props.kit} diagram />
    </>
  );
}
