/**
 * `client:urlOrIdle`: hydrates at once when the page was opened with a query string (a shared
 * view must appear as soon as possible), otherwise when the browser is idle. The server HTML
 * already shows the default view in full, so on a plain visit no script competes with the
 * first paint (docs/performance.md).
 */
export default (load) => {
  const hydrate = async () => (await load())();
  if (window.location.search) hydrate();
  else if ('requestIdleCallback' in window) window.requestIdleCallback(hydrate, { timeout: 2000 });
  else setTimeout(hydrate, 200);
};
