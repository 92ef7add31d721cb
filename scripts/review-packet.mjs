// `npm run review:packet`: writes the safety review packet, one printable HTML file listing every
// safety-tagged scenario for a clinician and a peer supervisor to sign off, with which items are
// still unreviewed for the current content version (from content/reviews.json).
// Usage: npm run review:packet [-- --out=path/to/packet.html]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { abs, bankFolders, importVirtual, ROOT } from './import-virtual.mjs';

/** The course, every bank in course order, the sign-offs and the packet builder, through Vite's runner. */
async function loadPacketInputs() {
  const folders = bankFolders();
  const source = [
    `export * as packet from ${abs('src/domain/review/review-packet.ts')};`,
    `export { renderPacketHtml } from ${abs('scripts/review/packet-html.ts')};`,
    `export * as signOffs from ${abs('src/domain/review/sign-offs.ts')};`,
    `export { course } from ${abs('content/course.ts')};`,
    `export { default as reviews } from ${abs('content/reviews.json')};`,
    // Imported here, before the runner closes: the runner cannot load modules after it returns.
    `export const banks = Object.fromEntries(await Promise.all([${folders
      .map((f) => `import(${abs(`content/${f}/scenarios.ts`)}).then((ns) => [${JSON.stringify(f)}, ns.default])`)
      .join(', ')}]));`,
  ].join('\n');
  return importVirtual('review-packet', source);
}

/** Builds the packet model and its HTML, with any problems in the reviews file. */
async function makePacket(today = new Date().toISOString().slice(0, 10)) {
  const m = await loadPacketInputs();
  const quizRefs = [...m.course.modules, m.course.review];
  const quizzes = quizRefs.map((q) => ({ title: q.title, questions: m.banks[q.folder].questions }));
  const checked = m.signOffs.checkSignOffs(m.reviews, m.packet.safetyItemIds(quizzes), today);
  const packet = m.packet.buildReviewPacket(quizzes, checked.signOffs, m.course.version);
  const html = m.renderPacketHtml(packet, { courseTitle: m.course.title, generatedOn: today });
  return { packet, html, problems: checked.problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6);
    const { packet, html, problems } = await makePacket();
    if (problems.length > 0) {
      for (const p of problems) console.error(`content/reviews.json › ${p.field}: ${p.message}`);
      throw new Error('content/reviews.json has problems; fix them first (those sign-offs would not count).');
    }
    const file = resolve(ROOT, out ?? `dist-review/safety-review-packet-v${packet.version}.html`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    console.log(`Safety review packet: ${relative(process.cwd(), file)}`);
    console.log(
      `  ${packet.items.length} safety-tagged items; ${packet.items.length - packet.unreviewed.length} signed off by both reviewers for version ${packet.version}, ${packet.unreviewed.length} not yet reviewed.`,
    );
    console.log('  Open it in a browser and print it; the instructor area has the same packet at #/instructor/safety-review.');
  } catch (error) {
    console.error(`Review packet failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
