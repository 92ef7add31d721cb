import { configure, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { course } from '../../../src/course/course-data';
import { receiptFileName, receiptToFile } from '../../../src/domain/exchange/receipt-file';
import { resetRosterForTests, useRoster } from '../../../src/store/roster-store';
import { oldReceiptFile, realReceipt } from '../../fixtures/assignment-fixtures';
import { own, PRIVATE_BACKUP, realEntry } from '../../fixtures/roster-fixtures';
import { renderApp } from '../../render-app';

// Pages are lazy chunks and the course's scenario banks load on demand: allow for a busy test machine.
configure({ asyncUtilTimeout: 8000 });

beforeEach(() => resetRosterForTests());

const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

async function openRoster() {
  await renderApp('/instructor/roster');
  return screen.findByLabelText('Receipt files or a roster export');
}

test('a receipt .txt file, as a trainee sends it, adds the trainee to the roster', async () => {
  const user = userEvent.setup();
  const ana = await realReceipt('Ana Ruiz');
  await user.upload(await openRoster(), textFile(receiptFileName(ana), receiptToFile(ana, course.title)));
  expect((await screen.findByText(/receipts? added/)).textContent).toBe('1 receipt added.');
  const table = await screen.findByRole('table', { name: 'Roster: 1 trainee' });
  expect(within(within(table).getByRole('row', { name: /Ana Ruiz/ })).getAllByText('Passed')).toHaveLength(2);
});

test('a receipt .txt file saved on Windows (CRLF line endings) still imports', async () => {
  const user = userEvent.setup();
  const ana = await realReceipt('Ana Ruiz');
  await user.upload(await openRoster(), textFile('receipt.txt', receiptToFile(ana, course.title).replace(/\n/g, '\r\n')));
  expect(await screen.findByText('1 receipt added.')).toBeTruthy();
});

test('an older .json receipt file still imports, beside a new .txt one from another trainee', async () => {
  const user = userEvent.setup();
  const ana = await realReceipt('Ana Ruiz');
  const cy = await realReceipt('Cy Wu', ['respectful']);
  await user.upload(await openRoster(), [
    jsonFile('receipt-ana-ruiz-abc123def4.psvreceipt.json', oldReceiptFile(ana)),
    textFile(receiptFileName(cy), receiptToFile(cy, course.title)),
  ]);
  expect((await screen.findByText(/receipts? added/)).textContent).toBe('2 receipts added.');
  const table = await screen.findByRole('table', { name: 'Roster: 2 trainees' });
  expect(within(table).getByRole('row', { name: /Ana Ruiz/ })).toBeTruthy();
  expect(within(table).getByRole('row', { name: /Cy Wu/ })).toBeTruthy();
});

test('a .txt file with no receipt code says what it is not, and the roster keeps everyone already in it', async () => {
  const user = userEvent.setup();
  await useRoster.getState().saveAssignments([own()]);
  await useRoster.getState().addReceipts([await realEntry(await realReceipt('Ana Ruiz'))]);
  resetRosterForTests();
  const picker = await openRoster();
  await screen.findByRole('table', { name: 'Roster: 1 trainee' });
  await user.upload(picker, textFile('notes.txt', 'Meeting notes\r\nBring the sign-in sheet.\r\n'));
  const report = (await screen.findByText('0 receipts added. 1 refused:')).closest('[role="status"]') as HTMLElement;
  expect(report.textContent).toMatch(/notes\.txt/);
  expect(report.textContent).toMatch(/This is not a completion receipt: it holds no receipt code/);
  expect(report.textContent).toMatch(/Ask the trainee to press “Send to your instructor” in their assignment/);
  const table = await screen.findByRole('table', { name: 'Roster: 1 trainee' });
  expect(within(table).getByRole('row', { name: /Ana Ruiz/ })).toBeTruthy();
  expect(useRoster.getState().items).toHaveLength(1);
});

test('a progress backup dropped among receipt files is refused with what to ask for; the receipts still import', async () => {
  const ana = await realReceipt('Ana Ruiz');
  await openRoster();
  const backup = PRIVATE_BACKUP;
  fireEvent.drop(screen.getByTestId('receipt-files-zone'), {
    dataTransfer: {
      files: [
        jsonFile('backup-peer-support-values-2026-01-02.psvbackup.json', backup),
        textFile(receiptFileName(ana), receiptToFile(ana, course.title)),
      ],
    },
  });
  const report = (await screen.findByText('1 receipt added. 1 refused:')).closest('[role="status"]') as HTMLElement;
  expect(report.textContent).toMatch(/This is a progress backup \(a \.psvbackup file\), not a receipt\./);
  expect(report.textContent).toMatch(/Ask the trainee to open their assignment in the course and press “Send to your instructor”/);
  expect(report.textContent).not.toContain('PRIVATE REFLECTION');
});
