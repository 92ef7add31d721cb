import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test, vi } from 'vitest';
import { certificateCode } from '../../../src/domain/exchange/certificate-code';
import { receiptChecksum, receiptToCode, type Receipt } from '../../../src/domain/exchange/receipt';
import { receiptToFile } from '../../../src/domain/exchange/receipt-file';
import { resetRosterForTests, useRoster } from '../../../src/store/roster-store';
import { realReceipt } from '../../fixtures/assignment-fixtures';
import { own, PRIVATE_BACKUP, realEntry } from '../../fixtures/roster-fixtures';
import { renderApp } from '../../render-app';

// Pages are lazy chunks and the course's scenario banks load on demand: allow for a busy test machine.
configure({ asyncUtilTimeout: 8000 });

beforeEach(() => resetRosterForTests());

const file = (name: string, text: string) => new File([text], name, { type: name.endsWith('.txt') ? 'text/plain' : 'application/json' });
const resign = (r: Receipt): Receipt => ({ ...r, checksum: receiptChecksum(r) });
/** Puts receipts (and optionally the instructor's own assignment) in the roster before the page opens. */
async function arrange(receipts: Receipt[], withOwn = true) {
  if (withOwn) await useRoster.getState().saveAssignments([own()]);
  await useRoster.getState().addReceipts(await Promise.all(receipts.map((r) => realEntry(r))));
  resetRosterForTests();
}
function captureDownloads() {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:file'));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return blobs;
}

test('importing good, tampered and broken files adds the good ones, flags the tampered one and refuses the broken with reasons', async () => {
  const user = userEvent.setup();
  const ana = await realReceipt('Ana Ruiz');
  const tampered = await realReceipt('Ben Ode', ['respectful']);
  tampered.modules[1] = {
    id: 'hopeful',
    attempts: [{ ...tampered.modules[0]!.attempts[0]!, id: 'forged', answers: {}, claimed: { percent: 100, passed: true } }],
  };
  await renderApp('/instructor/roster');
  await user.upload(await screen.findByLabelText('Receipt files or a roster export'), [
    file('receipt-ana-ruiz-abc123def4.txt', receiptToFile(ana, 'Peer Support Values')),
    file('ben.json', JSON.stringify(tampered)),
    file('notes.txt', 'hello, this is not a receipt'),
    file('future.json', JSON.stringify({ ...ana, version: 9 })),
  ]);
  const report = await screen.findByText(/receipts? added/);
  expect(report.textContent).toBe('2 receipts added. 2 refused:');
  expect(screen.getByText(/not a completion receipt: it holds no receipt code/).textContent).toMatch(/notes\.txt/);
  expect(screen.getByText(/newer version of the course/).textContent).toMatch(/future\.json/);

  const table = await screen.findByRole('table', { name: 'Roster: 2 trainees' });
  const anaRow = within(table).getByRole('row', { name: /Ana Ruiz/ });
  expect(within(anaRow).getAllByText('Passed')).toHaveLength(2);
  expect(anaRow.textContent).toMatch(/100% · 1 attempt · 2025-06-10 · On time/);
  expect(anaRow.textContent).toMatch(/No problems found in this self-reported receipt/);
  expect(anaRow.textContent).toMatch(/Not created in this roster: judged by its own claims/);
  const benRow = within(table).getByRole('row', { name: /Ben Ode/ });
  expect(benRow.textContent).toMatch(/Checksum failed/);
  expect(benRow.textContent).toMatch(/Score mismatch in Hopeful attempt 1: claims 100% \(passed\), but its answers score 0%/);
});

test('pasting several receipt codes at once imports each; the same receipt twice is one duplicate', async () => {
  const user = userEvent.setup();
  const a = await realReceipt('Ana Ruiz');
  const b = await realReceipt('Cy Wu', ['respectful']);
  await renderApp('/instructor/roster');
  await user.click(await screen.findByLabelText(/Or paste receipt codes/));
  await user.paste(`Hi, here are our receipts:\n${receiptToCode(a)}\n\n${receiptToCode(b)}, and again ${receiptToCode(a)}. Thanks!`);
  await user.click(screen.getByRole('button', { name: 'Add pasted receipts' }));
  expect((await screen.findByText(/receipts? added/)).textContent).toBe(
    '2 receipts added. 1 duplicate (the very same receipt): 1 repeated in this import.',
  );
  const table = await screen.findByRole('table', { name: 'Roster: 2 trainees' });
  expect(within(within(table).getByRole('row', { name: /Cy Wu/ })).getByText('Not started')).toBeTruthy();
  await user.click(screen.getByLabelText(/Or paste receipt codes/));
  await user.paste(receiptToCode(a));
  await user.click(screen.getByRole('button', { name: 'Add pasted receipts' }));
  expect(await screen.findByText('0 receipts added. 1 duplicate (the very same receipt): 1 already in the roster.')).toBeTruthy();
});

