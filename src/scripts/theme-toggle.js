(() => {
  const button = document.getElementById('theme-toggle');
  const root = document.documentElement;
  const sync = () => button.setAttribute('aria-pressed', String(root.classList.contains('dark')));
  sync();
  button.addEventListener('click', () => {
    const dark = !root.classList.contains('dark');
    root.classList.toggle('dark', dark);
    try {
      localStorage.setItem('theme', dark ? 'dark' : 'light');
    } catch {}
    sync();
  });
})();
