// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { certificateCode, normalizeCertificateCode } from '../../../src/domain/exchange/certificate-code';

test('a code is eight Crockford characters from the start of the checksum', () => {
  expect(certificateCode('0'.repeat(64))).toBe('0000-0000');
  expect(certificateCode('f'.repeat(64))).toBe('ZZZZ-ZZZZ');
  expect(certificateCode(`0000000001${'0'.repeat(54)}`)).toBe('0000-0001');
});

test('a typed code is forgiving about case, spaces, dashes and look-alike letters', () => {
  expect(normalizeCertificateCode(' abcd efgh ')).toBe('ABCD-EFGH');
  expect(normalizeCertificateCode('o1il-0000')).toBe('0111-0000');
  expect(normalizeCertificateCode('ABCD-EFG')).toBeNull();
  expect(normalizeCertificateCode('ABCD-EFGU')).toBeNull();
});

test('every code reads back as itself', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9a-f]{64}$/), (hex) => {
      expect(normalizeCertificateCode(certificateCode(hex))).toBe(certificateCode(hex));
    }),
  );
});
