/**
 * SCORM 2004 (4th edition) data model: separate completion and success statuses, a scaled
 * score, ISO 8601 session time and 64000 characters of suspend data.
 */
import type { LmsObjectiveStatus, LmsReport } from '../../domain/lms/lms-report';
import { scorm2004InteractionWrites } from '../../domain/lms/interaction-scorm';
import { formatScorm2004Duration } from '../../domain/lms/scorm-time';
import { SCORM2004_SUSPEND_LIMIT } from '../../domain/lms/suspend-data';
import { readBegunObjectives, readScore, scoreText, type DataModel, type RecordedOutcome, type Writes } from './data-model';
import type { Scorm2004Api } from './find-api';

/** Completion and success for each status the course reports. */
const SPLIT: Record<LmsObjectiveStatus, [completion: string, success: string]> = {
  'not attempted': ['not attempted', 'unknown'],
  incomplete: ['incomplete', 'unknown'],
  completed: ['completed', 'unknown'],
  passed: ['completed', 'passed'],
  failed: ['completed', 'failed'],
};

const scaled = (score: number): string => String(Math.min(100, Math.max(0, Math.round(score))) / 100);

function scoreWrites(at: string, score: number): Writes {
  return [
    [`${at}.score.min`, '0'],
    [`${at}.score.max`, '100'],
    [`${at}.score.raw`, scoreText(score)],
    [`${at}.score.scaled`, scaled(score)],
  ];
}

function reportWrites(report: LmsReport): Writes {
  const [completion, success] = SPLIT[report.status];
  const writes: Writes = [
    ['cmi.completion_status', completion],
    ['cmi.success_status', success],
    ['cmi.progress_measure', String(report.progress)],
  ];
  // No score until there is one to give (lms-report.ts): a gradebook shows whatever raw says.
  if (report.score !== undefined) writes.push(...scoreWrites('cmi', report.score));
  report.objectives.forEach((o, n) => {
    const at = `cmi.objectives.${n}`;
    const [objectiveCompletion, objectiveSuccess] = SPLIT[o.status];
    writes.push(
      [`${at}.id`, o.id],
      [`${at}.completion_status`, objectiveCompletion],
      [`${at}.success_status`, objectiveSuccess],
      [`${at}.progress_measure`, String(o.progress)],
    );
    if (o.score !== undefined) writes.push(...scoreWrites(at, o.score));
  });
  return writes;
}

function readRecorded(get: (element: string) => string): RecordedOutcome {
  const success = get('cmi.success_status');
  const completion = get('cmi.completion_status');
  const score = readScore(get('cmi.score.raw'));
  let status: RecordedOutcome['status'] = 'not attempted';
  if (success === 'passed' || success === 'failed') status = success;
  else if (completion === 'completed') status = 'completed';
  else if (completion === 'incomplete') status = 'incomplete';
  return { status, ...(score === undefined ? {} : { score }) };
}

/** The SCORM 2004 data model over `api`. */
export function scorm2004Model(api: Scorm2004Api): DataModel {
  return {
    version: '2004',
    calls: {
      initialize: () => api.Initialize(''),
      terminate: () => api.Terminate(''),
      getValue: (element) => api.GetValue(element),
      setValue: (element, value) => api.SetValue(element, value),
      commit: () => api.Commit(''),
      lastError: () => api.GetLastError(),
      errorString: (code) => api.GetErrorString(code),
      diagnostic: (code) => api.GetDiagnostic(code),
    },
    suspendLimit: SCORM2004_SUSPEND_LIMIT,
    locationLimit: 1000,
    elements: { suspendData: 'cmi.suspend_data', location: 'cmi.location' },
    // 403: "data model element value not initialized", the normal answer on a first launch.
    emptyReadCodes: ['403'],
    readRecorded,
    readBegun: (get) => readBegunObjectives(get, 'completion_status'),
    startWrites: (recorded) => (recorded.status === 'not attempted' ? [['cmi.completion_status', 'incomplete']] : []),
    reportWrites,
    interactionWrites: scorm2004InteractionWrites,
    endWrites: (sessionMs, isFinished) => [
      ['cmi.session_time', formatScorm2004Duration(sessionMs)],
      ['cmi.exit', isFinished ? 'normal' : 'suspend'],
    ],
  };
}
