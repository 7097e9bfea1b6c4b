import { useCallback, useEffect, useState } from 'react';
import {
  decodeViewState,
  DEFAULT_VIEW_STATE,
  encodeViewState,
  type ViewContext,
  type ViewState,
} from '../../lib/matrix/view-state';

export type UpdateView = (
  patch: Partial<ViewState> | ((state: ViewState) => Partial<ViewState>),
) => void;

/**
 * The matrix view, kept in the URL. The first render uses the default view so it matches the
 * server-rendered HTML; the URL is read right after hydration and rewritten (replaceState, in
 * canonical form) on every change.
 */
export function useViewState(context: ViewContext) {
  const [state, setState] = useState<ViewState>(DEFAULT_VIEW_STATE);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const decoded = decodeViewState(window.location.search, context);
    setState(decoded.state);
    setIgnored(decoded.ignored);
    setReady(true);
    // The context is fixed for the page's lifetime.
  }, []);

  useEffect(() => {
    if (!ready) return;
    const query = encodeViewState(state);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  }, [state, ready]);

  const update: UpdateView = useCallback((patch) => {
    setState((current) => ({
      ...current,
      ...(typeof patch === 'function' ? patch(current) : patch),
    }));
  }, []);

  return { state, update, ignored, ready };
}
