// The hierarchy of a tree (or part of it) as a Mermaid diagram with clickable nodes.
import { createMemo } from 'solid-js';
import { hierarchyDiagram, type DiagramScope } from '../diagrams/hierarchy.ts';
import type { Tree } from '../domain/types.ts';
import type { LocaleKit } from './i18n.ts';
import { MermaidDiagram } from './MermaidDiagram.tsx';

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
      },
      props.scope,
    );
  });
  return (
    <MermaidDiagram
      diagram={diagram()}
      t={props.kit.t}
      hrefFor={(node) =>
        node.kind === 'vision' ? props.kit.href('/') : node.id ? props.kit.href(node.kind === 'goal' ? '/goal/' : '/measure/', node.id) : null
      }
    />
  );
}
