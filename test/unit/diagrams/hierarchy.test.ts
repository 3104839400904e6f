import DOMPurify from 'dompurify';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  LABEL_LINE_CHARS,
  LABEL_MAX_LINES,
  MAX_DIAGRAM_NODES,
  NODE_CLASSES,
  escapeLabel,
  hierarchyDiagram,
  nodeStyle,
  wrapLabel,
} from '../../../src/diagrams/hierarchy.ts';
import { TONES, TONE_COLOURS } from '../../../src/domain/status.ts';
import type { Diagram, DiagramLabels } from '../../../src/diagrams/hierarchy.ts';
import type { Goal, Measure } from '../../../src/domain/types.ts';
import { department, goal, makeTree, measure, vision } from '../fixtures.ts';

const labels: DiagramLabels = {
  vision: 'Vision',
  measuresSummary: (n) => `${n} measures`,
  moreBelow: (n) => `+${n} more below`,
  noData: 'no data',
  percent: (p) => `${Math.round(p * 100)} %`,
};

const HOSTILE_1 = '"]-->X; click A call alert(1)';
const HOSTILE_2 = '<img src=x onerror=alert(1)>';

// ---- reading the text back ----
const NODE_LINE = /^\s*(n\d+)(?:\["([^"]*)"\]|\(\["([^"]*)"\]\))\s*$/;
const EDGE_LINE = /^\s*(n\d+) (?:-->|-\.->) (n\d+)\s*$/;
const CLASS_LINE = /^\s*class ((?:n\d+,)*n\d+) (\w+)\s*$/;
const CLASSDEF_LINE = /^\s*classDef \w+ [\w#:,\- .]+$/;

interface Parsed {
  nodes: Map<string, { label: string; shape: 'box' | 'stadium' }>;
  edges: [string, string][];
  classes: Map<string, Set<string>>;
}

/** Parses the diagram strictly: every line must be a header, node, edge, classDef or class line. */
function parse(d: Diagram): Parsed {
  const lines = d.text.split('\n').filter((l) => l.trim() !== '');
  expect(lines[0]).toBe('flowchart LR');
  const out: Parsed = { nodes: new Map(), edges: [], classes: new Map() };
  for (const line of lines.slice(1)) {
    let m: RegExpExecArray | null;
    if ((m = NODE_LINE.exec(line))) {
      expect(out.nodes.has(m[1]!), `duplicate node ${m[1]}`).toBe(false);
      out.nodes.set(m[1]!, { label: m[2] ?? m[3]!, shape: m[2] !== undefined ? 'box' : 'stadium' });
    } else if ((m = EDGE_LINE.exec(line))) {
      out.edges.push([m[1]!, m[2]!]);
    } else if ((m = CLASS_LINE.exec(line))) {
      for (const id of m[1]!.split(',')) {
        const set = out.classes.get(id) ?? new Set<string>();
        set.add(m[2]!);
        out.classes.set(id, set);
      }
    } else {
      expect(line, 'unexpected line').toMatch(CLASSDEF_LINE);
    }
  }
  return out;
}

/** The parts of a label between the line breaks the generator inserts. */
const parts = (label: string) => label.split('<br/>');
/** The same, decoded to the text a reader sees. */
const shown = (label: string) => parts(label).map(decode);

/** Mermaid entity codes back to text, as Mermaid + the browser would show them. */
function decode(text: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>' };
  return text.replace(/#(\w+);/g, (all, code: string) =>
    /^\d+$/.test(code) ? String.fromCodePoint(Number(code)) : (named[code] ?? all),
  );
}

function assertSafe(d: Diagram) {
  const p = parse(d);
  expect(p.nodes.size).toBe(d.nodeCount);
  expect([...p.nodes.keys()].sort()).toEqual(Object.keys(d.nodes).sort());
  for (const [, node] of p.nodes)
    for (const part of parts(node.label)) {
      // Entity codes end in `;`: once they are removed, nothing dangerous may remain — not even `#`.
      expect(part.replace(/#\w+;/g, '')).toMatch(/^[^"[\]<>;{}()|`%:#\n\r\t]*$/);
    }
  // No directive, comment or click line: user text (which may say `click`) stays inside labels.
  expect(d.text).not.toMatch(/^\s*(click|%%|style|linkStyle)\b/m);
  expect(d.text).not.toContain('%%');
  return p;
}

describe('escapeLabel', () => {
  it('encodes every character that could end a label or make markup', () => {
    expect(escapeLabel('a & b')).toBe('a #amp; b');
    expect(escapeLabel('"x"')).toBe('#quot;x#quot;');
    expect(escapeLabel('<b>')).toBe('#lt;b#gt;');
    expect(escapeLabel('[]{}()|;`')).toBe('#91;#93;#123;#125;#40;#41;#124;#59;#96;');
    expect(escapeLabel('%%{init: {}}%%')).toBe('#37;#37;#123;init#58; #123;#125;#125;#37;#37;');
  });

  it('encodes # without double-encoding its own entities', () => {
    expect(escapeLabel('#1 goal')).toBe('#35;1 goal');
    // A user who types an entity code sees it literally, never the character it names.
    expect(escapeLabel('#quot;')).toBe('#35;quot#59;');
    expect(decode(escapeLabel('#quot; #35; &amp;'))).toBe('#quot; #35; &amp;');
  });

  it('turns newlines, tabs and control characters into single spaces', () => {
    expect(escapeLabel('a\nb\r\nc\td\u0000e\u2028f')).toBe('a b c d e f');
    expect(escapeLabel('  padded  ')).toBe('padded');
  });

  it('keeps ordinary text, including non-ASCII letters, as it is', () => {
    expect(escapeLabel('Nöjd kund, 5 år — ok!')).toBe('Nöjd kund, 5 år — ok!');
  });

  it('round-trips any text through decoding', () => {
    const text = `${HOSTILE_1} ${HOSTILE_2} ¶ß ﬂ° \\ 100% #35; &lt;`;
    expect(decode(escapeLabel(text))).toBe(text);
  });
});

describe('hierarchyDiagram: escaping', () => {
  it('keeps hostile titles inside one label each', () => {
    const tree = makeTree({
      vision: vision(`${HOSTILE_2} vision`),
      goals: [goal('g1', null, { title: HOSTILE_1 }), goal('g2', 'g1', { title: HOSTILE_2 })],
      measures: [measure('m1', 'g2', { name: `${HOSTILE_1}\n${HOSTILE_2}` })],
      values: { m1: 42 },
    });
    const d = hierarchyDiagram(tree, labels);
    const p = assertSafe(d);
    expect(d.nodeCount).toBe(4); // vision, two goals, one measure
    expect(p.edges).toHaveLength(3);
    const labelOf = (kind: string, id: string | null) => {
      const key = Object.entries(d.nodes).find(([, n]) => n.kind === kind && n.id === id)?.[0];
      expect(key).toBeDefined();
      const lines = parts(p.nodes.get(key!)!.label).map(decode);
      return [lines.slice(0, -1).join(' '), lines.at(-1)!]; // wrapped text back on one line, then the progress
    };
    expect(labelOf('goal', 'g1')).toEqual([HOSTILE_1, '42 %']);
    expect(labelOf('goal', 'g2')).toEqual([HOSTILE_2, '42 %']);
    // The measure's two lines cannot hold both: shortened with an ellipsis, the whole text kept.
    const m1 = labelOf('measure', 'm1');
    expect(m1[0]!.endsWith('…')).toBe(true);
    expect(`${HOSTILE_1} ${HOSTILE_2}`.startsWith(m1[0]!.slice(0, -1))).toBe(true);
    expect(Object.values(d.nodes).find((n) => n.kind === 'measure')!.label).toBe(`${HOSTILE_1} ${HOSTILE_2}, 42 %`);
    expect(labelOf('vision', null)[0]).toBe(`Vision: ${HOSTILE_2} vision`);
    expect(d.nodes.n1!.label).toBe(`${HOSTILE_1}, 42 %`);
    expect(d.text).not.toContain('<img');
    expect(d.text).not.toContain('-->X');
  });

  it('escapes text from the caller too (labels are translations, not markup)', () => {
    const tree = makeTree({ vision: null, goals: [goal('g1', null)] });
    const d = hierarchyDiagram(tree, { ...labels, vision: 'V"]; <b>', noData: '<i>none</i>' });
    assertSafe(d);
    expect(d.text).toContain('V#quot;#93;#59; #lt;b#gt;');
  });

  it('never uses ids from the data as Mermaid ids', () => {
    const tree = makeTree({ goals: [goal('end', null), goal('x"];click', 'end')] });
    const d = hierarchyDiagram(tree, labels);
    assertSafe(d);
    // Outside the quoted labels there is nothing but generated ids and keywords.
    expect(d.text.replace(/"[^"]*"/g, '""')).not.toMatch(/\bend\b|click|x"/);
    expect(Object.keys(d.nodes)).toEqual(['n0', 'n1', 'n2']);
    expect(d.nodes.n2).toMatchObject({ kind: 'goal', id: 'x"];click' });
  });

  it('wraps a long vision statement at word boundaries and keeps the whole text in the node', () => {
    const statement = 'To be recognised as the leader in customer service and satisfaction in our market, '
      .repeat(3)
      .trim()
      .replace(/,$/, '');
    const tree = makeTree({ vision: vision(statement), goals: [] });
    const d = hierarchyDiagram(tree, labels);
    const lines = shown(parse(d).nodes.get('n0')!.label);
    const text = lines.slice(0, -1); // the last line is the progress
    expect(text.length).toBe(LABEL_MAX_LINES + 1);
    for (const l of text) expect(Array.from(l).length).toBeLessThanOrEqual(LABEL_LINE_CHARS);
    expect(text[0]).toBe('Vision: To be recognised as');
    expect(text.at(-1)!.endsWith('…')).toBe(true);
    // Every shown word is a whole word of the statement (no word cut in the middle).
    const words = new Set(`Vision: ${statement}`.split(' '));
    for (const w of text.join(' ').replace('…', '').split(' ')) expect(words.has(w), w).toBe(true);
    expect(d.nodes.n0!.label).toBe(`Vision: ${statement}, no data`);
  });

  it('gives every node its full, unshortened text as its label', () => {
    const title = 'Cut the invoice-error complaints that reach customer service by twenty per cent before the summer';
    const tree = makeTree({
      vision: null,
      goals: [goal('g1', null, { title })],
      measures: [measure('m1', 'g1', { name: 'Complaints about wrong invoices per thousand invoices sent' })],
    });
    const d = hierarchyDiagram(tree, labels);
    expect(d.nodes.n1!.label.startsWith(title + ', ')).toBe(true);
    expect(d.nodes.n2!.label.startsWith('Complaints about wrong invoices per thousand invoices sent, ')).toBe(true);
    const shownTitle = shown(parse(d).nodes.get('n1')!.label).slice(0, LABEL_MAX_LINES);
    expect(shownTitle.at(-1)!.endsWith('…')).toBe(true);
  });
});

describe('wrapLabel', () => {
  it('keeps short text on one line, untouched', () => {
    expect(wrapLabel('Cut AHT', 28, 3)).toEqual({ lines: ['Cut AHT'], truncated: false });
  });

  it('breaks at spaces, never inside a word that fits on a line', () => {
    const { lines, truncated } = wrapLabel('Raise first-contact resolution in customer service to 80 %', 20, 5);
    expect(lines).toEqual(['Raise first-contact', 'resolution in', 'customer service to', '80 %']);
    expect(truncated).toBe(false);
  });

  it('fills each line as far as the next word allows', () => {
    expect(wrapLabel('aa bb cc dd ee', 5, 9).lines).toEqual(['aa bb', 'cc dd', 'ee']);
  });

  it('ends with an ellipsis after the last whole word when the text does not fit', () => {
    const { lines, truncated } = wrapLabel('one two three four five six seven eight nine ten', 10, 2);
    expect(truncated).toBe(true);
    expect(lines).toEqual(['one two', 'three…']);
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(10);
  });

  it('splits a word longer than a line (a URL) instead of letting it overflow', () => {
    const { lines } = wrapLabel('see https://example.com/a/very/long/path', 12, 5);
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(12);
    expect(lines.join('').replace(/ /g, '')).toBe('seehttps://example.com/a/very/long/path');
  });

  it('splits a single 500-character word into whole lines, cut short with an ellipsis', () => {
    const { lines, truncated } = wrapLabel('x'.repeat(500));
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(LABEL_MAX_LINES);
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(LABEL_LINE_CHARS);
    expect(lines.at(-1)!.endsWith('…')).toBe(true);
  });

  it('counts characters, not UTF-16 units, and collapses white space and control characters', () => {
    expect(wrapLabel('Nöjd 😀😀😀 kund', 7, 3).lines).toEqual(['Nöjd', '😀😀😀', 'kund']);
    expect(wrapLabel('  a\n\tb   c ', 28, 3).lines).toEqual(['a b c']);
  });

  it('gives an empty list for empty text', () => {
    expect(wrapLabel('   ', 28, 3)).toEqual({ lines: [], truncated: false });
  });
});

describe('hierarchyDiagram: content', () => {
  const small = () =>
    makeTree({
      goals: [goal('A', null), goal('B', 'A'), goal('C', null)],
      measures: [measure('mA', 'A'), measure('mB', 'B'), measure('mB2', 'B')],
      values: { mA: 80, mB: 50 },
    });

  it('draws a small tree whole, measures as stadium nodes', () => {
    const tree = small();
    const d = hierarchyDiagram(tree, labels);
    const p = assertSafe(d);
    expect(d.truncated).toBe(false);
    expect(d.nodeCount).toBe(1 + 3 + 3);
    expect(d.nodes.n0).toMatchObject({ kind: 'vision', id: null });
    const goalIds = Object.values(d.nodes)
      .filter((n) => n.kind === 'goal')
      .map((n) => n.id);
    const measureIds = Object.values(d.nodes)
      .filter((n) => n.kind === 'measure')
      .map((n) => n.id);
    expect(goalIds.sort()).toEqual(['A', 'B', 'C']);
    expect(measureIds.sort()).toEqual(['mA', 'mB', 'mB2']);
    for (const [key, n] of Object.entries(d.nodes)) {
      expect(p.nodes.get(key)!.shape).toBe(n.kind === 'measure' ? 'stadium' : 'box');
      if (n.kind === 'measure') expect(p.classes.get(key)?.has('measure')).toBe(true);
    }
    // Edges follow the hierarchy.
    const keyOf = (id: string) => Object.entries(d.nodes).find(([, n]) => n.id === id)![0];
    const edges = new Set(p.edges.map(([a, b]) => `${a}>${b}`));
    expect(edges).toEqual(
      new Set([
        `n0>${keyOf('A')}`,
        `n0>${keyOf('C')}`,
        `${keyOf('A')}>${keyOf('B')}`,
        `${keyOf('A')}>${keyOf('mA')}`,
        `${keyOf('B')}>${keyOf('mB')}`,
        `${keyOf('B')}>${keyOf('mB2')}`,
      ]),
    );
  });

  it('labels progress with percent or no data; without a day, every node is neutral', () => {
    const tree = small();
    // B = 0.5 (mB2 has no check-in: no data, left out, not 0); A = (0.8 + 0.5) / 2 = 0.65;
    // C nothing; vision = A only.
    const d = hierarchyDiagram(tree, labels);
    const p = parse(d);
    const expected: Record<string, string> = {
      A: '65 %',
      B: '50 %',
      C: 'no data',
      mA: '80 %',
      mB: '50 %',
      mB2: 'no data',
    };
    for (const [key, n] of Object.entries(d.nodes)) {
      expect(shown(p.nodes.get(key)!.label).at(-1)).toBe(n.id === null ? '65 %' : expected[n.id]!);
      expect([...(p.classes.get(key) ?? [])].filter((c) => c !== 'measure')).toEqual(['none']);
    }
  });

  it('classes every node by its status (never by progress), with the status word', () => {
    const tree = small();
    const word = (t: string) => `[${t}]`;
    // On 2026-07-02 the expected progress is about 50 %.
    const d = hierarchyDiagram(tree, { ...labels, status: word }, {}, MAX_DIAGRAM_NODES, '2026-07-02');
    const p = parse(d);
    const expected: Record<string, string> = {
      A: 'on_track', // 65 % vs 50 %
      B: 'on_track', // 50 % vs 50 %
      C: 'not_started', // no data
      mA: 'on_track',
      mB: 'on_track',
      mB2: 'not_started',
    };
    for (const [key, n] of Object.entries(d.nodes)) {
      const classes = [...(p.classes.get(key) ?? [])].filter((c) => c !== 'measure');
      if (n.id === null) {
        expect(classes).toEqual(['none']); // the vision has no dates to judge
        continue;
      }
      expect(classes, n.id).toEqual([expected[n.id]]);
      expect(shown(p.nodes.get(key)!.label).at(-1)!.startsWith(`[${expected[n.id]}] · `), n.id).toBe(true);
    }
  });

  it('a past-due goal short of its target is missed, even at 90 %', () => {
    const tree = makeTree({
      goals: [goal('A', null, { dueDate: '2026-06-30' })],
      measures: [measure('m', 'A')],
      values: { m: 90 },
    });
    const d = hierarchyDiagram(tree, labels, {}, MAX_DIAGRAM_NODES, '2026-07-15');
    const p = parse(d);
    const key = Object.entries(d.nodes).find(([, n]) => n.id === 'A')![0];
    expect([...p.classes.get(key)!]).toEqual(['missed']);
  });

  it('a closed goal takes its outcome; a carried one is its own class', () => {
    const tree = makeTree({
      goals: [
        goal('A', null, { state: 'achieved' }),
        goal('B', null, { state: 'carried' }),
        goal('C', null, { state: 'missed' }),
      ],
      measures: [measure('mA', 'A'), measure('mC', 'C')],
      values: { mA: 50, mC: 100 },
    });
    const d = hierarchyDiagram(tree, labels, {}, MAX_DIAGRAM_NODES, '2026-07-02');
    const p = parse(d);
    const cls = (id: string) =>
      [...p.classes.get(Object.entries(d.nodes).find(([, n]) => n.id === id)![0])!].filter((c) => c !== 'measure');
    expect(cls('A')).toEqual(['achieved']);
    expect(cls('B')).toEqual(['carried']);
    expect(cls('C')).toEqual(['missed']);
  });

  it('uses the generic vision label when there is no vision', () => {
    const d = hierarchyDiagram(makeTree({ vision: null, goals: [] }), labels);
    expect(parse(d).nodes.get('n0')!.label).toBe('Vision<br/>no data');
    expect(d.nodeCount).toBe(1);
  });

  it('defines every status class with text contrast of at least 4.5:1 (WCAG AA)', () => {
    const d = hierarchyDiagram(makeTree({ goals: [] }), labels);
    for (const c of NODE_CLASSES) {
      const s = nodeStyle(c);
      expect(d.text).toContain(`classDef ${c} fill:${s.fill},stroke:${s.stroke},color:${s.color}`);
      expect(contrast(s.fill, s.color)).toBeGreaterThanOrEqual(4.5);
      // The border is a non-text element: 3:1 against the fill (WCAG 1.4.11).
      expect(contrast(s.fill, s.stroke)).toBeGreaterThanOrEqual(3);
      // Bars are filled with the border colour on a white card and a #e4e8ee track.
      expect(contrast('#ffffff', s.stroke)).toBeGreaterThanOrEqual(3);
    }
  });

  it('the CSS custom properties are the same colours as TONE_COLOURS', () => {
    const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
    for (const tone of TONES) {
      for (const part of ['solid', 'fill', 'text'] as const) {
        expect(css, `--tone-${tone}-${part}`).toContain(`--tone-${tone}-${part}: ${TONE_COLOURS[tone][part]};`);
      }
    }
  });
});

describe('hierarchyDiagram: scope', () => {
  // d1: A → B(d2) → C(d1); A → D(d1); E(d2) → F(d1) → G(d2); H(d2)
  const scoped = () =>
    makeTree({
      departments: [department('d1'), department('d2')],
      goals: [
        goal('A', null, { departmentId: 'd1' }),
        goal('B', 'A', { departmentId: 'd2' }),
        goal('C', 'B', { departmentId: 'd1' }),
        goal('D', 'A', { departmentId: 'd1' }),
        goal('E', null, { departmentId: 'd2' }),
        goal('F', 'E', { departmentId: 'd1' }),
        goal('G', 'F', { departmentId: 'd2' }),
        goal('H', null, { departmentId: 'd2' }),
      ],
      measures: [measure('mC', 'C'), measure('mE', 'E')],
    });
  const ids = (d: Diagram, kind: string) =>
    Object.values(d.nodes)
      .filter((n) => n.kind === kind)
      .map((n) => n.id)
      .sort();

  it('draws only the subtree of rootGoalId, rooted at that goal', () => {
    const d = hierarchyDiagram(scoped(), labels, { rootGoalId: 'B' });
    const p = assertSafe(d);
    expect(d.nodes.n0).toMatchObject({ kind: 'goal', id: 'B' });
    expect(ids(d, 'vision')).toEqual([]);
    expect(ids(d, 'goal')).toEqual(['B', 'C']);
    expect(ids(d, 'measure')).toEqual(['mC']);
    expect(p.edges).toHaveLength(2);
  });

  it('draws the vision alone for an unknown rootGoalId', () => {
    const d = hierarchyDiagram(scoped(), labels, { rootGoalId: 'nope' });
    expect(d.nodeCount).toBe(1);
    expect(d.nodes.n0).toMatchObject({ kind: 'vision', id: null });
  });

  it("draws a department's top goals under the vision, with everything below them", () => {
    const d = hierarchyDiagram(scoped(), labels, { departmentId: 'd1' });
    const p = assertSafe(d);
    expect(d.nodes.n0).toMatchObject({ kind: 'vision', id: null });
    // Tops of d1: A (no parent) and F (parent E is d2). C is under A already: drawn once.
    expect(ids(d, 'goal')).toEqual(['A', 'B', 'C', 'D', 'F', 'G']);
    expect(ids(d, 'measure')).toEqual(['mC']);
    const children0 = p.edges.filter(([a]) => a === 'n0').map(([, b]) => d.nodes[b]!.id);
    expect(children0.sort()).toEqual(['A', 'F']);
  });

  it('draws the vision alone for a department without goals', () => {
    const d = hierarchyDiagram(scoped(), labels, { departmentId: 'd3' });
    expect(d.nodeCount).toBe(1);
    expect(d.truncated).toBe(false);
  });
});

describe('hierarchyDiagram: size budget', () => {
  it('summarises measures in their goal when drawing them would not fit', () => {
    const goals: Goal[] = [];
    const measures: Measure[] = [];
    for (let i = 0; i < 20; i++) {
      goals.push(goal(`g${i}`, null));
      for (let j = 0; j < 5; j++) measures.push(measure(`m${i}-${j}`, `g${i}`));
    }
    const d = hierarchyDiagram(makeTree({ goals, measures }), labels, {}, 50);
    const p = assertSafe(d);
    expect(d.truncated).toBe(true);
    expect(d.nodeCount).toBe(21);
    expect(Object.values(d.nodes).some((n) => n.kind === 'measure')).toBe(false);
    for (const [key, n] of Object.entries(d.nodes))
      if (n.kind === 'goal') expect(shown(p.nodes.get(key)!.label)).toEqual([`Goal ${n.id}`, 'no data', '5 measures']);
  });

  it('collapses whole levels, saying how much is hidden below', () => {
    // 3 tops, each with 3 children, each with 3 grandchildren: 3 + 9 + 27 goals.
    const goals: Goal[] = [];
    for (let a = 0; a < 3; a++) {
      goals.push(goal(`${a}`, null));
      for (let b = 0; b < 3; b++) {
        goals.push(goal(`${a}.${b}`, `${a}`));
        for (let c = 0; c < 3; c++) goals.push(goal(`${a}.${b}.${c}`, `${a}.${b}`));
      }
    }
    const d = hierarchyDiagram(makeTree({ goals }), labels, {}, 20);
    const p = assertSafe(d);
    expect(d.truncated).toBe(true);
    expect(d.nodeCount).toBe(13); // vision + 3 + 9: the 27 would not fit
    for (const [key, n] of Object.entries(d.nodes)) {
      const label = shown(p.nodes.get(key)!.label);
      if (n.id !== null && n.id.split('.').length === 2) expect(label).toContain('+3 more below');
      else expect(label.some((l) => l.includes('more below'))).toBe(false);
    }
  });

  it('always draws the root and as much of the first level as fits', () => {
    const goals: Goal[] = [];
    for (let i = 0; i < 30; i++) goals.push(goal(`t${i}`, null), goal(`c${i}`, `t${i}`));
    const d = hierarchyDiagram(makeTree({ goals }), labels, {}, 10);
    const p = assertSafe(d);
    expect(d.nodeCount).toBe(10);
    expect(d.truncated).toBe(true);
    expect(d.nodes.n0?.kind).toBe('vision');
    // 9 of 30 tops drawn: the vision hides the other 21 tops and their 21 children; each drawn
    // top hides its own child.
    expect(shown(p.nodes.get('n0')!.label)).toContain('+42 more below');
    for (const [key, n] of Object.entries(d.nodes))
      if (n.kind === 'goal') expect(shown(p.nodes.get(key)!.label)).toContain('+1 more below');

    const one = hierarchyDiagram(makeTree({ goals }), labels, {}, 1);
    expect(one.nodeCount).toBe(1);
    expect(one.nodes.n0?.kind).toBe('vision');

    const rooted = hierarchyDiagram(makeTree({ goals }), labels, { rootGoalId: 't3' }, 1);
    expect(rooted.nodeCount).toBe(1);
    expect(rooted.nodes.n0).toMatchObject({ kind: 'goal', id: 't3' });
    expect(rooted.text).toContain('+1 more below');
  });

  it('stays within budget on 2,000 goals and 8,000 measures, fast', () => {
    // 5 tops × 19 children × 20 grandchildren = 5 + 95 + 1,900 = 2,000 goals, 4 measures each.
    const goals: Goal[] = [];
    const measures: Measure[] = [];
    const values: Record<string, number> = {};
    const add = (id: string, parent: string | null) => {
      goals.push(goal(id, parent));
      for (let k = 0; k < 4; k++) {
        measures.push(measure(`${id}/m${k}`, id));
        values[`${id}/m${k}`] = (goals.length * 7 + k * 13) % 101;
      }
    };
    for (let a = 0; a < 5; a++) {
      add(`${a}`, null);
      for (let b = 0; b < 19; b++) {
        add(`${a}.${b}`, `${a}`);
        for (let c = 0; c < 20; c++) add(`${a}.${b}.${c}`, `${a}.${b}`);
      }
    }
    expect(goals).toHaveLength(2000);
    expect(measures).toHaveLength(8000);
    const tree = makeTree({ goals, measures, values });

    const started = performance.now();
    const d = hierarchyDiagram(tree, labels);
    const elapsed = performance.now() - started;

    expect(elapsed).toBeLessThan(500);
    expect(d.nodeCount).toBeLessThanOrEqual(MAX_DIAGRAM_NODES);
    expect(d.nodeCount).toBe(1 + 5 + 95); // the third level (1,900) cannot fit
    expect(d.truncated).toBe(true);
    expect(d.nodes.n0).toMatchObject({ kind: 'vision', id: null });
    const real = new Set(goals.map((g) => g.id));
    for (const [key, n] of Object.entries(d.nodes)) {
      if (key === 'n0') continue;
      expect(n.kind).toBe('goal');
      expect(real.has(n.id!)).toBe(true);
    }
    const p = assertSafe(d);
    expect(p.edges).toHaveLength(d.nodeCount - 1);
    for (const [key, n] of Object.entries(d.nodes)) {
      const label = shown(p.nodes.get(key)!.label);
      const depth = n.id === null ? 0 : n.id.split('.').length;
      if (depth === 2) expect(label.slice(2)).toEqual(['4 measures', '+20 more below']);
      else expect(label.some((l) => l.includes('more below'))).toBe(false);
    }

    // The same tree scoped to one top goal: 1 + 19 + 380 = 400 goals → two levels.
    const one = hierarchyDiagram(tree, labels, { rootGoalId: '3' });
    expect(one.nodeCount).toBe(20);
    expect(one.nodes.n0).toMatchObject({ kind: 'goal', id: '3' });

    // Under a generous budget everything is drawn.
    const all = hierarchyDiagram(tree, labels, {}, 20_000);
    expect(all.nodeCount).toBe(1 + 2000 + 8000);
    expect(all.truncated).toBe(false);
  });
});

// ---- Mermaid's own parser ----
// Mermaid runs in Node except for DOMPurify, which needs a DOM (jsdom is not installed): without
// a window, `dompurify` exports an object without addHook/sanitize. The parser only sanitises
// label text on the way in, so a pass-through stub is enough to check that the text parses and
// that Mermaid reads back exactly the nodes, labels and classes the generator meant. (The
// browser test covers rendering, where the real DOMPurify runs.)
describe('Mermaid parses the text', () => {
  type Vertex = { id: string; text: string; type: string; classes: string[]; styles: string[] };
  type MermaidModule = typeof import('mermaid');
  let mermaid: MermaidModule['default'];

  beforeAll(async () => {
    const purify = DOMPurify as unknown as Record<string, unknown>;
    if (typeof purify.addHook !== 'function') {
      purify.addHook = () => undefined;
      purify.removeHook = () => undefined;
      purify.removeHooks = () => undefined;
      purify.removeAllHooks = () => undefined;
      purify.sanitize = (s: unknown) => String(s);
    }
    mermaid = (await import('mermaid')).default;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  });

  async function vertices(text: string): Promise<Map<string, Vertex>> {
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    return (diagram.db as unknown as { getVertices(): Map<string, Vertex> }).getVertices();
  }

  /** Mermaid's internal entity markers → HTML entities → text. */
  const fromMermaidText = (s: string) =>
    s
      .replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/ﬂ°(\w+)¶ß/g, (all, n: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>' })[n] ?? all);

  it('rejects a broken label (the check can fail)', async () => {
    await expect(mermaid.parse('flowchart TD\n  n0["a"]"]\n')).rejects.toThrow();
  });

  it('reads hostile labels back as exactly one node each, with the original text', async () => {
    const tree = makeTree({
      vision: vision('%%{init: {"securityLevel":"loose"}}%% style n0 fill:#f00;'),
      goals: [
        goal('g1', null, { title: HOSTILE_1 }),
        goal('g2', 'g1', { title: HOSTILE_2 }),
        goal('g3', 'g1', { title: 'classDef x fill:#f00; #quot; ¶ß ﬂ°°60¶ß `md` end' }),
      ],
      measures: [measure('m1', 'g2', { name: 'a | b; c[d]{e}(f)' })],
      values: { m1: 42 },
    });
    const d = hierarchyDiagram(tree, labels, {}, MAX_DIAGRAM_NODES, '2026-07-02');
    const v = await vertices(d.text);
    expect([...v.keys()].sort()).toEqual(Object.keys(d.nodes).sort());
    const byId = (id: string) => v.get(Object.entries(d.nodes).find(([, n]) => n.id === id)![0])!;
    // Wrapped lines back on one line, then the progress line.
    const fromMermaid = (text: string) => {
      const lines = fromMermaidText(text).split('<br/>');
      return `${lines.slice(0, -1).join(' ')}<br/>${lines.at(-1)}`;
    };
    expect(fromMermaid(byId('g1').text)).toBe(`${HOSTILE_1}<br/>42 %`);
    expect(fromMermaid(byId('g2').text)).toBe(`${HOSTILE_2}<br/>42 %`);
    expect(fromMermaid(byId('g3').text)).toBe('classDef x fill:#f00; #quot; ¶ß ﬂ°°60¶ß `md` end<br/>no data');
    expect(fromMermaid(byId('m1').text)).toBe('a | b; c[d]{e}(f)<br/>42 %');
    expect(byId('m1').type).toBe('stadium');
    expect(byId('m1').classes).toEqual(['on_track', 'measure']); // 42 % vs 50 % expected
    expect(fromMermaid(v.get('n0')!.text)).toBe(
      'Vision: %%{init: {"securityLevel":"loose"}}%% style n0 fill:#f00;<br/>42 %',
    );
    expect(v.get('n0')!.classes).toEqual(['none']);
    expect(v.get('n0')!.styles).toEqual([]);
  });

  it('parses a truncated 2,000-goal diagram', async () => {
    const goals: Goal[] = [];
    for (let a = 0; a < 40; a++) {
      goals.push(goal(`${a}`, null, { title: `Top "${a}" <${a}>` }));
      for (let b = 0; b < 50; b++) goals.push(goal(`${a}.${b}`, `${a}`));
    }
    const d = hierarchyDiagram(makeTree({ goals }), labels);
    expect(d.truncated).toBe(true);
    const v = await vertices(d.text);
    expect(v.size).toBe(d.nodeCount);
    expect(d.nodeCount).toBe(41);
  });
});

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
