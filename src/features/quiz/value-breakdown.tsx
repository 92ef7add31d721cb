import { ValueBarChart } from '../../components/value-bar-chart';
import { VALUE_IDS } from '../../domain/content/content-types';
import type { ValueScore } from '../../domain/scoring/score-quiz';
import { valueTitle } from './value-titles';

/** Props for ValueBreakdown. */
interface ValueBreakdownProps {
  /** Scores by value, from the scoring module. */
  perValue: Partial<Record<(typeof VALUE_IDS)[number], ValueScore>>;
}

/** The learner's per-value profile for one attempt: chart and table. */
export function ValueBreakdown({ perValue }: ValueBreakdownProps) {
  const bars = VALUE_IDS.flatMap((value) => {
    const score = perValue[value];
    return score ? [{ id: value, title: valueTitle(value), ...score }] : [];
  });
  return (
    <section className="value-breakdown" aria-labelledby="value-breakdown-heading">
      <h3 id="value-breakdown-heading">Score by value</h3>
      <ValueBarChart bars={bars} label="Bar chart of your score by value" caption="Score by value" />
    </section>
  );
}
