import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { emptyProgress } from '../../../src/domain/progress/progress-model';
import { decodeReceipt } from '../../../src/domain/exchange/receipt-decode';
import { AssignedModules } from '../../../src/features/assignment/assigned-modules';
import { useProgress } from '../../../src/store/progress-store';
import { assignment, passedProgress } from '../../fixtures/assignment-fixtures';
import { renderApp } from '../../render-app';

// Pages are lazy chunks and the course's scenario banks load on demand: allow for a busy test machine.
configure({ asyncUtilTimeout: 5000 });

const held = (extra = {}) => ({ ...assignment(), acceptedAt: '2025-06-01T00:00:00.000Z', ...extra });

beforeEach(() => {
  useProgress.setState(emptyProgress());
});

test('the assignment page shows each module’s status in the assigned order', async () => {
  useProgress.setState({ ...(await passedProgress(['respectful'])), assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  expect(await screen.findByText('1 of 2 modules passed')).toBeTruthy();
  const list = screen.getAllByRole('list').find((l) => l.classList.contains('outcome-list'))!;
  const items = within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(items[0]).toMatch(/^Respectful — Passed · best score 100%/);
  expect(items[1]).toMatch(/^Hopeful — Not started/);
});

test('a finished assignment gives a receipt code that decodes, checks out and holds no reflections', async () => {
  useProgress.setState({ ...(await passedProgress(['respectful', 'hopeful'])), assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  expect(await screen.findByText(/Every module in this assignment is done/)).toBeTruthy();
  const code = (screen.getByLabelText(/Receipt code/) as HTMLTextAreaElement).value;
  const decoded = decodeReceipt(code);
  expect(decoded.ok && decoded.value.checksumOk).toBe(true);
  expect(decoded.ok && decoded.value.receipt.learner).toBe('Ana Ruiz');
  expect(decoded.ok && decoded.value.receipt.modules.map((m) => m.attempts[0]?.claimed.percent)).toEqual([100, 100]);
  expect(JSON.stringify(decoded)).not.toContain('PRIVATE REFLECTION TEXT');
  expect(screen.getByRole('link', { name: 'View your certificate' })).toBeTruthy();
});

test('a finished assignment puts sending the receipt first, before who set it and the progress', async () => {
  useProgress.setState({ ...(await passedProgress(['respectful'])), assignments: [held({ modules: ['respectful'] })] });
  await renderApp('/assignment/abc123def4');
  // One module: "module", not "modules".
  expect(await screen.findByText('1 of 1 module passed')).toBeTruthy();
  const send = await screen.findByRole('button', { name: 'Send to your instructor' });
  const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(headings.slice(0, 1)).toEqual(['Send your receipt']);
  const later = [screen.getByText('Assigned by'), screen.getByRole('heading', { level: 2, name: 'Your progress' })];
  expect(later.map((el) => send.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)).toEqual([4, 4]);
  // Nothing is left to start or continue.
  expect(screen.queryByRole('link', { name: /^(Start|Continue):/ })).toBeNull();
});

test('the receipt downloads as a plain-text .txt file named for the learner and assignment, unlike a backup', async () => {
  const user = userEvent.setup();
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:receipt'));
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.download).toBe('receipt-ana-ruiz-abc123def4.txt');
  });
  useProgress.setState({ ...(await passedProgress(['respectful', 'hopeful'])), assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  await user.click(await screen.findByRole('button', { name: 'Download receipt file' }));
  expect(click).toHaveBeenCalledOnce();
  expect(blobs[0]!.type).toBe('text/plain');
  const text = await blobs[0]!.text();
  expect(text).toMatch(/^Completion receipt for Peer Support Values\.\nSend this file to your instructor/);
  const decoded = decodeReceipt(text);
  expect(decoded.ok && decoded.value.checksumOk).toBe(true);
});

test('without a name, the name typed beside "Send to your instructor" is saved and goes into the receipt', async () => {
  const user = userEvent.setup();
  useProgress.setState({ ...(await passedProgress(['respectful'], '')), assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  await user.click(await screen.findByRole('button', { name: 'Send to your instructor' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/name/i);
  expect(screen.queryByLabelText(/Receipt code/)).toBeNull();
  await user.type(screen.getByLabelText(/Your name/), 'Sam <b>Bold</b>');
  await user.click(screen.getByRole('button', { name: 'Send to your instructor' }));
  expect(useProgress.getState().learnerName).toBe('Sam <b>Bold</b>');
  const decoded = decodeReceipt(((await screen.findByLabelText(/Receipt code/)) as HTMLTextAreaElement).value);
  expect(decoded.ok && decoded.value.receipt.learner).toBe('Sam <b>Bold</b>');
});

test('"Send to your instructor" offers the share sheet a text/plain .txt receipt file', async () => {
  const user = userEvent.setup();
  const share = vi.fn(async (_data: ShareData) => undefined);
  const canShare = vi.fn((data?: ShareData) => Boolean(data?.files?.length));
  vi.stubGlobal('navigator', { ...navigator, share, canShare, clipboard: navigator.clipboard });
  useProgress.setState({ ...(await passedProgress(['respectful', 'hopeful'])), assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  await user.click(await screen.findByRole('button', { name: 'Send to your instructor' }));
  await screen.findByText(/^Sent\./);
  expect(canShare).toHaveBeenCalledOnce();
  expect(share).toHaveBeenCalledOnce();
  const asked = canShare.mock.calls[0]![0]!.files![0]!;
  const file = share.mock.calls[0]![0].files![0]!;
  expect(file).toBe(asked);
  expect([file.name, file.type]).toEqual(['receipt-ana-ruiz-abc123def4.txt', 'text/plain']);
  const decoded = decodeReceipt(await file.text());
  expect(decoded.ok && decoded.value.checksumOk).toBe(true);
  vi.unstubAllGlobals();
});

test('on a browser that shares only allow-listed file types, as Chrome for Android does, the receipt is sent', async () => {
  const user = userEvent.setup();
  // Chromium's canShare() says yes to any file; share() then refuses a file whose extension or
  // exact MIME type is off its list (FILE_TYPES.md). Of that list, only text/plain .txt matters
  // here: JSON is not on it.
  const isAllowed = (f: File) => /\.(txt|text)$/i.test(f.name) && f.type === 'text/plain';
  const share = vi.fn(async (data: ShareData) => {
    if (!(data.files ?? []).every(isAllowed)) throw new DOMException('Permission denied', 'NotAllowedError');
  });
  vi.stubGlobal('navigator', { ...navigator, share, canShare: () => true, clipboard: navigator.clipboard });
  useProgress.setState({ ...(await passedProgress(['respectful', 'hopeful'])), assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  await user.click(await screen.findByRole('button', { name: 'Send to your instructor' }));
  expect(await screen.findByText(/^Sent\./)).toBeTruthy();
  expect(screen.queryByText(/This browser cannot share files/)).toBeNull();
  vi.unstubAllGlobals();
});

test('when the browser refuses the file anyway, email, copy and download are offered instead', async () => {
  const user = userEvent.setup();
  const share = vi.fn(async () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
  vi.stubGlobal('navigator', { ...navigator, share, canShare: () => true, clipboard: navigator.clipboard });
  useProgress.setState({ ...(await passedProgress(['respectful', 'hopeful'])), assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  await user.click(await screen.findByRole('button', { name: 'Send to your instructor' }));
  expect(await screen.findByText(/This browser cannot share files\. Email the code, copy it, or download the file below\./)).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Email the receipt code' })).toBeTruthy();
  vi.unstubAllGlobals();
});

test('where files cannot be shared, email (the code in the body), copy and download are offered instead', async () => {
  const user = userEvent.setup();
  const share = vi.fn(async () => undefined);
  vi.stubGlobal('navigator', { ...navigator, share, canShare: () => false, clipboard: navigator.clipboard });
  useProgress.setState({ ...(await passedProgress(['respectful', 'hopeful'])), assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  await user.click(await screen.findByRole('button', { name: 'Send to your instructor' }));
  expect(await screen.findByText(/This browser cannot share files\. Email the code, copy it, or download the file below\./)).toBeTruthy();
  expect(share).not.toHaveBeenCalled();
  const others = screen.getByRole('heading', { name: 'Other ways to send it' });
  expect(document.activeElement).toBe(others);
  const code = (screen.getByLabelText(/Receipt code/) as HTMLTextAreaElement).value;
  const mail = new URL(screen.getByRole('link', { name: 'Email the receipt code' }).getAttribute('href')!);
  expect(mail.protocol).toBe('mailto:');
  expect(decodeURIComponent(mail.search)).toContain(code);
  expect(screen.getByRole('button', { name: 'Copy receipt code' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Download receipt file' })).toBeTruthy();
  vi.unstubAllGlobals();
});

test('closing the share sheet sends nothing and says so', async () => {
  const user = userEvent.setup();
  const share = vi.fn(async () => Promise.reject(new DOMException('Share canceled', 'AbortError')));
  vi.stubGlobal('navigator', { ...navigator, share, canShare: () => true, clipboard: navigator.clipboard });
  useProgress.setState({ ...(await passedProgress(['respectful', 'hopeful'])), assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  await user.click(await screen.findByRole('button', { name: 'Send to your instructor' }));
  expect(await screen.findByText('Not sent. You can send it when you are ready.')).toBeTruthy();
  vi.unstubAllGlobals();
});

test('before the trainee begins, the page offers "Start" and no receipt form or red remove button', async () => {
  useProgress.setState({ ...emptyProgress(), learnerName: 'Ana Ruiz', assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  const start = await screen.findByRole('link', { name: 'Start: Respectful' });
  expect(start.getAttribute('href')).toBe('#/module/respectful');
  expect(start.className).toBe('button');
  expect(screen.queryByRole('button', { name: 'Send to your instructor' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Remove this assignment' }).className).toBe('link-button');
});

test('once begun, "Continue" goes to the first module not yet passed, and the receipt form appears', async () => {
  useProgress.setState({ ...(await passedProgress(['respectful'])), assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  expect((await screen.findByRole('link', { name: 'Continue: Hopeful' })).getAttribute('href')).toBe('#/module/hopeful');
  expect(await screen.findByRole('button', { name: 'Send to your instructor' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Remove this assignment' }).className).toBe('button danger');
});

test('arriving with ?send=1 (from "Send your receipt") puts focus on the receipt', async () => {
  useProgress.setState({ ...(await passedProgress(['respectful', 'hopeful'])), assignments: [held()] });
  await renderApp('/assignment/abc123def4?send=1');
  const heading = await screen.findByRole('heading', { level: 2, name: 'Send your receipt' });
  await waitFor(() => expect(document.activeElement).toBe(heading));
});

test('removing an assignment keeps the progress on its modules', async () => {
  const user = userEvent.setup();
  useProgress.setState({ ...(await passedProgress(['respectful'])), assignments: [held()] });
  await renderApp('/assignment/abc123def4');
  await user.click(await screen.findByRole('button', { name: 'Remove this assignment' }));
  await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' });
  expect(useProgress.getState().assignments).toEqual([]);
  expect(useProgress.getState().attempts).toHaveLength(1);
});

test('an unknown assignment id says so', async () => {
  await renderApp('/assignment/nope');
  expect(await screen.findByRole('heading', { level: 1, name: 'Assignment not found' })).toBeTruthy();
});

test('home’s assigned-modules panel lists every held assignment with its due date and module order', async () => {
  useProgress.setState({
    ...(await passedProgress(['hopeful'])),
    assignments: [
      held(),
      held({ id: 'second1234', modules: ['voluntary'], cohort: 'Evening group', due: undefined, instructor: undefined }),
    ],
  });
  render(<AssignedModules />);
  expect(screen.getByRole('heading', { level: 2, name: 'Your assignments' })).toBeTruthy();
  // The cards load on demand (kept off the first-visit bundle), so wait for them.
  const first = await screen.findByRole('article', { name: 'Assignment: Spring cohort, from Dana Lee' });
  expect(within(first).getByText(/Due (July 1, 2025|1 July 2025)/)).toBeTruthy();
  await within(first).findByText(/1 of 2 modules passed/);
  expect(
    within(first)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.split(' — ')[0]),
  ).toEqual(['Respectful', 'Hopeful']);
  expect(within(first).getByRole('link', { name: 'Assignment: Spring cohort, from Dana Lee' }).getAttribute('href')).toBe(
    '#/assignment/abc123def4',
  );
  const second = screen.getByRole('article', { name: 'Assignment: Evening group' });
  expect(within(second).getByText(/No due date/)).toBeTruthy();
  expect(await within(second).findByText(/· 0 of 1 module passed$/)).toBeTruthy();
});

test('the panel renders nothing when no assignment is held', () => {
  const { container } = render(<AssignedModules />);
  expect(container.innerHTML).toBe('');
});

test('after passing an assigned module, the check results send the trainee on: back to the assignment, or to send the receipt', async () => {
  useProgress.setState({ ...(await passedProgress(['respectful'])), assignments: [held()] });
  const first = await renderApp('/module/respectful/check');
  expect(await screen.findByRole('link', { name: 'Back to your assignment' })).toHaveProperty('hash', '#/assignment/abc123def4');
  first.unmount();
  useProgress.setState({ assignments: [held({ modules: ['respectful'] })] });
  await renderApp('/module/respectful/check');
  expect(await screen.findByRole('link', { name: 'Send your receipt' })).toHaveProperty('hash', '#/assignment/abc123def4?send=1');
});
