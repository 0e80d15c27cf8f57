import { useId } from 'react';

type Choice<T extends string> = { value: T; label: string; hint: string };

type ChoiceFieldProps<T extends string> = {
  legend: string;
  choices: readonly Choice<T>[];
  /** Null while nothing is chosen yet. */
  value: T | null;
  onChange: (value: T) => void;
};

/** One of a few options, each with a line saying what it means: roles, desk modes. */
export function ChoiceField<T extends string>({ legend, choices, value, onChange }: ChoiceFieldProps<T>) {
  const name = useId();
  return (
    <fieldset className="manager-choice">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="manager-choice__option">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => {
              onChange(choice.value);
            }}
          />
          <span>
            <strong>{choice.label}</strong>
            <span className="manager-choice__hint">{choice.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
