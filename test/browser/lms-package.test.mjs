// The SCORM packages as files: a well-formed manifest at the zip root that lists every file,
// the right spelling for each version, the package settings, and byte-for-byte reproducibility.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { packageScorm } from '../../scripts/package-scorm.mjs';
import { readZip } from '../../scripts/lms/zip.mjs';
import { launchBrowser } from './harness.mjs';
import { builtPackages } from './lms/lms-harness.mjs';
import { loadSeedTools } from './lms/seed.mjs';

let browser;
let page;
let built;
const tmp = mkdtempSync(join(tmpdir(), 'psv-pkg-'));
before(async () => {
  built = builtPackages((await loadSeedTools()).course);
  browser = await launchBrowser();
  page = await browser.newPage();
});
after(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Parses XML in Chromium; returns the parse error, the files listed and the key attributes. */
function inspect(xml) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const resource = doc.getElementsByTagName('resource')[0];
    return {
      error,
      namespace: doc.documentElement.namespaceURI,
      schemaVersion: doc.getElementsByTagName('schemaversion')[0]?.textContent,
      scormType: resource?.getAttributeNS(
        resource.lookupNamespaceURI('adlcp'),
        resource.hasAttribute('adlcp:scormtype') ? 'scormtype' : 'scormType',
      ),
      hasLowerType: resource?.hasAttribute('adlcp:scormtype'),
      href: resource?.getAttribute('href'),
      files: [...doc.getElementsByTagName('file')].map((f) => decodeURIComponent(f.getAttribute('href') ?? '')),
      masteryScore: doc.getElementsByTagName('adlcp:masteryscore').length,
      organizations: doc.getElementsByTagName('organization').length,
      items: doc.getElementsByTagName('item').length,
    };
  }, xml);
}

for (const [version, namespace, schemaVersion] of [
  ['1.2', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', '1.2'],
  ['2004', 'http://www.imsglobal.org/xsd/imscp_v1p1', '2004 4th Edition'],
]) {
  test(`SCORM ${version}: one SCO whose well-formed manifest sits at the zip root and lists every file`, async () => {
    const entries = readZip(readFileSync(built[version]));
    const names = entries.map((e) => e.name);
    assert.ok(names.includes('imsmanifest.xml'), 'imsmanifest.xml is at the root');
    const manifest = await inspect(entries.find((e) => e.name === 'imsmanifest.xml').data.toString('utf8'));
    assert.equal(manifest.error, null);
    assert.equal(manifest.namespace, namespace);
    assert.equal(manifest.schemaVersion, schemaVersion);
    assert.equal(manifest.scormType, 'sco');
    assert.equal(manifest.hasLowerType, version === '1.2', 'scormtype in 1.2, scormType in 2004');
    assert.equal(manifest.href, 'index_lms.html');
    assert.deepEqual([manifest.organizations, manifest.items, manifest.masteryScore], [1, 1, 0]);
    assert.deepEqual(manifest.files, names.filter((n) => n !== 'imsmanifest.xml').sort());
    assert.ok(!names.some((n) => n === 'index.html' || n === 'sw.js'), 'no standalone entry or service worker');
    const launch = entries.find((e) => e.name === 'index_lms.html').data.toString('utf8');
    assert.match(launch, new RegExp(`<meta name="scorm-version" content="${version}" />`));
    assert.doesNotMatch(launch, /lms-modules|lms-pass-mark/);
    for (const asset of launch.matchAll(/(?:src|href)="\.\/([^"]+)"/g))
      assert.ok(names.includes(asset[1]), `${asset[1]} is in the package`);
    if (existsSync('/usr/bin/unzip')) execFileSync('/usr/bin/unzip', ['-tq', built[version]]);
  });
}

test('packaging is reproducible byte for byte, and dist-lms/ matches the current build', async () => {
  const [a, b] = [await packageScorm({ out: join(tmp, 'a') }), await packageScorm({ out: join(tmp, 'b') })];
  for (const [i, written] of a.entries()) {
    const bytes = readFileSync(written.file);
    assert.ok(bytes.equals(readFileSync(b[i].file)), `${written.file} differs between two runs`);
    assert.ok(bytes.equals(readFileSync(built[written.version])), `dist-lms is stale for SCORM ${written.version}: run "npm run build"`);
  }
});

test('a package of chosen modules with its own pass mark is named and configured for them', async () => {
  const written = await packageScorm({ out: join(tmp, 'some'), modules: 'review,voluntary', passMark: '90' });
  assert.deepEqual(
    written.map((w) => w.file.split('/').at(-1)),
    [
      'peer-support-values-voluntary-review-pass-90-scorm12-v2.0.0.zip',
      'peer-support-values-voluntary-review-pass-90-scorm2004-v2.0.0.zip',
    ],
  );
  const entries = readZip(readFileSync(written[0].file));
  const launch = entries.find((e) => e.name === 'index_lms.html').data.toString('utf8');
  assert.match(launch, /<meta name="lms-modules" content="voluntary,review" \/>/);
  assert.match(launch, /<meta name="lms-pass-mark" content="90" \/>/);
  const manifest = entries.find((e) => e.name === 'imsmanifest.xml').data.toString('utf8');
  assert.match(manifest, /<title>Peer Support Values: Voluntary, Course review<\/title>/);
  await assert.rejects(
    packageScorm({ out: join(tmp, 'bad'), modules: 'voluntary,kindness' }),
    /Unknown module id\(s\) in LMS_MODULES: kindness/,
  );
  await assert.rejects(packageScorm({ out: join(tmp, 'bad'), passMark: '85%' }), /LMS_PASS_MARK must be a whole number/);
  assert.doesNotMatch(launch, /lms-score/);
});

test('a package built to report the running mean says so in its name and its settings', async () => {
  const [written] = await packageScorm({ out: join(tmp, 'running'), modules: 'hopeful', score: 'running' });
  assert.equal(written.file.split('/').at(-1), 'peer-support-values-hopeful-running-score-scorm12-v2.0.0.zip');
  const launch = readZip(readFileSync(written.file))
    .find((e) => e.name === 'index_lms.html')
    .data.toString('utf8');
  assert.match(launch, /<meta name="lms-score" content="running" \/>/);
  await assert.rejects(packageScorm({ out: join(tmp, 'bad'), score: 'mean' }), /LMS_SCORE must be "running" or "final"/);
});
