import { canonicalJson } from '../../domain/framework-model';
import type { ExchangeRound } from '../../schemas/exchange';
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
