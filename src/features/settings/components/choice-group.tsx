/** One option of a ChoiceGroup. */
export interface Choice<T> {
  value: T;
  label: string;
}

interface ChoiceGroupProps<T> {
  label: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A labelled row of toggle buttons, one pressed: a segmented control. */
export function ChoiceGroup<T extends string | number>({ label, choices, value, onChange }: ChoiceGroupProps<T>) {
  return (
    <div className="settings-row">
      <span className="settings-label" aria-hidden="true">
        {label}
      </span>
      <div className="segmented" role="group" aria-label={label}>
        {choices.map((choice) => (
          <button
            key={String(choice.value)}
            type="button"
            aria-pressed={choice.value === value}
            onClick={() => onChange(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </div>
  );
}
