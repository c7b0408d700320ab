/// <reference lib="webworker" />
/**
 * Reads exchange files off the page's thread: text decoding, JSON parsing, schema checks,
 * hashing and decryption of a batch of hundreds of files would otherwise block the page.
 */
import type { Framework } from '../../schemas/framework';
import { readAndCheck, toWire, type WorkerRequest, type WorkerResponse } from './parse-client';
import { problem } from './problems';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** The page's bundled frameworks, sent once with this worker's first request. */
const frameworks = new Map<string, Framework>();

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, blob, passphrase, now } = event.data;
  for (const framework of event.data.frameworks ?? []) {
    frameworks.set(`${framework.id}@${framework.version}`, framework);
  }
  let response: WorkerResponse;
  try {
    response = {
      id,
      result: toWire(
        await readAndCheck(
          blob,
          passphrase,
          now === undefined ? undefined : { frameworks, now: new Date(now) },
        ),
      ),
    };
  } catch (error) {
    response = {
      id,
      result: {
        ok: false,
        error: {
          encrypted: false,
          problems: [problem('unreadable', '$', { detail: String(error).slice(0, 120) })],
        },
      },
    };
  }
  scope.postMessage(response);
};
