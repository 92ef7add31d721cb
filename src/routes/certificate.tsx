import { useMemo } from 'react';
import { useCourseAddress } from '../components/course-address';
import { Page } from '../components/page';
import { course } from '../course/course-data';
import { courseScope } from '../course/course-scope';
import { modulesText } from '../domain/progress/module-stage';
import { certificateCode } from '../domain/exchange/certificate-code';
import { Certificate } from '../features/certificate/certificate';
import { LearnerNameForm } from '../features/assignment/learner-name-form';
import { ReceiptExport } from '../features/assignment/receipt-export';
import { toReceiptAssignment, useAssignmentReport } from '../features/assignment/use-assignment-report';
import { useProgress } from '../store/progress-store';
import { CourseLink } from '../components/course-link';

// The whole course as one "assignment", so a learner without an instructor link can still earn a
// certificate backed by a receipt: every module, and the final check across all values. In an LMS
// package of some modules, exactly those (and the final check only when it was packaged).
function wholeCourse() {
  const scope = courseScope();
  return { id: 'course', modules: [...scope.modules.map((m) => m.id as string), ...(scope.hasReview ? [course.review.id] : [])] };
}

/** Who the certificate is for, in words. */
function coverage(): string {
  const scope = courseScope();
  if (scope.isWhole) return `For the whole course: all ${course.modules.length} modules and the final check.`;
  return `For this course: ${modulesText(scope.modules.length)}${scope.hasReview ? ' and the final check' : ''}.`;
}

/** /certificate?assignment=ID — a printable certificate for an assignment, or for the whole course. */
export function Component() {
  const id = new URLSearchParams(useCourseAddress().search).get('assignment');
  const held = useProgress((s) => s.assignments.find((a) => a.id === id));
  const target = useMemo(() => toReceiptAssignment(held ?? wholeCourse()), [held]);
  const report = useAssignmentReport(target);
  const complete = report.ready && report.passed === target.modules.length;
  const titleOf = (m: string) => (m === course.review.id ? 'Final check' : (course.modules.find((x) => x.id === m)?.title ?? m));
  return (
    <Page title="Your certificate">
      <p className="no-print">{held ? 'For the modules in your assignment.' : coverage()}</p>
      <LearnerNameForm />
      {!report.ready && <p role="status">Checking your progress…</p>}
      {report.ready && !complete && (
        <p>
          Not yet: {report.passed} of{' '}
          {held || !courseScope().hasReview
            ? modulesText(target.modules.length)
            : `${target.modules.length} parts (modules and the final check)`}{' '}
          passed. <CourseLink to={held ? `/assignment/${held.id}` : '/'}>See what is left</CourseLink>
        </p>
      )}
      {complete && report.receipt && !report.receipt.learner && <p>Enter your name above to see your certificate.</p>}
      {complete && report.receipt?.learner && (
        <>
          <Certificate
            learner={report.receipt.learner}
            courseTitle={course.title}
            courseVersion={course.version}
            modules={report.outcomes.map((o) => ({
              id: o.moduleId,
              title: titleOf(o.moduleId),
              percent: o.best?.percent,
              completedAt: o.completedAt,
            }))}
            code={certificateCode(report.receipt.checksum)}
            {...(held ? { assignment: held } : {})}
          />
          <p className="button-row no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              Print or save as PDF
            </button>
            <span className="hint">In the print window, choose “Save as PDF” as the printer to keep a file.</span>
          </p>
          <section className="no-print" aria-labelledby="cert-receipt">
            <h2 id="cert-receipt">The receipt behind this certificate</h2>
            <p>Send this receipt to whoever checks your certificate: its verification code matches only this receipt.</p>
            <ReceiptExport receipt={report.receipt} receiptFor={report.receiptFor} isComplete askName={false} />
          </section>
        </>
      )}
    </Page>
  );
}
