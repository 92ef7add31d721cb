/**
 * The shape of course content: the manifest, lessons' metadata and scenario banks.
 * Content files in `content/` import these types only; `validate-course.ts` checks the items.
 *
 * ⚠ PERMANENT IDS: module ids, question ids, step ids and option ids are stored in learners'
 * saved progress, receipts and LMS suspend data. Never rename or reuse one; removing one is a
 * content change that progress handles by setting old answers aside (see progress-model.ts).
 */

/** The ten values in course order; each is also the id of its module. PERMANENT. */
export const VALUE_IDS = [
  'voluntary',
  'hopeful',
  'open-minded',
  'empathetic',
  'respectful',
  'facilitates-change',
  'honest-and-direct',
  'mutual-and-reciprocal',
  'equally-shared-power',
  'strengths-focused',
] as const;

/** One of the ten peer-support values. */
export type ValueId = (typeof VALUE_IDS)[number];

/** The practice settings scenarios take place in, with the name a learner sees. */
export const SETTINGS = {
  er: 'Emergency department (peer bridger)',
  residential: 'Residential treatment',
  'drop-in': 'Drop-in or recovery community center',
  warmline: 'Phone warmline',
  reentry: 'Reentry after incarceration',
  'youth-family': 'Youth and family peer support',
  'rural-telehealth': 'Rural telehealth',
} as const;

/** A practice setting id. */
export type SettingId = keyof typeof SETTINGS;

/**
 * Safety triggers (docs/authoring.md, "Safety rules"). A scenario carrying any of these must key the
 * escalation or stay-in-role response; the content check enforces it.
 */
export const SAFETY_TAGS = {
  'suicide-risk': 'Suicide risk',
  'overdose-medical': 'Overdose or medical emergency',
  violence: 'Threat of violence',
  'abuse-neglect': 'Suspected abuse or neglect',
  'partner-violence': 'Intimate partner violence',
  psychosis: 'Acute psychosis or distress with risk',
  'minor-at-risk': 'A young person at risk',
  'remote-risk': 'Risk on a phone or video call',
  'medication-diagnosis': 'Medication or diagnosis question (stay in role)',
  'role-limits': 'Role limits: sponsor, lender, monitor or friend (stay in role)',
  'own-distress': 'Your own distress or return to use (stay in role)',
  legal: 'Legal matters: court, custody or parole letters (stay in role)',
} as const;

/** A safety trigger id. */
export type SafetyTag = keyof typeof SAFETY_TAGS;

/** A response a learner can choose, with the feedback that explains it. */
export interface ResponseOption {
  /** Permanent id, unique within its question. */
  id: string;
  /** What the peer worker would say or do, in the learner's view. */
  text: string;
  /** Why this response helps or harms, naming the value at stake. Shown after answering. */
  feedback: string;
  /**
   * Safety role in a safety-tagged scenario: `escalates` marks the safe escalation or
   * stay-in-role response; `unsafe` marks a response that puts someone at risk.
   */
  safety?: 'escalates' | 'unsafe';
  /** Required for `unsafe` options: the safe thing to do instead, shown with the feedback. */
  instead?: string;
}

/**
 * Which pool a scenario belongs to: `practice` items teach with feedback after every answer;
 * `check` items are held out for the mastery check, so a pass is earned on unseen situations.
 */
export const POOLS = ['practice', 'check'] as const;

/** A scenario's pool. */
export type Pool = (typeof POOLS)[number];

/** Fields every scenario shares. */
interface QuestionBase {
  /** Practice or held-out check pool. Moving an item between pools is a content change. */
  pool?: Pool;
  /** Permanent id, unique across the whole course (e.g. `vol-er-naloxone`). */
  id: string;
  /** The value this scenario mainly tests; drives the per-value score profile. */
  value: ValueId;
  /** Where it happens. */
  setting: SettingId;
  /** A short name for lists and results ("The discharge deadline"). */
  title: string;
  /** Who, where, and what just happened, in two to five plain sentences. */
  situation: string;
  /** The question put to the learner ("What do you say first?"). */
  prompt: string;
  /** Safety triggers this scenario touches; omit when none. */
  safety?: SafetyTag[];
}

/** One best response among several. */
export interface SingleQuestion extends QuestionBase {
  /** Discriminant. */
  kind: 'single';
  /** Three to five options; exactly one has `best: true`. */
  options: (ResponseOption & { best?: boolean })[];
}

/** Choose all that apply; partial credit. */
export interface MultiQuestion extends QuestionBase {
  /** Discriminant. */
  kind: 'multi';
  /** Three to five options; at least one is `correct`, at least one is not. */
  options: (ResponseOption & { correct: boolean })[];
}

/** Put responses in order from most to least helpful. */
export interface RankQuestion extends QuestionBase {
  /** Discriminant. */
  kind: 'rank';
  /** Three to five options, AUTHORED IN THE KEYED ORDER (most helpful first). Shown shuffled. */
  options: ResponseOption[];
}

/** One decision point in a branching scenario. */
export interface BranchStep {
  /** Permanent id, unique within its scenario. */
  id: string;
  /** What happened to bring the learner here; empty for the first step (the situation says it). */
  lead?: string;
  /** The decision put to the learner at this step. */
  prompt: string;
  /** Options; exactly one is `best`. `next` names the step it leads to; none ends the scenario. */
  options: (ResponseOption & { best?: boolean; next?: string })[];
}

