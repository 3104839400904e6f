// Goal hierarchy → Mermaid flowchart text. Pure: no I/O, no DOM, no clock.
//
// Security: every label is user text. Labels are always double-quoted and every character that
// could close a label, start a directive/comment or form HTML is written as a Mermaid entity
// code (`#quot;`, `#35;` …), which Mermaid turns back into an HTML entity (text, never markup).
// Node ids are generated (`n0`, `n1` …), never taken from the data. No `click` directives: the
// app renders with securityLevel 'strict' and maps clicks back through `Diagram.nodes`.
import { TONES, TONE_COLOURS, assessTree, goalTone, type Tone } from '../domain/status.ts';
import type { GoalWithProgress, MeasureWithProgress, Tree } from '../domain/types.ts';

export interface DiagramLabels {
  /** e.g. 'Vision' (used when tree.vision is null or as a prefix). */
  vision: string;
  /** e.g. n => `${n} measures` */
  measuresSummary: (count: number) => string;
  /** e.g. n => `+${n} more below` */
  moreBelow: (count: number) => string;
  /** e.g. 'no data' */
  noData: string;
  /** progress 0…1 → e.g. '42 %' (locale-aware; the caller supplies it). */
  percent: (progress: number) => string;
  /** A status (or closed outcome) as a mark and word, e.g. '✕ Missed'; shown before the progress when given. */
  status?: (tone: Tone) => string;
}

/** `rootGoalId` wins over `departmentId` when both are given. */
export interface DiagramScope {
  rootGoalId?: string;
  departmentId?: string;
}

/** What a Mermaid node stands for; `id` is null for the vision. */
export interface DiagramNode {
  kind: 'vision' | 'goal' | 'measure';
  id: string | null;
  /** The node's whole text, never shortened, one line: its accessible name and tooltip. */
  label: string;
}

export interface Diagram {
  /** Mermaid source. */
  text: string;
  /** Mermaid node id (`n0`, `n1` …) → what it is. */
  nodes: Record<string, DiagramNode>;
  nodeCount: number;
  /** True when levels were collapsed or measures summarised. */
  truncated: boolean;
}

export const MAX_DIAGRAM_NODES = 150;

/** Characters per line of a node label (about 220 px at 14 px). */
export const LABEL_LINE_CHARS = 28;
/** Lines of user text per node; the vision gets one more. */
export const LABEL_MAX_LINES = 3;

/**
 * Node colours: each node is classed by its status (or a closed goal's outcome), with the colours
 * of TONE_COLOURS in src/domain/status.ts (dark text on a light fill, above 7:1; the border is the
 * status colour too). Never by the progress number: a missed goal at 90 % is not green. The
 * vision has no dates to judge, so it is neutral (`none`), as is everything when no `today` is given.
 */
export const NODE_CLASSES: readonly (Tone | 'none')[] = [...TONES, 'none'];
const NEUTRAL = { fill: '#f3f4f6', stroke: '#6b7280', color: '#1f2937' };
export function nodeStyle(c: Tone | 'none'): { fill: string; stroke: string; color: string } {
  if (c === 'none') return NEUTRAL;
  const t = TONE_COLOURS[c];
  return { fill: t.fill, stroke: t.solid, color: t.text };
}

