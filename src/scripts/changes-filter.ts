// Filters /changes/ by engine and kind of change, and keeps the choice in the address
// (?engine=vllm&group=hardware) so a filtered view can be shared. Unknown values are ignored.
const form = document.querySelector<HTMLFormElement>('[data-changes-filter]');
const count = document.querySelector<HTMLElement>('[data-changes-count]');

if (form && count) {
  const selects = ['engine', 'group'].map(
    (name) => form.elements.namedItem(name) as HTMLSelectElement,
  );
  const entries = [...document.querySelectorAll<HTMLElement>('[data-change-list] > li')];
  const plural = new Intl.PluralRules(document.documentElement.lang);

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name) ?? '';
    if ([...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }

  const apply = () => {
    const [engine, group] = selects.map((select) => select.value);
    let shown = 0;
    for (const entry of entries) {
      const visible =
        (!engine || entry.dataset.engine === engine) &&
        (!group || (entry.dataset.groups ?? '').split(' ').includes(group));
      entry.hidden = !visible;
      if (!visible) continue;
      shown++;
      for (const line of entry.querySelectorAll<HTMLElement>('li[data-group]')) {
        line.hidden = Boolean(group) && line.dataset.group !== group;
      }
    }
    const template =
      plural.select(shown) === 'one' ? count.dataset.templateOne : count.dataset.templateOther;
    count.textContent =
      shown === 0 ? (count.dataset.empty ?? '') : (template ?? '').replace(/\d+/, String(shown));
    const query = new URLSearchParams(
      selects.filter((select) => select.value).map((select) => [select.name, select.value]),
    ).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  if (selects.some((select) => select.value)) apply();
}
