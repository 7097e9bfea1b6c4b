import { useState } from 'react';

interface Props {
  legend: string;
  /**
   * `href`: a page about the option (a capability page), linked after its label; `nested`: a
   * sub-feature of the option before it, indented under it.
   */
  options: readonly {
    value: string;
    label: string;
    href?: string | undefined;
    nested?: boolean | undefined;
  }[];
  /** The accessible name of an option's link, e.g. "About Prefix caching". */
  linkLabel?: (label: string) => string;
  checked: readonly string[];
  onChange: (next: string[]) => void;
  name: string;
  /**
   * Folds the group behind its legend (one Tab stop until opened), with this text after the
   * legend saying how many options are checked. Groups with a checked option start open.
   */
  collapsedSummary?: string;
}

/** A fieldset of checkboxes whose value is the list of checked options, in option order. */
export function CheckboxGroup({
  legend,
  options,
  checked,
  onChange,
  name,
  linkLabel,
  collapsedSummary,
}: Props) {
  const [open, setOpen] = useState(checked.length > 0);
  const toggle = (value: string) => {
    const set = new Set(checked);
    if (set.has(value)) set.delete(value);
    else set.add(value);
    onChange(options.map((o) => o.value).filter((v) => set.has(v)));
  };
  const fieldset = (
    <fieldset
      className="min-w-0"
      data-filter-group={collapsedSummary === undefined ? name : undefined}
    >
      <legend className={collapsedSummary === undefined ? 'mb-1 font-semibold' : 'sr-only'}>
        {legend}
      </legend>
      <ul className="space-y-0.5">
        {options.map((option) => (
          <li
            key={option.value}
            className={`flex items-start justify-between gap-2${option.nested ? ' pl-6' : ''}`}
            data-nested={option.nested || undefined}
          >
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
            {option.href && (
              <a
                href={option.href}
                className="shrink-0 py-0.5 text-sm no-underline"
                aria-label={linkLabel?.(option.label) ?? option.label}
                title={linkLabel?.(option.label)}
              >
                <span aria-hidden="true">ⓘ</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
  if (collapsedSummary === undefined) return fieldset;
  return (
    <details
      className="min-w-0"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-filter-group={name}
    >
      <summary className="cursor-pointer font-semibold">
        {legend}
        {collapsedSummary && (
          <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">
            {collapsedSummary}
          </span>
        )}
      </summary>
      <div className="mt-1">{fieldset}</div>
    </details>
  );
}
