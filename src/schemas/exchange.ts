import './zod-config';
import { z } from 'zod';
import { AssessmentSchema, FacilityTypeSchema, RegionSchema } from './records';

/**
 * Exchange file (formatVersion 1): one facility's rounds, sent by the facility to an evaluator
 * (by mail, a shared drive, a USB stick). Unlike a backup it holds one facility, never the
 * whole database, and it can be encrypted with a passphrase.
 *
 * A plain file is `{format, formatVersion, appVersion, exportedAt, payload, payloadSha256}`;
 * an encrypted file replaces `payload` and `payloadSha256` with `encryption` (readable
 * parameters) and `ciphertext` (the same two members, encrypted). The SHA-256 is taken over the
 * canonical JSON of `payload` (keys sorted at every level), so it does not depend on how the
 * file was pretty-printed.
 */

export const EXCHANGE_FORMAT = 'kwaliteitskader-uitwisseling';
export const EXCHANGE_FORMAT_VERSION = 1;

/** A framework file is at most 2 MiB (loader cap). */
const MAX_FRAMEWORK_TEXT = 2 * 1024 * 1024;
const IsoDateTime = z.iso.datetime({ offset: true });
const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const ExchangeFacilitySchema = z.strictObject({
  /** The facility's permanent id on the sending device; the evaluator files rounds under it. */
  id: z.string().min(1).max(100),
  type: FacilityTypeSchema,
  region: RegionSchema,
  /** The facility's short code (its alias); null when it has none. */
  code: z.string().trim().min(1).max(20).nullable(),
  /** Only present when the user left "naam meesturen" on. */
  name: z.string().trim().min(1).max(120).optional(),
});
export type ExchangeFacility = z.infer<typeof ExchangeFacilitySchema>;

/** A round as stored, without the local-only parts (facility link, import marker). */
export const ExchangeRoundSchema = AssessmentSchema.omit({
  facilityId: true,
  imported: true,
}).extend({
  /** frameworkContentHash of the framework version the round was made under. */
  frameworkContentHash: z.string().regex(/^[0-9a-f]{14}$/),
  /**
   * SHA-256 of every earlier version of this round that left the sending device in an
   * exchange file, oldest first. A receiver holding one of them knows the file's version
   * descends from its own (an update); holding none means the two sides diverged (conflict).
   */
  ancestry: z.array(Hex64).max(1000),
});
export type ExchangeRound = z.infer<typeof ExchangeRoundSchema>;

export const ExchangeFrameworkSchema = z.strictObject({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
  /** The original framework file text, checked again by the framework loader on import. */
  text: z.string().min(1).max(MAX_FRAMEWORK_TEXT),
});
export type ExchangeFramework = z.infer<typeof ExchangeFrameworkSchema>;

export const ExchangePayloadSchema = z.strictObject({
  facility: ExchangeFacilitySchema,
  rounds: z.array(ExchangeRoundSchema).min(1).max(500),
  /** Every framework version the rounds use that is not bundled with the app. */
  frameworks: z.array(ExchangeFrameworkSchema).max(50),
});
export type ExchangePayload = z.infer<typeof ExchangePayloadSchema>;

const EnvelopeBase = {
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  appVersion: z.string().min(1).max(50),
  exportedAt: IsoDateTime,
};

export const PlainExchangeFileSchema = z.strictObject({
  ...EnvelopeBase,
  payload: ExchangePayloadSchema,
  payloadSha256: Hex64,
});
export type PlainExchangeFile = z.infer<typeof PlainExchangeFileSchema>;

/** At least what OWASP recommends for PBKDF2-HMAC-SHA256 (2023); the upper bound stops a file
 * from making the page derive a key for minutes. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
const Base64 = (bytes: number) =>
  z
    .string()
    .length(Math.ceil(bytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/);

export const EncryptionHeaderSchema = z.strictObject({
  cipher: z.literal('AES-GCM'),
  keyLength: z.literal(256),
  kdf: z.literal('PBKDF2'),
  kdfHash: z.literal('SHA-256'),
  iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
  /** 16 random bytes, base64. */
  salt: Base64(16),
  /** 12 random bytes, base64. */
  iv: Base64(12),
  /**
   * First 16 bytes of SHA-256 over a second key derived with the same PBKDF2 run (base64). It
   * tells a wrong passphrase apart from a damaged file without revealing the key.
   */
  passphraseCheck: Base64(16),
});
export type EncryptionHeader = z.infer<typeof EncryptionHeaderSchema>;

export const EncryptedExchangeFileSchema = z.strictObject({
  ...EnvelopeBase,
  encryption: EncryptionHeaderSchema,
  /** AES-GCM over the UTF-8 JSON of `{payload, payloadSha256}`, base64 (tag appended). */
  ciphertext: z
    .string()
    .min(24)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type EncryptedExchangeFile = z.infer<typeof EncryptedExchangeFileSchema>;

/** The decrypted content of an encrypted file. */
export const SealedContentSchema = z.strictObject({
  payload: ExchangePayloadSchema,
  payloadSha256: Hex64,
});
export type SealedContent = z.infer<typeof SealedContentSchema>;
