// The hierarchy of a tree (or part of it) as a Mermaid diagram with clickable nodes, coloured by
// status (the same assessment as every badge) and with its legend.
import { createMemo } from 'solid-js';
import { hierarchyDiagram, MAX_DIAGRAM_NODES, type DiagramScope } from '../diagrams/hierarchy.ts';
import type { Tree } from '../domain/types.ts';
import { StatusLegend } from '../features/reviews/StatusLegend.tsx';
import type { LocaleKit } from '../client/i18n.ts';
import { localToday } from '../client/local-today.ts';
import { diagramLabels } from '../client/diagram-labels.ts';
import { MermaidDiagram } from './MermaidDiagram.tsx';

export function HierarchyDiagram(props: { tree: Tree; scope?: DiagramScope; kit: LocaleKit }) {
  const diagram = createMemo(() =>
    hierarchyDiagram(props.tree, diagramLabels(props.kit), props.scope, MAX_DIAGRAM_NODES, localToday()),
  );
  return (
    <>
      <MermaidDiagram
        diagram={diagram()}
        t={props.kit.t}
        hrefFor={(node) =>
          node.kind === 'vision'
            ? props.kit.href('/')
            : node.id
              ? props.kit.href(node.kind === 'goal' ? '/goal/' : '/measure/', node.id)
              : null
        }
      />
      <StatusLegend kit={props.kit} diagram />
    </>
  );
}