test('after an import the report prompts a roster export', async () => {
  const user = userEvent.setup();
  await renderApp('/instructor/roster');
  await user.click(await screen.findByLabelText(/Or paste receipt codes/));
  await user.paste(receiptToCode(await realReceipt('Ana Ruiz')));
  await user.click(screen.getByRole('button', { name: 'Add pasted receipts' }));
  const report = (await screen.findByText('1 receipt added.')).closest('[role="status"]') as HTMLElement;
  expect(report.textContent).toMatch(/download a roster export now.*Safari after 7 days/i);
  expect(within(report).getByRole('button', { name: 'Download roster export' })).toBeTruthy();
});

test('the drop zone is the file picker itself, so a tap, a click or the keyboard opens it', async () => {
  await renderApp('/instructor/roster');
  const picker = (await screen.findByLabelText('Receipt files or a roster export')) as HTMLInputElement;
  expect(picker.type).toBe('file');
  expect(picker.multiple).toBe(true);
  expect(screen.getByTestId('receipt-files-zone').contains(picker)).toBe(true);
});

test('a progress backup dropped on the roster says what it is, keeps nothing, and says what to ask the trainee for', async () => {
  await renderApp('/instructor/roster');
  const zone = await screen.findByTestId('receipt-files-zone');
  const backup = PRIVATE_BACKUP;
  fireEvent.drop(zone, { dataTransfer: { files: [file('backup-peer-support-values-2026-01-02.psvbackup.json', backup)] } });
  const report = (await screen.findByText(/0 receipts added\. 1 refused:/)).closest('[role="status"]') as HTMLElement;
  expect(report.textContent).toMatch(/This is a progress backup \(a \.psvbackup file\), not a receipt\./);
  expect(report.textContent).toMatch(/nothing from it was added or kept/);
  expect(report.textContent).toMatch(/Ask the trainee to open their assignment in the course and press “Send to your instructor”/);
  expect(report.textContent).not.toContain('PRIVATE REFLECTION');
});

test('the roster says where it is kept, that browsers delete site data, and what this site uses', async () => {
  vi.stubGlobal('navigator', {
    ...navigator,
    storage: {
      persisted: async () => false,
      estimate: async () => ({ usage: 3_200_000, quota: 1_100_000_000 }),
      persist: async () => false,
    },
  });
  await renderApp('/instructor/roster');
  const where = await screen.findByRole('region', { name: 'Where this roster is kept' });
  expect(where.textContent).toMatch(/Only in this browser on this device/);
  expect(where.textContent).toMatch(/Safari deletes it after 7 days without a visit/);
  expect(await within(where).findByText(/This site is using 3\.2 MB of the 1\.1 GB this browser allows it\./)).toBeTruthy();
  expect(where.textContent).toMatch(/has not agreed to keep this site’s data/);
  vi.unstubAllGlobals();
});

test('one row per trainee: a later receipt from the same trainee replaces the earlier, which is kept as history', async () => {
  const first = await realReceipt('Ana Ruiz', ['respectful']);
  const later = await realReceipt('Ana Ruiz', ['respectful', 'hopeful']);
  for (const a of later.modules.flatMap((m) => m.attempts)) a.finishedAt = '2025-06-11T09:30:00.000Z';
  await arrange([first, resign(later)]);
  await renderApp('/instructor/roster');
  const table = await screen.findByRole('table', { name: 'Roster: 1 trainee' });
  const row = within(table).getByRole('row', { name: /Ana Ruiz/ });
  expect(within(row).getAllByText('Passed')).toHaveLength(2);
  expect(within(row).getByText('1 earlier receipt')).toBeTruthy();
});

