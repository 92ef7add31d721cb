import { modulesText } from '../../domain/progress/module-stage';
import { MODULE_STATUS_LABELS } from '../../domain/progress/module-status';
import { certificateCode } from '../../domain/exchange/certificate-code';
import type { RosterBook } from '../../domain/exchange/roster-book';
import { confirmsCertificate } from '../../domain/exchange/roster-judge';
import { NO_PROBLEMS, problemsOf, titleOf } from './judge-words';

/** What the certificate check says about a code: whether it is confirmed, and why in full sentences. */
export interface CertificateVerdict {
  /** True only when the receipt passed every module under the instructor's (or the course's) pass mark with no problems found. */
  confirmed: boolean;
  /** The sentences to show. */
  lines: string[];
}

/** Looks a certificate code up among every receipt (history included) and states the receipt's pass status. */
export function certificateVerdict(code: string, book: RosterBook): CertificateVerdict {
  const found = book.rows.flatMap((row) => [row.latest, ...row.history]).find((item) => certificateCode(item.digest.checksum) === code);
  if (!found)
    return {
      confirmed: false,
      lines: [`No receipt in this roster has code ${code}. Ask the trainee for the receipt behind this certificate.`],
    };
  const j = book.judge(found);
  const { learner, assignment } = found.digest;
  const passed = j.outcomes.filter((o) => o.status === 'passed').length;
  const whose =
    j.judgedBy === 'own' ? 'your pass mark' : j.judgedBy === 'course' ? 'the course pass mark' : 'the pass mark the receipt itself claims';
  const status = `It passed ${passed} of ${modulesText(j.outcomes.length)} at ${whose} of ${j.passMark}%`;
  const detail = j.outcomes.map(
    (o) => `${titleOf(o.moduleId)}: ${MODULE_STATUS_LABELS[o.status]}${o.best ? ` (best ${o.best.percent}%)` : ''}`,
  );
  const lines = [`Code ${code} belongs to the receipt from ${learner} for assignment ${assignment.id}. ${status}: ${detail.join('; ')}.`];
  const problems = problemsOf(j);
  if (problems.length > 0) lines.push(`Problems found: ${problems.join(' ')}`);
  if (j.judgedBy === 'receipt')
    lines.push('This roster did not create that assignment, so there is no pass mark of yours to check the receipt against.');
  const latest = book.rows.find((row) => row.history.includes(found))?.latest;
  if (latest)
    lines.push(
      `This is an earlier receipt; ${learner}'s latest receipt for this assignment has code ${certificateCode(latest.digest.checksum)}.`,
    );
  const confirmed = confirmsCertificate(j);
  lines.unshift(
    confirmed
      ? `Certificate confirmed: it matches a receipt that passed every module, and ${NO_PROBLEMS.toLowerCase()}.`
      : 'Certificate not confirmed.',
  );
  return { confirmed, lines };
}
