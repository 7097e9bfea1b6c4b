import { useEffect, useState, type RefObject } from 'react';

/** Above this many rows the matrix renders only the rows in view (see useRowWindow). */
export const VIRTUALIZE_ABOVE = 60;
/** Row height while virtualized; `.matrix-fixed-rows` in matrix.css holds rows to it. */
const ROW_HEIGHT = 48;
const OVERSCAN = 4;

/**
 * The slice of rows to render for the scroll position of `scrollRef`: rows outside it become two
 * spacer rows, so sorting or filtering 1,000 engines re-renders a few dozen rows, not all.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  enabled: boolean,
) {
  const [view, setView] = useState({ top: 0, height: 900 });

  useEffect(() => {
    const element = scrollRef.current;
    if (!enabled || !element) return;
    const update = () => setView({ top: element.scrollTop, height: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      element.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [scrollRef, enabled]);

  if (!enabled) return { start: 0, end: count, padTop: 0, padBottom: 0 };
  const start = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(count, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  return { start, end, padTop: start * ROW_HEIGHT, padBottom: (count - end) * ROW_HEIGHT };
}
