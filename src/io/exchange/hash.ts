import { canonicalJson, canonicalMembers } from '../../domain/canonical-json';
import type { ExchangePayload, ExchangeRound } from '../../schemas/exchange';
import { toHex, utf8Encode } from './bytes';

/** SHA-256 (WebCrypto) of a text's UTF-8 bytes, as 64 lowercase hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', utf8Encode(text));
  return toHex(new Uint8Array(digest));
}

/**
 * The hash of a payload: SHA-256 over its canonical JSON (keys sorted at every level), so
 * re-indenting or re-ordering keys never changes it, while any change of a value does.
 */
export function payloadHash(payload: unknown): Promise<string> {
  return sha256Hex(canonicalJson(payload));
}

/** A round's own content: no history of earlier versions, no framework fingerprint. */
export type RoundContent = Omit<ExchangeRound, 'ancestry' | 'frameworkContentHash'>;

/**
 * The identity of one version of a round: SHA-256 over its canonical content. Two devices that
 * hold the same version compute the same hash (the receiver from its stored record, without
 * the file); any edit (which also raises the revision) changes it.
 */
export function roundContentHash(round: RoundContent): Promise<string> {
  const {
    ancestry: _ancestry,
    frameworkContentHash: _framework,
    ...content
  } = round as ExchangeRound;
  return sha256Hex(canonicalJson(content));
}

/** The members a round's content leaves out (see roundContentHash). */
const NOT_CONTENT = new Set(['ancestry', 'frameworkContentHash']);

export interface PayloadTexts {
  /** canonicalJson(payload): what payloadHash hashes. */
  payload: string;
  /** Per round, the canonical text of its content: what roundContentHash hashes. */
  roundContents: string[];
}

/**
 * The canonical texts behind payloadHash and every round's roundContentHash, serialising each
 * round once (its members serve both texts) instead of once for the payload and again per
 * round. The same strings as canonicalJson gives (tests/io/exchange/hash.test.ts).
 */
export function canonicalPayloadTexts(payload: ExchangePayload): PayloadTexts {
  const roundContents: string[] = [];
  const roundText = (round: ExchangeRound): string => {
    let content = '';
    let all = '';
    for (const member of canonicalMembers(round)) {
      all += all === '' ? member.text : `,${member.text}`;
      if (!NOT_CONTENT.has(member.key)) {
        content += content === '' ? member.text : `,${member.text}`;
      }
    }
    roundContents.push(`{${content}}`);
    return `{${all}}`;
  };
  const members = canonicalMembers(payload, (member, key) =>
    key === 'rounds' && member === payload.rounds
      ? `[${payload.rounds.map(roundText).join(',')}]`
      : canonicalJson(member),
  );
  return { payload: `{${members.map((m) => m.text).join(',')}}`, roundContents };
}
