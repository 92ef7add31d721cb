// Checks a course-settings.json before it is uploaded, with the same check the course runs at
// start-up (src/domain/settings/check-settings.ts), and says what the course will show.
// Usage: npm run settings:check path/to/course-settings.json
// Exit code: 0 the file is fully valid; 1 it has problems (the course would use defaults
// there); 2 the file could not be read at all.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { abs, importVirtual } from './import-virtual.mjs';

/** The check, the defaults and the module list, loaded as the app sees them (TS through Vite's runner). */
async function loadChecker() {
  const source = [
    `export * as check from ${abs('src/domain/settings/check-settings.ts')};`,
    `export * as types from ${abs('src/domain/settings/settings-types.ts')};`,
    `export * as accent from ${abs('src/domain/settings/read-accent.ts')};`,
    `export * as crisis from ${abs('src/domain/settings/crisis-text.ts')};`,
    `export { DEFAULT_SETTINGS } from ${abs('src/config/site.ts')};`,
  ].join('\n');
  return importVirtual('settings-check', source);
}

async function main(path) {
  if (!path) {
    console.error('Usage: npm run settings:check path/to/course-settings.json');
    return 2;
  }
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    return 2;
  }
  const { check, types, accent, crisis, DEFAULT_SETTINGS } = await loadChecker();
  const result = check.checkSettingsText(text, { defaults: DEFAULT_SETTINGS, moduleIds: DEFAULT_SETTINGS.modules });
  const { settings } = result;
  const problems = [...result.problems];
  // Only this script can see the folder: a logo named but not beside the file would not show.
  if (settings.logo && !existsSync(join(dirname(path), settings.logo)))
    problems.push({
      kind: 'invalid',
      field: 'logo',
      message: `"${settings.logo}" was not found beside ${path}; upload it with the settings file`,
    });

  console.log(`Checked ${path}\n`);
  if (problems.length === 0) console.log('No problems: every setting in the file is used.\n');
  for (const p of problems) console.log(`${p.kind === 'unknown' ? '? unknown' : '✗ problem'}  ${types.formatSettingsProblem(p)}`);
  if (problems.length > 0) console.log('');
  console.log('What the course will show:');
  console.log(`  course name       ${settings.courseName}${settings.organizationName ? ` (${settings.organizationName})` : ''}`);
  console.log(`  crisis footer     Need help now? ${crisis.crisisText(settings)}`);
  for (const l of settings.crisisLines.filter((x) => x.chat)) console.log(`                    (chat for ${l.label}: ${l.chat})`);
  console.log(`  escalation route  ${settings.escalationRoute ?? '(none: safety feedback shows no organization line)'}`);
  console.log(`  reporting notes   ${settings.reportingNotes ?? '(none)'}`);
  console.log(
    `  modules           ${settings.modules.join(', ')}${settings.courseReview ? ', then the course review' : ' (no course review)'}`,
  );
  console.log(`  pass mark         ${settings.passMark}%`);
  const colours = accent.describeAccent(settings.accentColor);
  console.log(`  accent colour     ${colours.length > 0 ? colours.join('; ') : 'the course’s own'}`);
  console.log(`  logo              ${settings.logo ?? '(none)'}`);
  console.log(`  contact line      ${settings.instructorContact ?? '(none)'}`);
  const n = problems.length;
  console.log(
    n === 0
      ? '\nSettings check passed.'
      : `\nSettings check failed: ${n} ${n === 1 ? 'problem' : 'problems'}. The course still runs, on its defaults for those settings.`,
  );
  return n === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv[2]).catch((error) => {
  console.error('The settings check could not run:', error);
  return 2;
});
