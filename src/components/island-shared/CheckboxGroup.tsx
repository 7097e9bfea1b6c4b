interface Props {
  legend: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  onChange: (next: string[]) => void;
  name: string;
}

/** A fieldset of checkboxes whose value is the list of checked options, in option order. */
export function CheckboxGroup({ legend, options, checked, onChange, name }: Props) {
  const toggle = (value: string) => {
    const set = new Set(checked);
    if (set.has(value)) set.delete(value);
    else set.add(value);
    onChange(options.map((o) => o.value).filter((v) => set.has(v)));
  };
  return (
    <fieldset className="min-w-0" data-filter-group={name}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      <ul className="space-y-0.5">
        {options.map((option) => (
          <li key={option.value}>
            <label className="flex cursor-pointer items-start gap-2 py-0.5">
              <input
                type="checkbox"
                className="matrix-check mt-0.5"
                name={name}
                value={option.value}
                checked={checked.includes(option.value)}
                onChange={() => toggle(option.value)}
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
