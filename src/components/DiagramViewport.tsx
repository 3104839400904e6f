// A bounded box in which a drawn SVG is zoomed and panned, so a big diagram never pushes the page
// wide or puts its scrollbar 4,000 px down. Hand-written and small on purpose: zoom resizes the
// SVG (its viewBox keeps it sharp) and panning is the box's own scrolling, so the scroll wheel,
// touch, the scrollbars and the arrow keys work as everywhere else; a mouse drag scrolls too.
// Keys while the box (or a node in it) has focus: + and − zoom, 0 fits to width, arrows pan.
import { createSignal, onCleanup, onMount, type JSX } from 'solid-js';
import type { Messages } from '../i18n/index.ts';

const STEP = 1.25;
const MAX_SCALE = 3;
const PAN = 60;
/** The first view fits the width, but never smaller than this: on a phone the text stays readable and the box pans. */
const READABLE = 0.6;

export interface ViewportHandle {
  /** Call after a new SVG was put into the content element: measures it and fits it to width. */
  reset(): void;
}

export function DiagramViewport(props: {
  t: Messages;
  /** Receives the element to draw into. */
  content: (el: HTMLDivElement) => void;
  handle: (h: ViewportHandle) => void;
  /** Where the first view starts: the top, or the vertical middle (a left-to-right tree's root). */
  start?: 'top' | 'middle';
  contentProps?: JSX.HTMLAttributes<HTMLDivElement>;
}) {
  let box!: HTMLDivElement;
  let inner!: HTMLDivElement;
  const [scale, setScale] = createSignal(1);
  const [ready, setReady] = createSignal(false);
  let natural = { width: 0, height: 0 };
  const hintId = `diagram-keys-${Math.random().toString(36).slice(2, 8)}`;

  const svg = () => inner.querySelector<SVGSVGElement>(':scope > svg');

  function measure() {
    const s = svg();
    if (!s) return false;
    const vb = s.viewBox?.baseVal;
    // The viewBox needs no layout; only an SVG without one is measured on the page.
    const rect = vb && vb.width > 0 ? vb : s.getBoundingClientRect();
    natural = { width: rect.width, height: rect.height };
    // Mermaid sizes the SVG by attributes or a max-width; from now on the viewport sizes it.
    s.removeAttribute('style');
    s.style.display = 'block';
    return natural.width > 0 && natural.height > 0;
  }

  // The box's room for the drawing (its max-height when the drawing is taller than the box).
  const room = () => {
    const cs = getComputedStyle(box);
    const maxH = parseFloat(cs.maxHeight);
    // Less the drawing's padding (room for a focused node's outline at the edge).
    const pad = inner.offsetWidth - inner.clientWidth + parseFloat(getComputedStyle(inner).paddingLeft) * 2;
    const height = Number.isFinite(maxH) ? maxH - (box.offsetHeight - box.clientHeight) : box.clientHeight;
    return { width: box.clientWidth - pad, height: height - pad };
  };
  const fitWidthScale = () => Math.min(1, room().width / natural.width);
  const showAllScale = () => Math.min(1, room().width / natural.width, room().height / natural.height);
  const firstScale = () => Math.max(fitWidthScale(), Math.min(1, READABLE));
  const minScale = () => Math.min(0.25, showAllScale());

  /** Sets the scale, keeping the point at the box's centre (or `at`, in box pixels) where it is. */
  function zoomTo(next: number, at?: { x: number; y: number }) {
    const s = svg();
    if (!s || natural.width === 0) return;
    const clamped = Math.max(minScale(), Math.min(MAX_SCALE, next));
    const old = scale();
    const ax = at?.x ?? box.clientWidth / 2;
    const ay = at?.y ?? box.clientHeight / 2;
    const cx = (box.scrollLeft + ax) / old;
    const cy = (box.scrollTop + ay) / old;
    s.setAttribute('width', String(Math.round(natural.width * clamped)));
    s.setAttribute('height', String(Math.round(natural.height * clamped)));
    setScale(clamped);
    box.scrollLeft = cx * clamped - ax;
    box.scrollTop = cy * clamped - ay;
  }
  const fitWidth = () => {
    zoomTo(fitWidthScale());
    box.scrollLeft = 0;
    box.scrollTop = 0;
  };
  const showAll = () => {
    zoomTo(showAllScale());
    box.scrollLeft = 0;
    box.scrollTop = 0;
  };

  props.handle({
    reset() {
      setScale(1);
      setReady(measure());
      if (!ready()) return;
      zoomTo(firstScale());
      box.scrollLeft = 0;
      box.scrollTop = props.start === 'middle' ? (box.scrollHeight - box.clientHeight) / 2 : 0;
    },
  });

  function onKey(e: KeyboardEvent) {
    if (e.ctrlKey || e.metaKey || e.altKey || !ready()) return;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [-PAN, 0],
      ArrowRight: [PAN, 0],
      ArrowUp: [0, -PAN],
      ArrowDown: [0, PAN],
    };
    if (e.key === '+' || e.key === '=') zoomTo(scale() * STEP);
    else if (e.key === '-' || e.key === '−' || e.key === '_') zoomTo(scale() / STEP);
    else if (e.key === '0') fitWidth();
    else if (pan[e.key]) box.scrollBy(pan[e.key]![0], pan[e.key]![1]);
    else return;
    e.preventDefault();
  }

  // Ctrl + wheel (and a trackpad pinch, which the browser reports so) zooms at the pointer.
  function onWheel(e: WheelEvent) {
    if (!e.ctrlKey || !ready()) return;
    e.preventDefault();
    const r = box.getBoundingClientRect();
    zoomTo(scale() * (e.deltaY < 0 ? STEP : 1 / STEP), { x: e.clientX - r.left, y: e.clientY - r.top });
  }

  // Mouse drag pans; a drag does not count as a click on the node it started on.
  let drag: { x: number; y: number; left: number; top: number; moved: boolean } | null = null;
  let suppressClick = false;
  function onPointerDown(e: PointerEvent) {
    if (e.pointerType !== 'mouse' || e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, left: box.scrollLeft, top: box.scrollTop, moved: false };
  }
  function onPointerMove(e: PointerEvent) {
    if (!drag) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 5) return;
    if (!drag.moved) {
      drag.moved = true;
      box.setPointerCapture(e.pointerId);
      box.classList.add('dragging');
    }
    box.scrollLeft = drag.left - dx;
    box.scrollTop = drag.top - dy;
  }
  function onPointerUp(e: PointerEvent) {
    if (drag?.moved) {
      suppressClick = true;
      box.releasePointerCapture(e.pointerId);
    }
    box.classList.remove('dragging');
    drag = null;
  }
  const onClickCapture = (e: MouseEvent) => {
    if (suppressClick) {
      suppressClick = false;
      e.stopPropagation();
      e.preventDefault();
    }
  };

  onMount(() => {
    box.addEventListener('wheel', onWheel, { passive: false });
    box.addEventListener('click', onClickCapture, true);
    // A narrower window (rotation, resize): shrink to the first view's scale if it was larger.
    let lastWidth = box.clientWidth;
    const ro = new ResizeObserver(() => {
      if (box.clientWidth === lastWidth) return;
      lastWidth = box.clientWidth;
      if (ready() && scale() > firstScale() + 1e-6 && scale() <= 1) zoomTo(firstScale());
    });
    ro.observe(box);
    onCleanup(() => ro.disconnect());
  });

  const t = () => props.t.diagram;
  const percent = () => `${Math.round(scale() * 100)} %`;
  return (
    <div class="diagram-viewport-wrap" data-ready={ready() ? 'true' : undefined}>
      <div class="diagram-toolbar" role="group" aria-label={t().controls} hidden={!ready()}>
        <button
          type="button"
          onClick={() => zoomTo(scale() / STEP)}
          aria-label={t().zoomOut}
          title={`${t().zoomOut} (−)`}
        >
          −
        </button>
        <button
          type="button"
          onClick={() => zoomTo(scale() * STEP)}
          aria-label={t().zoomIn}
          title={`${t().zoomIn} (+)`}
        >
          +
        </button>
        <button type="button" onClick={fitWidth} title={`${t().fitWidth} (0)`}>
          {t().fitWidth}
        </button>
        <button type="button" onClick={showAll}>
          {t().showAll}
        </button>
        <output class="diagram-scale" aria-live="polite" aria-label={t().scale(percent())}>
          {percent()}
        </output>
        <span class="hint diagram-keys" id={hintId}>
          {t().keysHint}
        </span>
      </div>
      <div
        class="diagram-viewport"
        ref={box}
        tabindex="0"
        role="group"
        aria-label={t().viewport}
        aria-describedby={hintId}
        onKeyDown={onKey}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        data-scale={scale().toFixed(3)}
      >
        <div
          {...props.contentProps}
          ref={(el) => {
            inner = el;
            props.content(el);
          }}
        />
      </div>
    </div>
  );
}
