// @vitest-environment node
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { base64urlToBytes, base64urlToText, bytesToBase64url, textToBase64url } from '../../../src/domain/encoding/base64url';
import { canonicalJson } from '../../../src/domain/encoding/canonical-json';
import { sha256Hex } from '../../../src/domain/encoding/sha256';

test.each([
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
])('sha256 of %j matches the published test vector', (text, hex) => {
  expect(sha256Hex(text)).toBe(hex);
});

test('sha256 agrees with Node for any text, across block boundaries', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }),
  );
});

test('base64url round-trips any bytes and any well-formed text', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
      expect(base64urlToBytes(bytesToBase64url(bytes))).toEqual(bytes);
    }),
  );
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      expect(base64urlToText(textToBase64url(text))).toBe(text);
    }),
  );
});

test('base64url matches Node and rejects padding, foreign characters and spare bits', () => {
  expect(bytesToBase64url(new Uint8Array([251, 255, 1]))).toBe(Buffer.from([251, 255, 1]).toString('base64url'));
  expect(base64urlToBytes('QQ==')).toBeNull();
  expect(base64urlToBytes('Q+')).toBeNull();
  expect(base64urlToBytes('QR')).toBeNull(); // "QQ" is the canonical spelling of "A"
  expect(base64urlToBytes('Q')).toBeNull();
  expect(base64urlToText('_w')).toBeNull(); // 0xFF is not UTF-8
});

test('canonical JSON sorts keys at every depth and drops undefined fields', () => {
  expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
  fc.assert(
    fc.property(fc.json(), (json) => {
      expect(JSON.parse(canonicalJson(JSON.parse(json)))).toEqual(JSON.parse(json));
    }),
  );
});
