import { site } from '../config/site';

/** The configurable crisis-resources line, shown in the footer and on safety-touching screens. */
export function CrisisLine() {
  return (
    <p className="crisis-line">
      <strong>Need help now?</strong> {site.crisisLine}
    </p>
  );
}
