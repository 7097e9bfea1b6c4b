interface Props<T extends string> {
  name: string;
  legend: string;
  /** The options after "no preference", with their labels. */
  options: readonly { value: T; label: string }[];
  /** Label of the first option, which stands for `null`. */
  anyLabel: string;
  value: T | null;
  onChange: (value: T | null) => void;
  /** Lay the options out in a row instead of a column. */
  inline?: boolean;
}

/** A fieldset of radio buttons with a leading "no preference" option meaning `null`. */
export function RadioGroup<T extends string>({
  name,
  legend,
  options,
  anyLabel,
  value,
  onChange,
  inline = false,
}: Props<T>) {
  const choices: { value: T | null; label: string }[] = [
    { value: null, label: anyLabel },
    ...options,
  ];
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">{legend}</legend>
      <div className={inline ? 'flex flex-wrap gap-x-4 gap-y-1' : 'space-y-1'}>
        {choices.map((choice) => (
          <label key={choice.value ?? ''} className="flex cursor-pointer items-start gap-2">
            <input
              type="radio"
              name={name}
              className="matrix-check mt-0.5"
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
