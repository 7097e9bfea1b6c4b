// "/" focuses the header search box, unless the reader is typing somewhere already.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]'))
    return;
  const box = document.querySelector('[data-site-search] input');
  if (!box) return;
  event.preventDefault();
  box.focus();
});
