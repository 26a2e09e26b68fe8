// Hook for the pod table's virtual rows: above VIRTUAL_AT rows, only the rows in view (plus overscan) render.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PodRow } from '../../kubectl/index.ts';

/** Tables with more rows than this render only the rows in view. */
const VIRTUAL_AT = 200;
export const VIEWPORT_PX = 560;
const OVERSCAN = 6;

/**
 * The rows to render of `view`, from `start` to `end`, and the scroller's ref and scroll handler. Brings
 * `focusLine` (a row asked for from a finding) into view and focuses its button, then calls `clearFocus`.
 */
export function useVirtualRows(view: readonly PodRow[], focusLine: number | null, clearFocus: () => void) {
  const virtual = view.length > VIRTUAL_AT;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [rowH, setRowH] = useState(41);
  const frame = useRef(0);

  const onScroll = () => {
    if (!virtual || frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setScrollTop(scroller.current?.scrollTop ?? 0);
    });
  };

  // Measure the real row height once rows exist (fonts and zoom change it).
  useLayoutEffect(() => {
    if (!virtual) return;
    const tr = scroller.current?.querySelector<HTMLElement>('tbody tr.explainer__row');
    const h = tr?.getBoundingClientRect().height;
    if (h && Math.abs(h - rowH) > 0.5) setRowH(h);
  }, [virtual, view]);

  // Bring a row asked for (from a finding) into view and focus its button.
  useEffect(() => {
    if (focusLine === null) return;
    const i = view.findIndex((r) => r.line === focusLine);
    if (i < 0) return;
    const el = scroller.current;
    if (virtual && el) {
      el.scrollTop = Math.max(0, i * rowH - rowH);
      setScrollTop(el.scrollTop);
    }
    const line = focusLine;
    requestAnimationFrame(() => {
      const btn = document.querySelector<HTMLButtonElement>(`#row-${line} .explainer__toggle`);
      btn?.focus();
      btn?.scrollIntoView({ block: 'nearest' });
      clearFocus();
    });
  }, [focusLine, view]);

  let start = 0;
  let end = view.length;
  if (virtual) {
    start = Math.max(0, Math.floor(scrollTop / rowH) - OVERSCAN);
    end = Math.min(view.length, start + Math.ceil(VIEWPORT_PX / rowH) + 2 * OVERSCAN);
  }
  return { virtual, scroller, onScroll, rowH, start, end };
}
