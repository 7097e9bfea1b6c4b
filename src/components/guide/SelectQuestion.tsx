interface Props<T extends string> {
  /** Names the question, e.g. `hardware`: marks the select for tests (`data-guide-hardware`). */
  name: string;
  label: string;
  /** The options after "no preference", with their labels. */
  options: readonly { value: T; label: string }[];
  /** Label of the first option, which stands for `null`. */
  anyLabel: string;
  value: T | null;
  onChange: (value: T | null) => void;
}

/** A labelled select with a leading "no preference" option meaning `null`. */
export function SelectQuestion<T extends string>({
  name,
  label,
  options,
  anyLabel,
  value,
  onChange,
}: Props<T>) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <select
        className="matrix-input"
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || null) as T | null)}
        {...{ [`data-guide-${name}`]: '' }}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
