/**
 * SCORM 1.2's data model: `cmi.core.*` elements, one `lesson_status` for both completion and
 * success, `HHHH:MM:SS.SS` session time and 4096 characters of suspend data.
 */
import type { LmsReport } from '../../domain/lms/lms-report';
import { scorm12InteractionWrites } from '../../domain/lms/interaction-scorm';
import { formatScorm12Time } from '../../domain/lms/scorm-time';
import { SCORM12_SUSPEND_LIMIT } from '../../domain/lms/suspend-data';
import { readBegunObjectives, readScore, scoreText, type DataModel, type RecordedOutcome, type Writes } from './data-model';
import type { Scorm12Api } from './find-api';

const RECORDED: Record<string, RecordedOutcome['status']> = {
  passed: 'passed',
  completed: 'completed',
  failed: 'failed',
  incomplete: 'incomplete',
  browsed: 'incomplete',
};

function reportWrites(report: LmsReport): Writes {
  const writes: Writes = [['cmi.core.lesson_status', report.status]];
  // Min and max go first: some LMSs check raw against them.
  // No score until there is one to give (lms-report.ts): a gradebook shows whatever raw says.
  if (report.score !== undefined) {
    writes.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', scoreText(report.score)]);
  }
  report.objectives.forEach((o, n) => {
    const at = `cmi.objectives.${n}`;
    writes.push([`${at}.id`, o.id], [`${at}.status`, o.status]);
    if (o.score !== undefined) writes.push([`${at}.score.min`, '0'], [`${at}.score.max`, '100'], [`${at}.score.raw`, scoreText(o.score)]);
  });
  return writes;
}

/** The SCORM 1.2 data model over `api`. */
export function scorm12Model(api: Scorm12Api): DataModel {
  return {
    version: '1.2',
    calls: {
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      getValue: (element) => api.LMSGetValue(element),
      setValue: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      lastError: () => api.LMSGetLastError(),
      errorString: (code) => api.LMSGetErrorString(code),
      diagnostic: (code) => api.LMSGetDiagnostic(code),
    },
    suspendLimit: SCORM12_SUSPEND_LIMIT,
    locationLimit: 255,
    elements: { suspendData: 'cmi.suspend_data', location: 'cmi.core.lesson_location' },
    emptyReadCodes: [],
    readRecorded: (get) => {
      const score = readScore(get('cmi.core.score.raw'));
      return { status: RECORDED[get('cmi.core.lesson_status')] ?? 'not attempted', ...(score === undefined ? {} : { score }) };
    },
    readBegun: (get) => readBegunObjectives(get, 'status'),
    startWrites: (recorded) => (recorded.status === 'not attempted' ? [['cmi.core.lesson_status', 'incomplete']] : []),
    reportWrites,
    // 1.2 has no time zone: the time of day is the learner's own.
    interactionWrites: (n, record) => scorm12InteractionWrites(n, record, new Date(record.at).getTimezoneOffset()),
    // `suspend` keeps the attempt open so the LMS hands suspend data back next time.
    endWrites: (sessionMs, isFinished) => [
      ['cmi.core.session_time', formatScorm12Time(sessionMs)],
      ['cmi.core.exit', isFinished ? '' : 'suspend'],
    ],
  };
}
