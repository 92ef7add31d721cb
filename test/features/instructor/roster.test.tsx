import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { course } from '../../../src/course/course-data';
import { certificateCode } from '../../../src/domain/exchange/certificate-code';
import { receiptToCode, receiptToFile } from '../../../src/domain/exchange/receipt';
import { decodeReceipt } from '../../../src/domain/exchange/receipt-decode';
import { reviewReceipt } from '../../../src/domain/exchange/roster-review';
import { rosterCsv } from '../../../src/features/instructor/roster-csv';
import { useRoster } from '../../../src/store/roster-store';
import { realReceipt } from '../../fixtures/assignment-fixtures';
import { renderApp } from '../../render-app';

// Pages are lazy chunks and the course's scenario banks load on demand: allow for a busy test machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  useRoster.setState({ entries: [] });
});

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

test('importing good, tampered and broken files adds the good ones, flags the tampered one and lists the broken with reasons', async () => {
  const user = userEvent.setup();
  const ana = await realReceipt('Ana Ruiz');
  const tampered = await realReceipt('Ben Ode', ['respectful']);
  tampered.modules[1] = {
    id: 'hopeful',
    attempts: [{ ...tampered.modules[0]!.attempts[0]!, id: 'forged', answers: {}, claimed: { percent: 100, passed: true } }],
  };
  renderApp('/instructor/roster');
  await user.upload(await screen.findByLabelText('Receipt files'), [
    file('ana.json', receiptToFile(ana)),
    file('ben.json', JSON.stringify(tampered)),
    file('notes.txt', 'hello, this is not a receipt'),
    file('future.json', JSON.stringify({ ...ana, version: 9 })),
  ]);
  const report = await screen.findByText(/1 receipts added|2 receipts added/);
  expect(report.textContent).toBe('2 receipts added. 2 could not be read:');
  expect(screen.getByText('notes.txt').parentElement?.textContent).toMatch(/not readable JSON or a receipt code/);
  expect(screen.getByText('future.json').parentElement?.textContent).toMatch(/newer version of the course/);

  const table = await screen.findByRole('table', { name: 'Roster: 2 receipts' });
  const anaRow = within(table).getByRole('row', { name: /Ana Ruiz/ });
  expect(within(anaRow).getAllByText('Passed')).toHaveLength(2);
  expect(anaRow.textContent).toMatch(/100% · 1 attempt · 2025-06-10 · On time/);
  expect(anaRow.textContent).toMatch(/Consistent/);
  const benRow = within(table).getByRole('row', { name: /Ben Ode/ });
  expect(benRow.textContent).toMatch(/Checksum failed/);
  expect(benRow.textContent).toMatch(/Score mismatch in "hopeful" attempt 1: claims 100% \(passed\), but its answers score 0%/);
});

test('pasting several receipt codes at once imports each; a duplicate is counted once', async () => {
  const user = userEvent.setup();
  const a = await realReceipt('Ana Ruiz');
  const b = await realReceipt('Cy Wu', ['respectful']);
  renderApp('/instructor/roster');
  await user.click(await screen.findByLabelText(/Or paste receipt codes/));
  await user.paste(`Hi, here are our receipts:\n${receiptToCode(a)}\n\n${receiptToCode(b)}, and again ${receiptToCode(a)}. Thanks!`);
  await user.click(screen.getByRole('button', { name: 'Add pasted receipts' }));
  expect((await screen.findByText(/receipts added/)).textContent).toBe('2 receipts added. 1 already in the roster.');
  const table = await screen.findByRole('table', { name: 'Roster: 2 receipts' });
  expect(within(within(table).getByRole('row', { name: /Cy Wu/ })).getByText('Not started')).toBeTruthy();
});

test('the drop zone is a button that opens the file picker', async () => {
  const user = userEvent.setup();
  renderApp('/instructor/roster');
  const picker = (await screen.findByLabelText('Receipt files')) as HTMLInputElement;
  const click = vi.spyOn(picker, 'click');
  await user.click(screen.getByRole('button', { name: 'Drop receipt files here, or press to choose files' }));
  expect(click).toHaveBeenCalledOnce();
});

