// Only the pairs people compare have a static page (README, "Compare pages"). Any other
// /compare/<a>-vs-<b>/ address of two catalogue engines lands on the 404 page: send it on to
// the N-way compare of those two, in the same edition.
const pairs = document.querySelector('[data-pair-redirect]');
if (pairs) {
  const base = pairs.dataset.base;
  const ids = pairs.dataset.ids.split(' ');
  const rest = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : '';
  const match = /^(zh\/)?compare\/([a-z0-9-]+?)-vs-([a-z0-9-]+?)\/?$/.exec(rest);
  if (match && match[2] !== match[3] && ids.includes(match[2]) && ids.includes(match[3])) {
    const engines = [match[2], match[3]].sort().join(',');
    location.replace(`${base}${match[1] ?? ''}compare/?engines=${engines}`);
  }
}
