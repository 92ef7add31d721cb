import { courseSettings } from '../config/course-settings';
import type { SafetyTag } from '../domain/content/content-types';

/** Triggers whose safe response includes reporting, where the host's reporting notes apply. */
const REPORTING: readonly SafetyTag[] = ['abuse-neglect', 'violence', 'partner-violence', 'minor-at-risk'];

/** Props for OrgProtocol. */
interface OrgProtocolProps {
  /** The scenario's safety triggers. */
  tags: readonly SafetyTag[];
}

/**
 * The host's own words beside safety feedback (course-settings.json): where the content says
 * "follow your organization's protocol", this says what that protocol is, and, for reporting
 * scenarios, the local reporting duties. Nothing when the host has set neither.
 */
export function OrgProtocol({ tags }: OrgProtocolProps) {
  const { escalationRoute, reportingNotes, organizationName } = courseSettings();
  const notes = reportingNotes && tags.some((t) => REPORTING.includes(t)) ? reportingNotes : undefined;
  if (tags.length === 0 || (!escalationRoute && !notes)) return null;
  return (
    <div className="org-protocol">
      {escalationRoute && (
        <p>
          <strong>{organizationName ? `Your organization (${organizationName}):` : 'Your organization:'}</strong> {escalationRoute}
        </p>
      )}
      {notes && (
        <p>
          <strong>Reporting duties where you work:</strong> {notes}
        </p>
      )}
    </div>
  );
}
