// The "Embed" section: choose the cell a badge shows, and copy its snippet.
for (const section of document.querySelectorAll('[data-embed]')) {
  const chooser = section.querySelector('[data-embed-chooser]');
  const select = chooser.querySelector('select');
  const preview = section.querySelector('[data-embed-preview]');
  const snippet = (format) => section.querySelector(`[data-embed-snippet="${format}"]`);
  chooser.hidden = false;
  select.addEventListener('change', () => {
    const option = select.selectedOptions[0];
    preview.src = option.dataset.badge;
    preview.alt = option.dataset.alt;
    snippet('markdown').value = option.dataset.markdown;
    snippet('html').value = option.dataset.html;
  });
  for (const button of section.querySelectorAll('[data-embed-copy]')) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    const label = button.textContent;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(snippet(button.dataset.embedCopy).value);
      button.textContent = button.dataset.copied;
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
