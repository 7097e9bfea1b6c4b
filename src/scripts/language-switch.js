// The other edition of this page keeps the current view (query string and fragment).
document.querySelector('[data-language-switch]').addEventListener('click', (event) => {
  const link = event.currentTarget;
  link.href = link.href.split(/[?#]/)[0] + location.search + location.hash;
});
