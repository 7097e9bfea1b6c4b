import { useEffect, useState, type RefObject } from 'react';

interface Open {
  text: string;
  href: string;
  top: number;
  left: number;
}

/**
 * On touch screens a tap on a cell's mark opens its note in a small popover, with its own source
 * link, instead of following the link away from the site (there is no hover to show the note).
 * One listener on the island and one popover for all cells, so the cells stay stateless; mouse
 * and keyboard keep the CSS tooltip and the plain link.
 */
export function useCellPopover(root: RefObject<HTMLElement | null>, sourceLabel: string) {
  const [open, setOpen] = useState<Open | null>(null);

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      const mark = (event.target as Element).closest<HTMLAnchorElement>('a.cell-mark');
      if (!mark || !window.matchMedia('(hover: none)').matches) return;
      event.preventDefault();
      const rect = mark.getBoundingClientRect();
      setOpen({
        text: mark.dataset.tip ?? mark.getAttribute('aria-label') ?? '',
        href: mark.href,
        top: rect.bottom + 6,
        left: Math.max(8, Math.min(rect.left, window.innerWidth - 288)),
      });
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, [root]);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event.target instanceof Element && event.target.closest('[data-cell-popover]')) return;
      setOpen(null);
    };
    // A tap elsewhere, a scroll or Escape closes it.
    const options = { capture: true } as const;
    document.addEventListener('pointerdown', close, options);
    document.addEventListener('keydown', close, options);
    window.addEventListener('scroll', close, options);
    return () => {
      document.removeEventListener('pointerdown', close, options);
      document.removeEventListener('keydown', close, options);
      window.removeEventListener('scroll', close, options);
    };
  }, [open]);

  return open ? (
    <div
      role="dialog"
      aria-label={open.text}
      className="cell-popover"
      style={{ top: open.top, left: open.left }}
      data-cell-popover
    >
      <p>{open.text}</p>
      <a href={open.href} rel="noopener">
        {sourceLabel}
      </a>
    </div>
  ) : null;
}
