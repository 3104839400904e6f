// Geometry of the influence circle (seed 001): measures the front line moves directly sit inside
// the circle, partly on its edge, and the ones it cannot move outside. Each measure is a labelled
// "pill" placed wholly inside its ring without overlapping the others or the ring's own label;
// rings grow until their measures fit. Pure, so it can be tested without a browser.

export interface PillSize {
  width: number;
  height: number;
  /** Vertical distance between rows of pills. */
  pitch: number;
  /** Horizontal gap between pills in a row. */
  gap: number;
  /** Clearance from the ring's edges. */
  margin: number;
}

export const PILL: PillSize = { width: 250, height: 44, pitch: 52, gap: 12, margin: 6 };
/** Characters of a name that fit on one of a pill's two lines, beside its dot and its progress (13 px text, ~7.2 px a character). */
export const PILL_CHARS = Math.floor((PILL.width - 26 - 52) / 7.2);
/** The ring's name is written at its top, on the vertical axis. */
export const RING_LABEL = { width: 210, height: 22 };

export interface Point {
  x: number;
  y: number;
}

/** x-intervals [from, to] minus a blocked interval. */
function subtract(intervals: [number, number][], block: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of intervals) {
    if (block[1] <= a || block[0] >= b) out.push([a, b]);
    else {
      if (block[0] > a) out.push([a, block[0]]);
      if (block[1] < b) out.push([block[1], b]);
    }
  }
  return out;
}

/**
 * Centres of the pills that fit in the ring between radius `inner` (0 for the inner disc) and
 * `outer`, around (0, 0): rows from top to bottom, left to right in each row (reading order, which
 * is also the keyboard order). The ring's label area at its top is kept free.
 */
export function packRing(inner: number, outer: number, size: PillSize = PILL, label = RING_LABEL): Point[] {
  const { width: w, height: h, pitch, gap, margin: m } = size;
  const out: Point[] = [];
  const R = outer - m;
  const labelTop = -outer + m;
  const labelBottom = labelTop + label.height;
  const maxRow = Math.floor((R - h / 2) / pitch);
  for (let k = -maxRow; k <= maxRow; k++) {
    const y = k * pitch;
    const far = Math.abs(y) + h / 2;
    if (far > R) continue;
    const X = Math.sqrt(R * R - far * far);
    const near = Math.max(0, Math.abs(y) - h / 2);
    const r = inner > 0 ? inner + m : 0;
    let intervals: [number, number][] =
      r > 0 && near < r
        ? [
            [-X, -Math.sqrt(r * r - near * near)],
            [Math.sqrt(r * r - near * near), X],
          ]
        : [[-X, X]];
    // Keep the ring's label free.
    if (y - h / 2 < labelBottom + m && y + h / 2 > labelTop)
      intervals = subtract(intervals, [-label.width / 2 - gap, label.width / 2 + gap]);
    for (const [a, b] of intervals) {
      const count = Math.floor((b - a + gap) / (w + gap));
      if (count < 1) continue;
      const used = count * w + (count - 1) * gap;
      const start = a + (b - a - used) / 2 + w / 2;
      for (let i = 0; i < count; i++) out.push({ x: start + i * (w + gap), y });
    }
  }
  return out.sort((p, q) => p.y - q.y || p.x - q.x);
}

export interface CircleLayout {
  /** Outer radius of each ring shown, from the inside out. */
  radii: number[];
  /** Pill centres per ring (exactly as many as its measures), relative to the centre. */
  slots: Point[][];
  /** The drawing's half-size: the centre is at (extent, extent). */
  extent: number;
}

/**
 * Radii and pill positions for rings holding `counts[i]` measures (inside first). Each ring starts
 * at a minimum thickness and grows in steps until its measures fit.
 */
export function layoutCircle(
  counts: readonly number[],
  size: PillSize = PILL,
  opts = { minInner: 120, minThickness: 96, step: 12, padding: 8 },
): CircleLayout {
  const radii: number[] = [];
  const slots: Point[][] = [];
  let inner = 0;
  for (const count of counts) {
    let outer = inner === 0 ? opts.minInner : inner + opts.minThickness;
    let fit = packRing(inner, outer, size);
    // Bounded: a ring 60 steps thicker holds far more pills than any page shows.
    for (let i = 0; fit.length < count && i < 200; i++) fit = packRing(inner, (outer += opts.step), size);
    radii.push(outer);
    slots.push(choose(fit, count, inner === 0));
    inner = outer;
  }
  return { radii, slots, extent: (radii[radii.length - 1] ?? opts.minInner) + opts.padding };
}

/**
 * `count` of the free slots, spread out: the inner disc fills from its middle rows; a ring takes
 * slots evenly around it, so a few measures do not all crowd at its top. Reading order.
 */
export function choose(free: readonly Point[], count: number, disc: boolean): Point[] {
  if (count >= free.length) return [...free];
  let picked: Point[];
  if (disc) picked = [...free].sort((p, q) => Math.abs(p.y) - Math.abs(q.y) || p.y - q.y || p.x - q.x).slice(0, count);
  else {
    // Clockwise from the top (just past the ring's label), evenly spaced: one measure sits at the
    // top, two at the top and the bottom, and so on.
    const clockwise = (p: Point) => (Math.atan2(p.y, p.x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
    const around = [...free].sort((p, q) => clockwise(p) - clockwise(q));
    picked = Array.from({ length: count }, (_, i) => around[Math.floor((i * around.length) / count)]!);
  }
  return picked.sort((p, q) => p.y - q.y || p.x - q.x);
}

/**
 * A name on at most `lines` lines of `max` characters, broken between words (a word longer than a
 * line is cut); what does not fit ends with an ellipsis. The full name stays in the accessible name.
 */
export function wrapLabel(text: string, max: number, lines = 2): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= max) {
      line = next;
      continue;
    }
    if (out.length === lines - 1) {
      // The last line: fill it and mark the cut.
      out.push(truncate(`${next} ${words.slice(i + 1).join(' ')}`.trim(), max));
      return out;
    }
    if (line) out.push(line);
    line = [...word].length > max ? truncate(word, max) : word;
  }
  if (line) out.push(line);
  return out;
}

/** A label cut to `max` characters with an ellipsis (the full text stays in the accessible name). */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}
