import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type Dispatch,
  type SetStateAction,
} from 'react';

/** What a URL decoder returns: the state, and what the URL held that was not understood. */
export interface Decoded<T> {
  state: T;
  ignored: string[];
}

const never = () => () => {};

/**
 * Island state kept in the URL. The server HTML and the hydrating render use `initial`; as soon
 * as the page is hydrated the query string is decoded (once, state and ignored parameters
 * together), and every change is written back in canonical form with replaceState. `ready`
 * turns true once the URL has been read. `decode` and `encode` must be stable.
 */
export function useUrlState<T>(
  initial: T,
  decode: (search: string) => Decoded<T>,
  encode: (state: T) => string,
): { state: T; setState: Dispatch<SetStateAction<T>>; ready: boolean; ignored: string[] } {
  // false on the server and while hydrating, true right after: the browser-only read below
  // then happens in a render that React expects to differ from the server's.
  const ready = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  const fromUrl = useMemo(
    () => (ready ? decode(window.location.search) : { state: initial, ignored: [] }),
    [ready, decode, initial],
  );
  const [edited, setEdited] = useState<{ value: T } | null>(null);
  const state = edited ? edited.value : fromUrl.state;

  const setState: Dispatch<SetStateAction<T>> = useCallback(
    (action) =>
      setEdited((current) => {
        const previous = current ? current.value : fromUrl.state;
        return {
          value: typeof action === 'function' ? (action as (p: T) => T)(previous) : action,
        };
      }),
    [fromUrl],
  );

  // The address bar is the external system this state is synchronised to.
  useEffect(() => {
    if (!ready) return;
    const query = encode(state);
    const { pathname, search, hash } = window.location;
    const url = `${pathname}${query ? `?${query}` : ''}${hash}`;
    if (url !== `${pathname}${search}${hash}`)
      window.history.replaceState(window.history.state, '', url);
  }, [state, ready, encode]);

  return { state, setState, ready, ignored: fromUrl.ignored };
}
