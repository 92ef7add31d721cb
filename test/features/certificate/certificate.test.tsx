import { configure, screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { certificateCode } from '../../../src/domain/exchange/certificate-code';
import { emptyProgress } from '../../../src/domain/progress/progress-model';
import { decodeReceipt } from '../../../src/domain/exchange/receipt-decode';
import { useProgress } from '../../../src/store/progress-store';
import { assignment, passedProgress } from '../../fixtures/assignment-fixtures';
import { renderApp } from '../../render-app';

// Pages are lazy chunks and the course's scenario banks load on demand: allow for a busy test machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  useProgress.setState(emptyProgress());
});

test('a finished assignment’s certificate names the learner, modules, scores and version, with a code matching its receipt', async () => {
  useProgress.setState({
    ...(await passedProgress(['respectful', 'hopeful'], '<b>Ana</b> Ruiz')),
    assignments: [{ ...assignment(), acceptedAt: '2025-06-01T00:00:00.000Z' }],
  });
  await renderApp('/certificate?assignment=abc123def4');
  const cert = await screen.findByRole('region', { name: 'Certificate of completion' });
  expect(within(cert).getByText('<b>Ana</b> Ruiz')).toBeTruthy();
  expect(within(cert).getByRole('rowheader', { name: 'Respectful' }).parentElement?.textContent).toMatch(/100%/);
  expect(within(cert).getByRole('rowheader', { name: 'Hopeful' })).toBeTruthy();
  expect(cert.textContent).toMatch(/Course content version2\.0\.0/);
  const receipt = decodeReceipt((screen.getByLabelText(/Receipt code/) as HTMLTextAreaElement).value);
  if (!receipt.ok) throw new Error('receipt did not decode');
  expect(within(cert).getByText(certificateCode(receipt.value.receipt.checksum))).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeTruthy();
});

test('there is no certificate until every module is passed', async () => {
  useProgress.setState({
    ...(await passedProgress(['respectful'])),
    assignments: [{ ...assignment(), acceptedAt: '2025-06-01T00:00:00.000Z' }],
  });
  await renderApp('/certificate?assignment=abc123def4');
  expect(await screen.findByText(/Not yet: 1 of 2 modules passed/)).toBeTruthy();
  expect(screen.queryByRole('region', { name: 'Certificate of completion' })).toBeNull();
});

test('the whole-course certificate needs every module and the final check', async () => {
  const modules = [
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
  ];
  useProgress.setState(await passedProgress(modules));
  const first = await renderApp('/certificate');
  expect(await screen.findByText(/Not yet: 10 of 11 parts \(modules and the final check\) passed/)).toBeTruthy();
  first.unmount();
  useProgress.setState(await passedProgress([...modules, 'review']));
  await renderApp('/certificate');
  const cert = await screen.findByRole('region', { name: 'Certificate of completion' }, { timeout: 10_000 });
  expect(within(cert).getByRole('rowheader', { name: 'Final check' })).toBeTruthy();
  const receipt = decodeReceipt((screen.getByLabelText(/Receipt code/) as HTMLTextAreaElement).value);
  if (!receipt.ok) throw new Error('receipt did not decode');
  const review = receipt.value.receipt.modules.find((m) => m.id === 'review');
  expect(review?.attempts[0]).toMatchObject({ mode: 'check', claimed: { percent: 100, passed: true } });
  expect(review?.attempts[0]?.items).toHaveLength(10);
});
