import { formatDate } from '../../components/format-date';
import './certificate.css';

/** One module line on a certificate. */
export interface CertificateModule {
  /** Module id. */
  id: string;
  /** Module title. */
  title: string;
  /** Best score, whole percent. */
  percent?: number;
  /** When it was passed (ISO 8601). */
  completedAt?: string;
}

/** Props for Certificate. */
interface CertificateProps {
  /** The learner's name as they entered it (rendered as text). */
  learner: string;
  /** The course's title. */
  courseTitle: string;
  /** Content version the answers were given against. */
  courseVersion: string;
  /** The passed modules, in assigned order. */
  modules: CertificateModule[];
  /** Verification code from the receipt behind this certificate. */
  code: string;
  /** Who assigned it, if it was an assignment. */
  assignment?: { id: string; cohort?: string; instructor?: string };
}

/**
 * A one-page certificate of completion, as accessible HTML (headings, a table, real text) that
 * prints on A4 or Letter. Its verification code matches the receipt in an instructor's roster.
 */
export function Certificate({ learner, courseTitle, courseVersion, modules, code, assignment }: CertificateProps) {
  const finished = modules
    .map((m) => m.completedAt ?? '')
    .sort()
    .at(-1);
  return (
    <section className="certificate" aria-labelledby="certificate-title">
      <p className="certificate-course">{courseTitle}</p>
      <h2 id="certificate-title">Certificate of completion</h2>
      <p>This certifies that</p>
      <p className="certificate-name">{learner}</p>
      <p>
        completed {modules.length === 1 ? 'this module' : `these ${modules.length} modules`} of <cite>{courseTitle}</cite>
        {finished ? `, finishing on ${formatDate(finished)}` : ''}.
      </p>
      <table className="certificate-modules">
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Score</th>
            <th scope="col">Completed</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.title}</th>
              <td>{m.percent === undefined ? '' : `${m.percent}%`}</td>
              <td>{m.completedAt ? formatDate(m.completedAt) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="certificate-facts">
        {assignment?.instructor && (
          <>
            <dt>Assigned by</dt>
            <dd>{assignment.instructor}</dd>
          </>
        )}
        {assignment?.cohort && (
          <>
            <dt>Cohort</dt>
            <dd>{assignment.cohort}</dd>
          </>
        )}
        <dt>Course content version</dt>
        <dd>{courseVersion}</dd>
        <dt>Verification code</dt>
        <dd className="certificate-code">{code}</dd>
      </dl>
      <p className="certificate-note">
        An instructor can check this code in their course roster against the trainee&rsquo;s completion receipt. It shows that the
        receipt&rsquo;s answers and scores agree; it does not prove identity.
      </p>
    </section>
  );
}
