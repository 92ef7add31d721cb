// Checks the whole course's content and fails (exit 1) on any problem; runs before every build.
// Usage: npm run check:content
//
// Reads folder names and lessons with node:fs, and loads content/course.ts, the reflection prompts, every scenarios.ts
// and the validator (src/domain/content/validate-course.ts) through Vite's module runner, so the TS files
// run exactly as the app sees them, without a separate compile step.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { abs, importVirtual, ROOT as root } from './import-virtual.mjs';

const contentDir = join(root, 'content');

/** Folder names under content/, sorted so output is stable. */
function listFolders() {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** `content/<folder>/<name>` for every folder that has that file. */
function filesNamed(folders, name) {
  return folders.filter((folder) => existsSync(join(contentDir, folder, name))).map((folder) => `content/${folder}/${name}`);
}

/**
 * A load error on one line: Vite's parse errors span many coloured lines with a code frame;
 * keep the summary, the error itself and where it is.
 */
function describeError(message) {
  // eslint-disable-next-line no-control-regex -- stripping terminal colour codes
  const text = message.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^[│╭╰─]|^\d+ │/.test(line));
  const where = /[\w./-]+\.ts:\d+:\d+/.exec(text)?.[0];
  return [lines[0], lines.find((line, i) => i > 0 && /ERROR\]/.test(line)), where && `(at ${where})`].filter(Boolean).join(' ');
}

// One virtual entry imports everything (import-virtual.mjs). Each bank is imported on its own
// so a file with a syntax error becomes one problem, not a crash that hides the others.
function entrySource(bankFiles) {
  const banks = bankFiles
    .map(
      (file) =>
        `import(${abs(file)}).then((ns) => ({ file: ${JSON.stringify(file)}, ns }), (error) => ({ file: ${JSON.stringify(file)}, error: String(error?.message ?? error) }))`,
    )
    .join(',\n  ');
  return [
    `export * as validator from ${abs('src/domain/content/validate-course.ts')};`,
    `export * as problems from ${abs('src/domain/content/content-problem.ts')};`,
    `export * as bankTools from ${abs('src/domain/content/validate-bank.ts')};`,
    `export * as courseModule from ${abs('content/course.ts')};`,
    `export * as promptsModule from ${abs('content/reflection-prompts.ts')};`,
    `export * as castModule from ${abs('content/cast.ts')};`,
    `export * as reviewTools from ${abs('src/domain/review/sign-offs.ts')};`,
    `export { default as reviews } from ${abs('content/reviews.json')};`,
    `export const banks = await Promise.all([\n  ${banks}\n]);`,
  ].join('\n');
}

async function main() {
  const folders = listFolders();
  const bankFiles = filesNamed(folders, 'scenarios.ts');
  const lessons = filesNamed(folders, 'lesson.mdx').map((file) => ({ file, source: readFileSync(join(root, file), 'utf8') }));

  const module = await importVirtual('content-check', entrySource(bankFiles));
  const { validator, problems: problemTools, bankTools, courseModule, promptsModule, castModule } = module;

  const failed = module.banks.filter((b) => 'error' in b);
  const loadProblems = failed.map((b) => ({ file: b.file, field: 'file', message: `cannot be loaded: ${describeError(b.error)}` }));
  const banks = module.banks.filter((b) => 'ns' in b).map((b) => ({ file: b.file, bank: bankTools.pickBankExport(b.ns) }));
  const manifest = courseModule.course ?? courseModule.default;

  // A bank that failed to load is not "missing": its load error already says what is wrong.
  const unloadable = new Set(failed.map((b) => b.file));
  const checked = validator
    .validateCourse({ manifest, reflectionPrompts: promptsModule.reflectionPrompts, folders, banks, lessons, cast: castModule.cast })
    .filter((p) => !(unloadable.has(p.file) && p.field === 'file'));
  // The safety review's record: a bad entry fails the build, so nothing claims a review it lacks.
  const questions = banks.flatMap(({ bank }) => bankTools.questionsOf(bank));
  const safetyIds = new Set(questions.filter((q) => Array.isArray(q?.safety) && q.safety.length > 0).map((q) => q.id));
  const reviewed = module.reviewTools.checkSignOffs(module.reviews, safetyIds, new Date().toISOString().slice(0, 10));
  const reviewProblems = reviewed.problems.map((p) => ({ file: 'content/reviews.json', field: p.field, message: p.message }));
  const problems = [...loadProblems, ...checked, ...reviewProblems];
  for (const problem of problems) console.log(problemTools.formatProblem(problem));

  if (problems.length > 0) {
    const files = new Set(problems.map((p) => p.file)).size;
    console.log(
      `\nContent check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
    );
    return 1;
  }
  const scenarios = banks.reduce((sum, { bank }) => sum + bankTools.questionsOf(bank).length, 0);
  console.log(`Content check passed: ${manifest.modules.length} modules, ${scenarios} scenarios, ${lessons.length} lessons`);
  const signed = [...safetyIds].filter((id) =>
    module.reviewTools.REVIEW_ROLES.every((role) =>
      reviewed.signOffs.some((s) => s.item === id && s.role === role && s.version === manifest.version),
    ),
  ).length;
  console.log(
    `Safety review: ${signed} of ${safetyIds.size} safety-tagged items signed off for version ${manifest.version} (npm run review:packet)`,
  );
  return 0;
}

process.exitCode = await main().catch((error) => {
  console.error('Content check could not run:', error);
  return 1;
});