test('a forged pass mark is judged by the instructor’s own assignment and flagged', async () => {
  const forged = await realReceipt('Ben Ode', ['respectful']);
  forged.assignment.passMark = 0;
  forged.modules[1]!.attempts = [{ ...forged.modules[0]!.attempts[0]!, id: 'ben-h1', answers: {}, claimed: { percent: 0, passed: true } }];
  await arrange([resign(forged)]);
  await renderApp('/instructor/roster');
  const row = within(await screen.findByRole('table', { name: 'Roster: 1 trainee' })).getByRole('row', { name: /Ben Ode/ });
  expect(row.textContent).toMatch(/Your assignment/);
  expect(within(row).getByText('Needs another try')).toBeTruthy();
  expect(row.textContent).toMatch(/Pass mark differs: the receipt claims 0%, the assignment's pass mark is 80%\./);
  expect(row.textContent).toMatch(/Hopeful attempt 1 claims a pass with 0%, below the assignment's pass mark of 80%/);
});

test('a replayed attempt under another name is flagged on both receipts', async () => {
  const ana = await realReceipt('Ana Ruiz');
  await arrange([ana, resign({ ...ana, learner: 'Mallory' })]);
  await renderApp('/instructor/roster');
  const table = await screen.findByRole('table', { name: 'Roster: 2 trainees' });
  expect(within(table).getByRole('row', { name: /^Mallory/ }).textContent).toMatch(
    /Replay: 2 attempts in this receipt also appear in a receipt from Ana Ruiz\./,
  );
  expect(within(table).getByRole('row', { name: /^Ana Ruiz/ }).textContent).toMatch(/Replay: .* from Mallory\./);
});

test('rows can be removed, and the roster is still there after the page is opened again', async () => {
  const user = userEvent.setup();
  await arrange([await realReceipt('Ana Ruiz'), await realReceipt('Dee Fox', ['respectful'])]);
  const { unmount } = await renderApp('/instructor/roster');
  await user.click(await screen.findByRole('button', { name: "Remove Ana Ruiz's latest receipt for assignment abc123def4" }));
  expect(await screen.findByRole('table', { name: 'Roster: 1 trainee' })).toBeTruthy();
  expect(screen.getByText("Removed Ana Ruiz's latest receipt.")).toBeTruthy();
  unmount();
  await waitFor(() => expect(useRoster.getState().items).toHaveLength(1));
  resetRosterForTests();
  await renderApp('/instructor/roster');
  expect(await screen.findByRole('table', { name: 'Roster: 1 trainee' })).toBeTruthy();
  expect(screen.getByRole('row', { name: /Dee Fox/ })).toBeTruthy();
});

test('a certificate is confirmed only for a receipt that passed every module at the instructor’s pass mark', async () => {
  const user = userEvent.setup();
  const ana = await realReceipt('Ana Ruiz');
  const failed = await realReceipt('Ben Ode', ['respectful']);
  await arrange([ana, failed]);
  await renderApp('/instructor/roster');
  const codeBox = await screen.findByLabelText('Verification code from the certificate');
  await user.type(codeBox, certificateCode(ana.checksum).toLowerCase());
  await user.click(screen.getByRole('button', { name: 'Check code' }));
  expect(screen.getByText(/^Certificate confirmed: it matches a receipt that passed every module/)).toBeTruthy();
  expect(screen.getByText(/It passed 2 of 2 modules at your pass mark of 80%/)).toBeTruthy();
  await user.clear(codeBox);
  await user.type(codeBox, certificateCode(failed.checksum));
  await user.click(screen.getByRole('button', { name: 'Check code' }));
  expect(screen.getByText('Certificate not confirmed.')).toBeTruthy();
  expect(
    screen.getByText(/It passed 1 of 2 modules at your pass mark of 80%: Respectful: Passed \(best 100%\); Hopeful: Not started\./),
  ).toBeTruthy();
  await user.clear(codeBox);
  await user.type(codeBox, 'ZZZZ-ZZZZ');
  await user.click(screen.getByRole('button', { name: 'Check code' }));
  expect(screen.getByText(/No receipt in this roster has code ZZZZ-ZZZZ/)).toBeTruthy();
});

test('a certificate for an assignment this roster did not create is never confirmed', async () => {
  const user = userEvent.setup();
  const ana = await realReceipt('Ana Ruiz');
  await arrange([ana], false);
  await renderApp('/instructor/roster');
  await user.type(await screen.findByLabelText('Verification code from the certificate'), certificateCode(ana.checksum));
  await user.click(screen.getByRole('button', { name: 'Check code' }));
  expect(screen.getByText('Certificate not confirmed.')).toBeTruthy();
  expect(screen.getByText(/no pass mark of yours to check the receipt against/)).toBeTruthy();
});

test('the cohort chart counts trainees and has a table with the same numbers', async () => {
  await arrange([await realReceipt('Ana Ruiz')]);
  await renderApp('/instructor/roster');
  const chart = await screen.findByRole('img', { name: /^Cohort score by value: / });
  expect(chart.getAttribute('aria-label')).toMatch(/Hopeful \d+%.*Respectful \d+%/);
  expect(screen.getByText(/from 1 trainee\./)).toBeTruthy();
  const table = screen.getByRole('table', { name: 'Cohort scores by value' });
  expect(within(table).getByRole('rowheader', { name: 'Respectful' })).toBeTruthy();
});

test('the CSV has one line per trainee and module from the latest receipt, says what was checked, and neutralises formulas', async () => {
  const user = userEvent.setup();
  const blobs = captureDownloads();
  const evil = await realReceipt('=HYPERLINK("http://evil","click")');
  await arrange([evil]);
  await renderApp('/instructor/roster');
  const csvButton = (await screen.findByRole('button', { name: 'Download roster as CSV' })) as HTMLButtonElement;
  await waitFor(() => expect(csvButton.disabled).toBe(false));
  await user.click(csvButton);
  await waitFor(() => expect(blobs).toHaveLength(1));
  const lines = (await blobs[0]!.text())
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe(
    'Learner,Cohort,Instructor,Assignment,Judged by,Module,Status,Best score (%),Attempts,Date,On time,Checks,Earlier receipts,Certificate code',
  );
  expect(lines[1]).toBe(
    `"'=HYPERLINK(""http://evil"",""click"")",Spring cohort,Dana Lee,abc123def4,Your assignment,Respectful,Passed,100,1,2025-06-10,On time,No problems found in this self-reported receipt.,0,${certificateCode(evil.checksum)}`,
  );
  expect(lines).toHaveLength(3);
});

test(
  'a roster export holds every receipt and the instructor’s assignments, and rebuilds the roster elsewhere',
  { timeout: 20_000 },
  async () => {
    const user = userEvent.setup();
    const blobs = captureDownloads();
    await arrange([await realReceipt('Ana Ruiz'), await realReceipt('Dee Fox', ['respectful'])]);
    const { unmount } = await renderApp('/instructor/roster');
    await screen.findByRole('table', { name: 'Roster: 2 trainees' });
    await user.click(
      within(screen.getByRole('region', { name: 'Where this roster is kept' })).getByRole('button', { name: 'Download roster export' }),
    );
    await waitFor(() => expect(blobs).toHaveLength(1));
    const exported = await blobs[0]!.text();
    unmount();

    // Another browser: an empty roster.
    globalThis.indexedDB = new IDBFactory();
    resetRosterForTests();
    await renderApp('/instructor/roster');
    await user.upload(await screen.findByLabelText('Receipt files or a roster export'), file('roster-export.jsonl', exported));
    expect((await screen.findByText(/receipts? added/)).textContent).toBe('2 receipts added.');
    expect(screen.getByText('1 assignment of yours restored from the roster export.')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Roster: 2 trainees' });
    expect(within(table).getByRole('row', { name: /Ana Ruiz/ }).textContent).toMatch(/Your assignment/);
  },
);

test('when the browser refuses to save, a roster notice explains it and offers the roster export', async () => {
  const user = userEvent.setup();
  await renderApp('/instructor/roster');
  await screen.findByRole('region', { name: 'Where this roster is kept' });
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  await user.click(screen.getByLabelText(/Or paste receipt codes/));
  await user.paste(receiptToCode(await realReceipt('Ana Ruiz')));
  await user.click(screen.getByRole('button', { name: 'Add pasted receipts' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/storage for this site is full.*1 receipt is held only on this page/);
  expect(within(alert).getByRole('button', { name: 'Download roster export' })).toBeTruthy();
  expect(await screen.findByRole('table', { name: 'Roster: 1 trainee' })).toBeTruthy();
});

test('a large roster is shown a page at a time', { timeout: 20_000 }, async () => {
  const user = userEvent.setup();
  const many = await Promise.all(Array.from({ length: 120 }, (_, i) => realReceipt(`Trainee ${String(i).padStart(3, '0')}`)));
  await arrange(many);
  await renderApp('/instructor/roster');
  const table = await screen.findByRole('table', { name: 'Roster: 120 trainees' });
  expect(within(table).getAllByRole('row')).toHaveLength(51);
  expect(screen.getByText(/Showing rows 1–50 of 120\./)).toBeTruthy();
  await user.click(screen.getAllByRole('button', { name: 'Next page' })[0]!);
  expect(screen.getByText(/Showing rows 51–100 of 120\./)).toBeTruthy();
  expect(within(table).getByRole('row', { name: /Trainee 050/ })).toBeTruthy();
});

test('the roster says what it checks and never calls a receipt consistent, verified or valid', async () => {
  await arrange([await realReceipt('Ana Ruiz')]);
  await renderApp('/instructor/roster');
  await screen.findByRole('table', { name: 'Roster: 1 trainee' });
  const note = screen.getByRole('complementary', { name: 'What the roster checks' });
  expect(note.textContent).toMatch(/re-scores every answer/);
  expect(note.textContent).toMatch(/use the course’s LMS package/);
  expect(document.body.textContent).not.toMatch(/\b(consistent|verified|valid)\b/i);
});
