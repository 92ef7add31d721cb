/**
 * One person per name, and new people in quizzes (docs/authoring.md, "Names"). Every person a
 * story introduces with an age ("Tasha, 29, …") must be in `content/cast.ts` with that age; a
 * lesson's worked-example person never appears in a quiz, and a quiz person never in a lesson.
 */
import type { CastMember, ScenarioBank } from './content-types';
import { createReporter, isFields, type ContentProblem } from './content-problem';

/** Where the cast list lives, for messages. */
export const CAST_FILE = 'content/cast.ts';

/** "Name, 29," or "Name, 29)": how stories introduce a person. */
const INTRODUCED = /\b([A-Z][a-z]+), (\d{1,3})(?=[,):;])/g;

/** Every piece of text a learner reads in a bank, with its field path. */
function textsOf(bank: ScenarioBank): { field: string; text: string }[] {
  return bank.questions.flatMap((q, i) => {
    const at = `questions[${i}]`;
    const options =
      q.kind === 'branch'
        ? q.steps.flatMap((s) => [s.lead ?? '', s.prompt, ...s.options.flatMap((o) => [o.text, o.feedback])])
        : q.options.flatMap((o) => ('text' in o ? [o.text, o.feedback] : [o.feedback]));
    return [q.situation, q.prompt, ...options].map((text) => ({ field: at, text }));
  });
}

/** The cast as a map by name; reports malformed or repeated entries. */
function readCast(cast: unknown, problems: ContentProblem[]): Map<string, CastMember> {
  const byName = new Map<string, CastMember>();
  const r = createReporter(CAST_FILE);
  if (!Array.isArray(cast)) {
    r.at('cast', 'the file must export `cast`, a list of { name, age, story, lesson? }');
    problems.push(...r.problems);
    return byName;
  }
  cast.forEach((m: unknown, i) => {
    if (!isFields(m) || typeof m.name !== 'string' || typeof m.story !== 'string' || (m.age !== undefined && typeof m.age !== 'number')) {
      r.at(`cast[${i}]`, 'each person needs a name (text), a story (text) and, if the stories give one, an age (a number)');
      return;
    }
    if (byName.has(m.name))
      r.at(`cast[${i}].name`, `"${m.name}" is listed twice: one name is one person, so give the second person another name`);
    else byName.set(m.name, m as unknown as CastMember);
  });
  problems.push(...r.problems);
  return byName;
}

/** Checks every story's people against the cast list. */
export function validateCast(input: {
  cast: unknown;
  banks: { file: string; bank: ScenarioBank }[];
  lessons: { file: string; source: string }[];
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const cast = readCast(input.cast, problems);
  const lessonPeople = [...cast.values()].filter((m) => m.lesson);
  const quizPeople = [...cast.values()].filter((m) => !m.lesson);
  const checkIntroductions = (r: ReturnType<typeof createReporter>, field: string, text: string, isQuiz: boolean) => {
    for (const [, name, age] of text.matchAll(INTRODUCED)) {
      const member = cast.get(name!);
      if (!member) r.at(field, `${name}, ${age}, is not in ${CAST_FILE}: add them, so no other story gives the name to someone else`);
      else if (member.age !== undefined && member.age !== Number(age))
        r.at(field, `${name} is ${member.age} in ${CAST_FILE} but ${age} here: one name is one person`);
      else if (isQuiz && member.lesson) r.at(field, `${name} is a worked example in the ${member.lesson} lesson: quiz stories must be new`);
    }
  };
  for (const { file, bank } of input.banks) {
    const r = createReporter(file);
    for (const { field, text } of textsOf(bank)) {
      checkIntroductions(r, field, text, true);
      for (const m of lessonPeople) {
        if (new RegExp(`\\b${m.name}\\b`).test(text))
          r.at(field, `${m.name} is a worked example in the ${m.lesson} lesson: quiz stories must be new`);
      }
    }
    problems.push(...dedupe(r.problems));
  }
  for (const { file, source } of input.lessons) {
    const r = createReporter(file);
    checkIntroductions(r, 'lesson', source, false);
    for (const m of quizPeople) {
      if (new RegExp(`\\b${m.name}\\b`).test(source))
        r.at('lesson', `${m.name} is a quiz person (${m.story}), so the lesson must not use the name`);
    }
    problems.push(...dedupe(r.problems));
  }
  return problems;
}

/** The same message at the same field once. */
function dedupe(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(`${p.field}|${p.message}`) && seen.add(`${p.field}|${p.message}`));
}