test('rows can be removed, and the roster is kept on this device', async () => {
  const user = userEvent.setup();
  useRoster.getState().addReceipts([await realReceipt('Ana Ruiz'), await realReceipt('Dee Fox')], '2025-06-12T00:00:00.000Z');
  expect(JSON.parse(localStorage.getItem('psv-roster') ?? '{}').state.entries).toHaveLength(2);
  renderApp('/instructor/roster');
  await user.click(await screen.findByRole('button', { name: "Remove Ana Ruiz's receipt for assignment abc123def4" }));
  expect(await screen.findByRole('table', { name: 'Roster: 1 receipt' })).toBeTruthy();
  expect(screen.getByText("Removed Ana Ruiz's receipt.")).toBeTruthy();
  expect(JSON.parse(localStorage.getItem('psv-roster') ?? '{}').state.entries).toHaveLength(1);
});

test('a certificate code is checked against the roster', async () => {
  const user = userEvent.setup();
  const ana = await realReceipt('Ana Ruiz');
  useRoster.getState().addReceipts([ana], '2025-06-12T00:00:00.000Z');
  renderApp('/instructor/roster');
  await user.type(await screen.findByLabelText('Verification code from the certificate'), certificateCode(ana.checksum).toLowerCase());
  await user.click(screen.getByRole('button', { name: 'Check code' }));
  expect(screen.getByText(/matches the receipt from Ana Ruiz \(assignment abc123def4\), and that receipt is consistent/)).toBeTruthy();
  await user.clear(screen.getByLabelText('Verification code from the certificate'));
  await user.type(screen.getByLabelText('Verification code from the certificate'), 'ZZZZ-ZZZZ');
  await user.click(screen.getByRole('button', { name: 'Check code' }));
  expect(screen.getByText(/No receipt in this roster has code ZZZZ-ZZZZ/)).toBeTruthy();
});

test('the cohort chart has a text summary and a table with the same numbers', async () => {
  useRoster.getState().addReceipts([await realReceipt('Ana Ruiz')], '2025-06-12T00:00:00.000Z');
  renderApp('/instructor/roster');
  const chart = await screen.findByRole('img', { name: /^Cohort score by value: / });
  expect(chart.getAttribute('aria-label')).toMatch(/Hopeful \d+%.*Respectful \d+%/);
  const table = screen.getByRole('table', { name: 'Cohort scores by value' });
  expect(within(table).getByRole('rowheader', { name: 'Respectful' })).toBeTruthy();
});

test('the CSV has one line per trainee and module, and formula-like names are neutralised', async () => {
  const evil = await realReceipt('=HYPERLINK("http://evil","click")');
  const read = decodeReceipt(receiptToFile(evil));
  if (!read.ok) throw new Error('fixture receipt did not decode');
  const { loadQuestions, findQuiz } = await import('../../../src/course/course-data');
  const banks = new Map([
    ['respectful', await loadQuestions(findQuiz('respectful')!)],
    ['hopeful', await loadQuestions(findQuiz('hopeful')!)],
  ]);
  const review = reviewReceipt(read.value, banks, course);
  const csv = rosterCsv([{ entry: { id: 'x', text: '', importedAt: '' }, read: read.value, review }]);
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('Learner,Cohort,Instructor,Assignment,Module,Status,Best score (%),Attempts,Date,On time,Checks,Certificate code');
  expect(lines[1]).toBe(
    `"'=HYPERLINK(""http://evil"",""click"")",Spring cohort,Dana Lee,abc123def4,Respectful,Passed,100,1,2025-06-10,On time,Consistent,${review.code}`,
  );
  expect(lines).toHaveLength(3);
});

test('the CSV download holds the same rows', async () => {
  const user = userEvent.setup();
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:csv'));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  useRoster.getState().addReceipts([await realReceipt('@Ana')], '2025-06-12T00:00:00.000Z');
  renderApp('/instructor/roster');
  await user.click(await screen.findByRole('button', { name: 'Download roster as CSV' }));
  await waitFor(() => expect(blobs).toHaveLength(1));
  const text = await blobs[0]!.text();
  expect(text).toMatch(/^\uFEFF?Learner,/);
  expect(text).toContain("'@Ana,Spring cohort");
});

test('the roster says what a receipt proves and what it cannot', async () => {
  renderApp('/instructor/roster');
  const note = await screen.findByRole('complementary', { name: 'What a receipt proves' });
  expect(note.textContent).toMatch(/re-scores every answer/);
  expect(note.textContent).toMatch(/cannot prove.*Who sent it/);
});
