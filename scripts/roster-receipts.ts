/**
 * Realistic completion receipts for the roster benchmark and browser tests, made with the
 * course's own receipt encoder (src/domain/exchange/receipt.ts) over the real scenario banks:
 * each trainee reads the lessons, makes one to three attempts per module with a skill of their
 * own, and finishes within a few hours. Deterministic for a seed. Node loads this file through
 * Vite's module runner (`loadReceiptMaker` in scripts/load-receipt-maker.mjs), which closes after
 * loading: the banks are imported eagerly here rather than through the app's lazy loaders.
 */
import { course } from '../content/course';
import type { Question, ScenarioBank } from '../src/domain/content/content-types';
import { certificateCode } from '../src/domain/exchange/certificate-code';
import { buildReceipt, receiptChecksum, receiptToCode, type Receipt, type ReceiptAssignment } from '../src/domain/exchange/receipt';
import { receiptToFile as receiptFileText } from '../src/domain/exchange/receipt-file';
import { checkPool } from '../src/domain/progress/attempt-summary';
import { emptyProgress } from '../src/domain/progress/progress-model';
import { CHECK_FORM_SIZE, drawCheckForm } from '../src/domain/scoring/check-form';
import type { Answer } from '../src/domain/scoring/answers';

/** What to make. */
export interface ReceiptPlan {
  /** How many trainees (one receipt each). */
  count: number;
  /** The assignment every receipt answers (pass mark resolved). */
  assignment: ReceiptAssignment;
  /** Seed for the trainees' skill and timing. */
  seed?: number;
  /** First trainee number, so several calls make different trainees. */
  from?: number;
  /** When the trainees start (ISO 8601); they finish within about six hours of it. */
  start?: string;
}

const BANKS = import.meta.glob<ScenarioBank>('../content/*/scenarios.ts', { eager: true, import: 'default' });

function questionsOf(moduleId: string): Question[] {
  const folder = course.modules.find((m) => m.id === moduleId)?.folder;
  const bank = BANKS[`../content/${folder}/scenarios.ts`];
  if (!bank) throw new Error(`No scenarios for module "${moduleId}".`);
  return bank.questions;
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function answer(q: Question, good: boolean): Answer {
  switch (q.kind) {
    case 'single':
    case 'value': {
      const pick = good ? q.options.find((o) => o.best) : q.options.find((o) => !o.best);
      return { kind: q.kind, optionId: pick?.id ?? '' };
    }
    case 'multi':
      return { kind: 'multi', optionIds: good ? q.options.filter((o) => o.correct).map((o) => o.id) : [q.options[0]!.id] };
    case 'rank':
      return { kind: 'rank', order: good ? q.options.map((o) => o.id) : q.options.map((o) => o.id).reverse() };
    case 'branch': {
      const path: string[] = [];
      for (let step = q.steps[0]; step;) {
        const next = good ? step.options.find((o) => o.best) : step.options.find((o) => !o.best);
        if (!next) break;
        path.push(next.id);
        step = next.next ? q.steps.find((s) => s.id === next.next) : undefined;
      }
      return { kind: 'branch', path };
    }
  }
}

/** Makes `count` receipts, one per trainee. */
export function makeReceipts({ count, assignment, seed = 1, from = 0, start = '2025-06-02T08:00:00.000Z' }: ReceiptPlan): Receipt[] {
  const banks = new Map<string, Question[]>();
  for (const id of assignment.modules) banks.set(id, questionsOf(id));
  const rand = random(seed + from);
  const t0 = Date.parse(start);
  const receipts: Receipt[] = [];
  for (let n = from; n < from + count; n++) {
    const progress = emptyProgress();
    const skill = 0.55 + rand() * 0.45;
    let t = t0 + Math.floor(rand() * 3) * 3_600_000;
    for (const id of assignment.modules) {
      progress.lessonsRead[id] = new Date((t += 600_000)).toISOString();
      for (let k = 0, tries = 1 + Math.floor(rand() * 3); k < tries; k++) {
        const startedAt = new Date((t += 300_000)).toISOString();
        // Each try is a mastery check: a form drawn from the check pool, as the course draws it.
        const bank = banks.get(id)!;
        const history = progress.attempts.filter((a) => a.quizId === id).map((a) => a.items ?? []);
        const items = drawCheckForm(checkPool(bank), history, n * 7 + k, CHECK_FORM_SIZE.module);
        const form = items.map((qid) => bank.find((q) => q.id === qid)!);
        const answers = Object.fromEntries(form.map((q) => [q.id, answer(q, rand() < skill + k * 0.1)]));
        const finishedAt = new Date((t += 300_000 + Math.floor(rand() * 300_000))).toISOString();
        progress.attempts.push({
          id: `t${n}-${id}-${k}`,
          quizId: id,
          seed: n * 7 + k,
          startedAt,
          finishedAt,
          mode: 'check',
          items,
          answers,
        });
      }
    }
    receipts.push(
      buildReceipt({
        learner: `Trainee ${String(n + 1).padStart(5, '0')}`,
        assignment,
        course: { id: course.id, version: course.version },
        progress,
        banks,
      }),
    );
  }
  return receipts;
}

/** A receipt file's text, as a trainee downloads or shares it. */
export function receiptToFile(receipt: Receipt): string {
  return receiptFileText(receipt, course.title);
}

// Re-exported for the tests: re-signing an edited receipt (as a forger would), and the code
// printed on a certificate.
export { receiptToCode, receiptChecksum, certificateCode };
