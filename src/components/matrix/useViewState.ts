import { useCallback } from 'react';
import {
  decodeViewState,
  DEFAULT_VIEW_STATE,
  encodeViewState,
  type ViewContext,
  type ViewState,
} from '../../lib/matrix/view-state';
import { useUrlState } from '../island-shared/useUrlState';

export type UpdateView = (
  patch: Partial<ViewState> | ((state: ViewState) => Partial<ViewState>),
) => void;

/** The matrix view, kept in the URL, plus what the URL contained that was ignored. */
export function useViewState(context: ViewContext) {
  const decode = useCallback((search: string) => decodeViewState(search, context), [context]);
  const { state, setState, ready, ignored } = useUrlState(
    DEFAULT_VIEW_STATE,
    decode,
    encodeViewState,
  );

  const update: UpdateView = useCallback(
    (patch) =>
      setState((current) => ({
        ...current,
        ...(typeof patch === 'function' ? patch(current) : patch),
      })),
    [setState],
  );

  return { state, update, ignored, ready };
}
