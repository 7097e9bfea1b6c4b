import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Island state kept in the URL. The first render uses `initial`, so it matches the server HTML;
 * right after hydration the query string is decoded, and every later change is written back in
 * canonical form with replaceState. `ready` turns true once the URL has been read.
 */
export function useUrlState<T>(
  initial: T,
  decode: (search: string) => T,
  encode: (state: T) => string,
): [T, Dispatch<SetStateAction<T>>, boolean] {
  const [state, setState] = useState<T>(initial);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    setState(decode(window.location.search));
    setReady(true);
    // Decoding happens once, on hydration.
  }, []);

  useEffect(() => {
    if (!ready) return;
    const query = encode(state);
    const { pathname, search, hash } = window.location;
    const url = `${pathname}${query ? `?${query}` : ''}${hash}`;
    if (url !== `${pathname}${search}${hash}`)
      window.history.replaceState(window.history.state, '', url);
  }, [state, ready, encode]);

  return [state, setState, ready];
}
