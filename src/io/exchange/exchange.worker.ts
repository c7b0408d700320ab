/// <reference lib="webworker" />
/**
 * Reads exchange files off the page's thread: text decoding, JSON parsing, schema checks,
 * hashing and decryption of a batch of hundreds of files would otherwise block the page.
 */
import { readExchangeText } from './format';
import type { WorkerRequest, WorkerResponse } from './parse-client';
import { problem } from './problems';
import { readBlobText } from './read-blob';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, blob, passphrase } = event.data;
  let response: WorkerResponse;
  try {
    const text = await readBlobText(blob);
    response = { id, result: await readExchangeText(text, passphrase) };
  } catch (error) {
    response = {
      id,
      result: {
        ok: false,
        encrypted: false,
        problems: [problem('unreadable', '$', { detail: String(error).slice(0, 120) })],
      },
    };
  }
  scope.postMessage(response);
};
