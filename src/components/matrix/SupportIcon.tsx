import type { SupportLevel } from '../../registry/attributes';
import { SUPPORT_STYLE } from '../../lib/support-style';

/** The icon of a support level (decorative: the text label carries the meaning). */
export function SupportIcon({ level }: { level: SupportLevel }) {
  const { path, fillPath } = SUPPORT_STYLE[level];
  return (
    <svg
      className="h-4 w-4 shrink-0"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      aria-hidden="true"
    >
      <path d={path} />
      {fillPath && <path d={fillPath} fill="currentColor" stroke="none" />}
    </svg>
  );
}