// Characters that must never appear raw inside a label. Named codes for the HTML-significant
// ones, numeric for the rest. `#` is in the set, so a user's own `#quot;` becomes `#35;quot;`
// and is shown literally. `:` and `%` are encoded too: Mermaid's pre-parser strips a `;` from
// lines matching `style.*:…#…;` and reads `%%{…}%%` directives anywhere in the text. `¶` and
// `ﬂ` are the markers Mermaid uses internally for entities, so user text cannot forge them.
const ENTITY: Record<string, string> = {
  '&': '#amp;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '#': '#35;',
  '`': '#96;',
  '[': '#91;',
  ']': '#93;',
  '{': '#123;',
  '}': '#125;',
  '(': '#40;',
  ')': '#41;',
  '|': '#124;',
  ';': '#59;',
  ':': '#58;',
  '%': '#37;',
  '\\': '#92;',
  '¶': '#182;',
  ﬂ: '#64258;',
};
const ENCODE = /[&"<>#`[\]{}()|;:%\\¶ﬂ]/g;
// C0/C1 controls (newlines, tabs …) and the Unicode line/paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Makes user text safe inside a double-quoted Mermaid label (one line, no markup). */
export function escapeLabel(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(ENCODE, (c) => ENTITY[c] ?? c);
}

const clean = (text: string) => text.replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();

/**
 * Wraps text at word boundaries into lines of at most `width` characters (code points), at most
 * `maxLines` of them. A word longer than a line is split (a URL, a long compound); text that
 * does not fit ends with an ellipsis after the last whole word that fits, and `truncated` says
 * so (the caller keeps the full text in the node's accessible name and tooltip).
 */
export function wrapLabel(
  text: string,
  width: number = LABEL_LINE_CHARS,
  maxLines: number = LABEL_MAX_LINES,
): { lines: string[]; truncated: boolean } {
  const w = Math.max(2, Math.floor(width));
  const max = Math.max(1, Math.floor(maxLines));
  const words: string[][] = [];
  for (const word of clean(text).split(' ')) {
    if (word === '') continue;
    const chars = Array.from(word);
    for (let i = 0; i < chars.length; i += w) words.push(chars.slice(i, i + w));
  }
  const lines: string[][] = [];
  let line: string[] = [];
  for (const word of words) {
    if (line.length === 0) line = [...word];
    else if (line.length + 1 + word.length <= w) line.push(' ', ...word);
    else {
      lines.push(line);
      line = [...word];
    }
  }
  if (line.length > 0) lines.push(line);
  if (lines.length <= max) return { lines: lines.map((l) => l.join('')), truncated: false };

  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  // Room for the ellipsis: drop whole words from the end; cut a lone word only if it must.
  while (last.length + 1 > w) {
    const space = last.lastIndexOf(' ');
    last = space > 0 ? last.slice(0, space) : last.slice(0, w - 1);
  }
  kept[max - 1] = [...last, '…'];
  return { lines: kept.map((l) => l.join('')), truncated: true };
}

/**
 * A node's text: user text wrapped at word boundaries (`wrapped`), then the short facts, one a
 * line; each line escaped, joined with Mermaid's own line break. `full` is the whole text on one
 * line, unshortened, for the accessible name and tooltip.
 */
function nodeText(text: string, facts: readonly string[], maxLines = LABEL_MAX_LINES): { label: string; full: string } {
  const { lines } = wrapLabel(text, LABEL_LINE_CHARS, maxLines);
  return {
    label: [...lines, ...facts].map(escapeLabel).join('<br/>'),
    full: [clean(text), ...facts.map(clean)].join(', '),
  };
}

interface Item {
  goal: GoalWithProgress;
  depth: number;
  /** Index of the parent item; -1 when the parent is the vision node. */
  parent: number;
}

/**
 * Draws the hierarchy as a `flowchart LR` within `maxNodes` nodes (left to right: a wide tree
 * then grows downwards and scrolls with the page; top-down, the demo tree was 5,000 px wide):
 * 1. everything, measures as their own nodes;
 * 2. else goals only, each goal's measures summarised in its label;
 * 3. else whole goal levels, top down, while they fit (the first level partly if it must);
 *    a node whose children were cut off says how many goals are hidden below it (each hidden
 *    goal is counted once, at its nearest drawn ancestor).
 * Linear in the size of the tree.
 */
export function hierarchyDiagram(
  tree: Tree,
  labels: DiagramLabels,
  scope: DiagramScope = {},
  maxNodes: number = MAX_DIAGRAM_NODES,
  /** The day statuses are judged on (the client's local date); null draws every node neutral. */
  today: string | null = null,
): Diagram {
  const budget = Number.isFinite(maxNodes) ? Math.max(1, Math.floor(maxNodes)) : MAX_DIAGRAM_NODES;

  const goalById = new Map<string, GoalWithProgress>();
  for (const g of tree.goals) goalById.set(g.id, g);
  const children = new Map<string | null, GoalWithProgress[]>();
  for (const g of tree.goals) {
    // A goal whose parent is missing is treated as a top goal rather than silently dropped.
    const parent = g.parentGoalId !== null && goalById.has(g.parentGoalId) ? g.parentGoalId : null;
    push(children, parent, g);
  }
  const measuresByGoal = new Map<string, MeasureWithProgress[]>();
  for (const m of tree.measures) push(measuresByGoal, m.goalId, m);

  // ---- roots ----
  let withVision = true;
  let roots: GoalWithProgress[];
  if (scope.rootGoalId !== undefined) {
    const root = goalById.get(scope.rootGoalId);
    withVision = root === undefined; // unknown goal: draw the vision alone
    roots = root ? [root] : [];
  } else if (scope.departmentId !== undefined) {
    roots = departmentRoots(tree.goals, goalById, children, scope.departmentId);
  } else {
    roots = children.get(null) ?? [];
  }

  // ---- breadth-first walk (guards against cycles and duplicates) ----
  const items: Item[] = [];
  const seen = new Set<string>();
  const rootDepth = withVision ? 1 : 0;
  for (const g of roots) {
    if (seen.has(g.id)) continue;
    seen.add(g.id);
    items.push({ goal: g, depth: rootDepth, parent: -1 });
  }
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    for (const c of children.get(it.goal.id) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      items.push({ goal: c, depth: it.depth + 1, parent: i });
    }
  }

  // Descendant goal counts, folded bottom-up (items are in BFS order: parents come first).
  const descendants = new Array<number>(items.length).fill(0);
  for (let i = items.length - 1; i >= 0; i--) {
    const p = items[i]!.parent;
    if (p >= 0) descendants[p]! += 1 + descendants[i]!;
  }

  // ---- budget ----
  const visionNodes = withVision ? 1 : 0;
  let measureCount = 0;
  for (const it of items) measureCount += measuresByGoal.get(it.goal.id)?.length ?? 0;

  let drawMeasures: boolean;
  let drawn: number; // items[0 .. drawn) are drawn
  if (visionNodes + items.length + measureCount <= budget) {
    drawMeasures = true;
    drawn = items.length;
  } else {
    drawMeasures = false;
    const room = budget - visionNodes;
    if (items.length <= room) {
      drawn = items.length;
    } else {
      // Largest prefix that ends on a level boundary and fits.
      drawn = 0;
      for (let i = 0; i < items.length; i++) {
        if (i + 1 > room) break;
        const next = items[i + 1];
        if (next === undefined || next.depth !== items[i]!.depth) drawn = i + 1;
      }
      // The first level below the root must show as far as it fits.
      const firstLevel = rootDepth + (withVision ? 0 : 1);
      let firstLevelEnd = 0;
      while (firstLevelEnd < items.length && items[firstLevelEnd]!.depth <= firstLevel) firstLevelEnd++;
      if (drawn < firstLevelEnd) drawn = Math.min(firstLevelEnd, Math.max(0, room));
    }
  }
  const truncated = !drawMeasures;

  // Goals hidden right below each drawn node: an undrawn child counts with its whole subtree,
  // so every hidden goal is counted once, at the nearest drawn ancestor.
  const hiddenBelow = new Array<number>(drawn).fill(0);
  let hiddenBelowVision = 0;
  for (let i = drawn; i < items.length; i++) {
    const p = items[i]!.parent;
    if (p < 0) hiddenBelowVision += 1 + descendants[i]!;
    else if (p < drawn) hiddenBelow[p]! += 1 + descendants[i]!;
  }

  // ---- emit ----
  const nodes: Record<string, DiagramNode> = {};
  const nodeLines: string[] = [];
  const edgeLines: string[] = [];
  const byClass = new Map<Tone | 'none', string[]>();
  const classed = (c: Tone | 'none', id: string) => push(byClass, c, id);
  // The same assessment as every badge and bar (src/domain/status.ts), over the whole tree.
  const assessed =
    today === null
      ? null
      : assessTree(
          tree.goals,
          tree.measures,
          new Map(tree.measures.filter((m) => m.latest).map((m) => [m.id, m.latest!])),
          today,
        );
  const goalClass = (g: GoalWithProgress): Tone | 'none' => {
    const a = assessed?.goals.get(g.id);
    return a ? goalTone(g.state, a.status) : 'none';
  };
  const measureClass = (m: MeasureWithProgress): Tone | 'none' => assessed?.measures.get(m.id)?.status ?? 'none';
  const withStatus = (c: Tone | 'none', text: string) =>
    c !== 'none' && labels.status ? `${labels.status(c)} · ${text}` : text;
  const measureIds: string[] = [];
  let next = 0;
  const progressText = (p: number | null) => (p === null ? labels.noData : labels.percent(p));

  let visionNode: string | null = null;
  if (withVision) {
    visionNode = `n${next++}`;
    const facts = [progressText(tree.progress)];
    if (hiddenBelowVision > 0) facts.push(labels.moreBelow(hiddenBelowVision));
    const text = nodeText(
      tree.vision ? `${labels.vision}: ${tree.vision.statement}` : labels.vision,
      facts,
      LABEL_MAX_LINES + 1,
    );
    nodes[visionNode] = { kind: 'vision', id: null, label: text.full };
    nodeLines.push(`  ${visionNode}["${text.label}"]`);
    classed('none', visionNode);
  }

  const itemNode: string[] = new Array<string>(drawn);
  for (let i = 0; i < drawn; i++) {
    const it = items[i]!;
    const g = it.goal;
    const id = `n${next++}`;
    itemNode[i] = id;
    const ms = measuresByGoal.get(g.id) ?? [];
    const gc = goalClass(g);
    const facts = [withStatus(gc, progressText(g.progress))];
    if (!drawMeasures && ms.length > 0) facts.push(labels.measuresSummary(ms.length));
    if (hiddenBelow[i]! > 0) facts.push(labels.moreBelow(hiddenBelow[i]!));
    const text = nodeText(g.title, facts);
    nodes[id] = { kind: 'goal', id: g.id, label: text.full };
    nodeLines.push(`  ${id}["${text.label}"]`);
    classed(gc, id);
    const parentNode = it.parent >= 0 ? itemNode[it.parent] : visionNode;
    if (parentNode !== undefined && parentNode !== null) edgeLines.push(`  ${parentNode} --> ${id}`);

    if (drawMeasures) {
      for (const m of ms) {
        const mid = `n${next++}`;
        // A measure nobody has checked in yet shows "no data" (its 0 still counts in the roll-up).
        const p = m.latest === null ? null : m.progress;
        const mc = measureClass(m);
        const text = nodeText(m.name, [withStatus(mc, progressText(p))], LABEL_MAX_LINES - 1);
        nodes[mid] = { kind: 'measure', id: m.id, label: text.full };
        nodeLines.push(`  ${mid}(["${text.label}"])`);
        edgeLines.push(`  ${id} -.-> ${mid}`);
        classed(mc, mid);
        measureIds.push(mid);
      }
    }
  }

  const lines = ['flowchart LR', ...nodeLines, ...edgeLines];
  for (const c of NODE_CLASSES) {
    const s = nodeStyle(c);
    lines.push(`  classDef ${c} fill:${s.fill},stroke:${s.stroke},color:${s.color},stroke-width:2px`);
  }
  lines.push('  classDef measure stroke-width:1px,stroke-dasharray:4 3');
  for (const c of NODE_CLASSES) {
    const ids = byClass.get(c);
    if (ids) lines.push(`  class ${ids.join(',')} ${c}`);
  }
  if (measureIds.length > 0) lines.push(`  class ${measureIds.join(',')} measure`);

  return { text: lines.join('\n') + '\n', nodes, nodeCount: next, truncated };
}

/**
 * The department's top goals: owned by it, with a parent that is not (or no parent). A top goal
 * that already lies inside another top goal's subtree (through another department's goal) is
 * drawn there, not a second time.
 */
function departmentRoots(
  goals: readonly GoalWithProgress[],
  goalById: ReadonlyMap<string, GoalWithProgress>,
  children: ReadonlyMap<string | null, GoalWithProgress[]>,
  departmentId: string,
): GoalWithProgress[] {
  const tops = goals.filter((g) => {
    if (g.departmentId !== departmentId) return false;
    const parent = g.parentGoalId === null ? undefined : goalById.get(g.parentGoalId);
    return parent === undefined || parent.departmentId !== departmentId;
  });
  const below = new Set<string>();
  const stack: GoalWithProgress[] = [];
  for (const t of tops) for (const c of children.get(t.id) ?? []) stack.push(c);
  while (stack.length) {
    const g = stack.pop()!;
    if (below.has(g.id)) continue;
    below.add(g.id);
    for (const c of children.get(g.id) ?? []) stack.push(c);
  }
  return tops.filter((t) => !below.has(t.id));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
