import { useId, type ReactNode } from 'react';

/** A set of radio buttons drawn as selectable tiles, each with an optional hint. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  compact = false,
}: {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string; hint?: string; lang?: string }[];
  onChange: (value: T) => void;
  compact?: boolean;
}) {
  const id = useId();
  return (
    <fieldset className={compact ? 'settings-choices settings-compact' : 'settings-choices'}>
      <legend>{legend}</legend>
      <div className="settings-choice-list">
        {options.map((option) => (
          <label key={option.value} className="settings-choice" lang={option.lang}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${id}-${option.value}` : undefined}
            />
            <span className="settings-choice-text">
              <span className="settings-choice-label">{option.label}</span>
              {option.hint ? (
                <span className="settings-choice-hint" id={`${id}-${option.value}`}>
                  {option.hint}
                </span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="settings-section card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

