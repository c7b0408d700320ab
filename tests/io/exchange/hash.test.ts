// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/canonical-json';
import {
  canonicalPayloadTexts,
  payloadHash,
  roundContentHash,
  sha256Hex,
} from '../../../src/io/exchange/hash';
import type { ExchangePayload, ExchangeRound } from '../../../src/schemas/exchange';
import { runs } from '../../property-runs';

/** A round-like object: some members of a round, any other keys, in any order. */
const roundLike = fc
  .tuple(
    fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 }),
    fc.option(fc.array(fc.string({ unit: 'binary-ascii' })), { nil: undefined }),
    fc.option(fc.string({ unit: 'binary-ascii' }), { nil: undefined }),
    fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue(), { maxKeys: 4 }),
    fc.boolean(),
  )
  .map(([rest, ancestry, hash, answers, reversed]) => {
    const members: [string, unknown][] = Object.entries({
      ...rest,
      answers,
      ...(ancestry === undefined ? {} : { ancestry }),
      ...(hash === undefined ? {} : { frameworkContentHash: hash }),
    });
    if (reversed) members.reverse();
    return Object.fromEntries(members);
  });

const payloadLike = fc
  .record({
    facility: fc.jsonValue(),
    frameworks: fc.array(fc.jsonValue(), { maxLength: 2 }),
    rounds: fc.array(roundLike, { maxLength: 4 }),
  })
  .chain((payload) =>
    fc.boolean().map((reversed) => {
      const members = Object.entries(payload);
      if (reversed) members.reverse();
      return Object.fromEntries(members) as unknown as ExchangePayload;
    }),
  );

describe('canonicalPayloadTexts', () => {
  it('gives the texts payloadHash and roundContentHash hash, for any key order', () => {
    fc.assert(
      fc.property(payloadLike, (payload) => {
        const texts = canonicalPayloadTexts(payload);
        expect(texts.payload).toBe(canonicalJson(payload));
        expect(texts.roundContents).toEqual(
          payload.rounds.map((round) => {
            const { ancestry: _a, frameworkContentHash: _h, ...content } = round as ExchangeRound;
            return canonicalJson(content);
          }),
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it('hashes to the same values as payloadHash and roundContentHash', async () => {
    const round = {
      revision: 2,
      ancestry: ['a'.repeat(64)],
      id: 'r1',
      frameworkContentHash: 'b'.repeat(14),
      answers: { 'c-1': { level: 1 } },
    } as unknown as ExchangeRound;
    const payload = {
      rounds: [round],
      facility: { id: 'f' },
      frameworks: [],
    } as unknown as ExchangePayload;
    const texts = canonicalPayloadTexts(payload);
    expect(await sha256Hex(texts.payload)).toBe(await payloadHash(payload));
    expect(await sha256Hex(texts.roundContents[0]!)).toBe(await roundContentHash(round));
  });
});
