import { Suspense, useState, type ReactNode } from 'react';

interface Props {
  summary: ReactNode;
  /** Marks the element for tests and styles, e.g. `data-filter-panel`. */
  dataAttribute: string;
  /** The panel's content, rendered (and its code loaded) only once the disclosure is opened. */
  children: ReactNode;
  loading: string;
}

/**
 * A `<details>` whose content is rendered only after its first opening. The content's
 * components are `React.lazy`, so their code stays out of the page's first load (JS budget,
 * docs/performance.md); the closed disclosure looks the same in the server HTML.
 */
export function LazyDisclosure({ summary, dataAttribute, children, loading }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="matrix-disclosure"
      {...{ [dataAttribute]: '' }}
      onToggle={(event) => event.currentTarget.open && setOpened(true)}
      onKeyDown={(event) => {
        // Escape closes the panel and puts focus back on its toggle.
        if (event.key !== 'Escape' || !event.currentTarget.open) return;
        event.currentTarget.open = false;
        event.currentTarget.querySelector('summary')?.focus();
      }}
    >
      <summary>{summary}</summary>
      {opened && (
        <Suspense fallback={<p className="matrix-panel text-sm">{loading}</p>}>{children}</Suspense>
      )}
    </details>
  );
}