/** A two-or-more-step scenario where the first choice changes what happens next. */
export interface BranchQuestion extends QuestionBase {
  /** Discriminant. */
  kind: 'branch';
  /** Steps; the first one is where the scenario starts. */
  steps: BranchStep[];
}

/** An option in a "which value is most at stake?" item: a value, not a sentence. */
export interface ValueOption {
  /** Permanent id, unique within its question. */
  id: string;
  /** The value this option names; its title is the option's text. */
  value: ValueId;
  /** Why this value is, or is not, the one most at stake. */
  feedback: string;
  /** Exactly one option is best. */
  best?: boolean;
}

/** Which value is most at stake in this situation? */
export interface ValueQuestion extends QuestionBase {
  /** Discriminant. */
  kind: 'value';
  /** Three to five values to choose from; exactly one is `best`. */
  options: ValueOption[];
}

/** Any scenario question. */
export type Question = SingleQuestion | MultiQuestion | RankQuestion | BranchQuestion | ValueQuestion;

/** What a learner reads and scoring never does: the keyed projection leaves these out. */
type ShownText = 'setting' | 'title' | 'situation' | 'prompt';
/** An option without its words: its id and what it is worth. */
type KeyedOption<O> = Omit<O, 'text' | 'feedback' | 'instead'>;

/**
 * A scenario as scoring sees it: ids, kinds, values, safety tags and keys, none of the words.
 * Every Question is one. Home, assignments and receipts score saved checks from these, built from
 * the banks at build time (`scenarios.ts?keys=`, scripts/bank-pools.ts), so a returning learner's
 * home does not download and parse every scenario's text to work out a pass.
 */
export type KeyedQuestion =
  | (Omit<SingleQuestion, ShownText | 'options'> & { options: KeyedOption<SingleQuestion['options'][number]>[] })
  | (Omit<MultiQuestion, ShownText | 'options'> & { options: KeyedOption<MultiQuestion['options'][number]>[] })
  | (Omit<RankQuestion, ShownText | 'options'> & { options: KeyedOption<ResponseOption>[] })
  | (Omit<ValueQuestion, ShownText | 'options'> & { options: KeyedOption<ValueOption>[] })
  | (Omit<BranchQuestion, ShownText | 'steps'> & {
      steps: (Omit<BranchStep, 'lead' | 'prompt' | 'options'> & { options: KeyedOption<BranchStep['options'][number]>[] })[];
    });

/** The kinds of question, as stored in content. */
export type QuestionKind = Question['kind'];

/** A module's scenario bank, one file per folder (`content/NN-slug/scenarios.ts`). */
export interface ScenarioBank {
  /** The module (value id, or `review`) these scenarios belong to. */
  module: ValueId | 'review';
  /** The scenarios, in the order a first attempt shows them. */
  questions: Question[];
}

/** A module in the course manifest: one value, one lesson, one quiz. */
export interface ModuleEntry {
  /** The value id, also the module's permanent id and URL slug. */
  id: ValueId;
  /** Folder under `content/`, numbered in course order (e.g. `01-voluntary`). */
  folder: string;
  /** The value's name as learners see it ("Honest and direct"). */
  title: string;
  /** One sentence on what the value asks of a peer worker. */
  summary: string;
  /** Shown before the lesson and quiz when scenarios touch distressing topics; omit if none. */
  contentNote?: string;
  /** A fair estimate of reading time for the lesson, in minutes. */
  minutes: number;
}

/**
 * Each module's reflection prompt (`content/reflection-prompts.ts`), answered in the learner's
 * private journal. Kept apart from the manifest, which every first visit loads: only a lesson and
 * "My reflections" read the prompts.
 */
export type ReflectionPrompts = Record<ValueId, string>;

/** The ordered course manifest (`content/course.ts`): the one place that says course order. */
export interface CourseManifest {
  /** Permanent course id. */
  id: string;
  /** Content version; bump when lessons or scenarios change. Travels in receipts and backups. */
  version: string;
  /** The course's name. */
  title: string;
  /** Default pass mark for every quiz, as a whole percent (0 to 100). */
  passMark: number;
  /** The modules in teaching order. */
  modules: ModuleEntry[];
  /** The mixed course review quiz. */
  review: {
    /** Permanent id of the review quiz. */
    id: 'review';
    /** Its folder under `content/`. */
    folder: string;
    /** Its title. */
    title: string;
    /** Shown before it starts. */
    contentNote?: string;
  };
}

/**
 * One named person in the course's stories (`content/cast.ts`). One name is one person: the same
 * age and story wherever they appear. A lesson's worked-example people never appear in quizzes,
 * so quizzes test transfer to new situations, not recall of the lesson.
 */
export interface CastMember {
  /** The first name as the stories write it. */
  name: string;
  /** Their age, when the stories give one ("Tasha, 29, …"). */
  age?: number;
  /** Who they are, in a few words. */
  story: string;
  /** Set for a lesson's worked-example person: the module whose lesson tells their story. */
  lesson?: ValueId;
}
