/** Props for ProgressBar. */
interface ProgressBarProps {
  /** Accessible name, e.g. "Course progress". */
  label: string;
  /** Current amount. */
  value: number;
  /** Total amount (must be more than 0 to show progress). */
  max: number;
  /** Human text of the value, e.g. "3 of 10 modules". */
  valueText: string;
}

/** An accessible progress bar: a native <progress> with a visible text equivalent. */
export function ProgressBar({ label, value, max, valueText }: ProgressBarProps) {
  return (
    <div className="progress">
      <progress aria-label={label} aria-valuetext={valueText} value={value} max={Math.max(max, 1)} />
      <span className="progress-text">{valueText}</span>
    </div>
  );
}
