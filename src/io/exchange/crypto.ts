/**
 * Passphrase encryption of exchange files with WebCrypto only: PBKDF2-SHA256 derives 512 bits
 * from the passphrase and a 16-byte random salt; the first 256 bits are the AES-GCM key, the
 * other 256 bits only serve to recognise a wrong passphrase (their SHA-256, cut to 16 bytes,
 * is stored in the header as `passphraseCheck`). AES-GCM with a 12-byte random IV encrypts the
 * content and authenticates the readable header as additional data, so changing any parameter
 * or any byte of the ciphertext makes decryption fail instead of producing garbage.
 */
import { canonicalJson } from '../../domain/framework-model';
import { MIN_PBKDF2_ITERATIONS, type EncryptionHeader } from '../../schemas/exchange';
import { base64ToBytes, bytesToBase64, utf8Decode, utf8Encode } from './bytes';

export const SALT_BYTES = 16;
export const IV_BYTES = 12;

interface DerivedKeys {
  key: CryptoKey;
  check: Uint8Array;
}

async function deriveKeys(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<DerivedKeys> {
  const material = await crypto.subtle.importKey(
    'raw',
    utf8Encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      material,
      512,
    ),
  );
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  const check = new Uint8Array(await crypto.subtle.digest('SHA-256', bits.slice(32))).slice(0, 16);
  return { key, check };
}

/** The header fields that AES-GCM authenticates along with the ciphertext. */
export function additionalData(envelope: {
  format: string;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  encryption: EncryptionHeader;
}): Uint8Array<ArrayBuffer> {
  return utf8Encode(
    canonicalJson({
      format: envelope.format,
      formatVersion: envelope.formatVersion,
      appVersion: envelope.appVersion,
      exportedAt: envelope.exportedAt,
      encryption: envelope.encryption,
    }),
  );
}

export interface SealInput {
  plaintext: string;
  passphrase: string;
  iterations?: number;
  /** Builds the authenticated header from the encryption parameters. */
  aad: (encryption: EncryptionHeader) => Uint8Array<ArrayBuffer>;
}

export async function seal({
  plaintext,
  passphrase,
  iterations = MIN_PBKDF2_ITERATIONS,
  aad,
}: SealInput): Promise<{ encryption: EncryptionHeader; ciphertext: string }> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveKeys(passphrase, salt, iterations);
  const encryption: EncryptionHeader = {
    cipher: 'AES-GCM',
    keyLength: 256,
    kdf: 'PBKDF2',
    kdfHash: 'SHA-256',
    iterations,
    salt: bytesToBase64(salt),
    iv: bytesToBase64(iv),
    passphraseCheck: bytesToBase64(check),
  };
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: aad(encryption), tagLength: 128 },
      key,
      utf8Encode(plaintext),
    ),
  );
  return { encryption, ciphertext: bytesToBase64(ciphertext) };
}

export type OpenResult =
  { ok: true; plaintext: string } | { ok: false; reason: 'wrong-passphrase' | 'damaged' };

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Decrypts; never throws for a wrong passphrase or a damaged file. */
export async function open(
  encryption: EncryptionHeader,
  ciphertext: string,
  passphrase: string,
  aad: Uint8Array<ArrayBuffer>,
): Promise<OpenResult> {
  const salt = base64ToBytes(encryption.salt);
  const iv = base64ToBytes(encryption.iv);
  const expectedCheck = base64ToBytes(encryption.passphraseCheck);
  const data = base64ToBytes(ciphertext);
  if (!salt || !iv || !expectedCheck || !data) return { ok: false, reason: 'damaged' };
  const { key, check } = await deriveKeys(passphrase, salt, encryption.iterations);
  if (!sameBytes(check, expectedCheck)) return { ok: false, reason: 'wrong-passphrase' };
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 },
      key,
      data,
    );
  } catch {
    // The authentication tag does not match: ciphertext or header were changed.
    return { ok: false, reason: 'damaged' };
  }
  const text = utf8Decode(new Uint8Array(plain));
  return text === null ? { ok: false, reason: 'damaged' } : { ok: true, plaintext: text };
}
