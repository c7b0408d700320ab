/**
 * Reads a batch of exchange files, in Web Workers when the browser has them (the page stays
 * responsive while hundreds of files are parsed, hashed and decrypted), else on this thread one
 * file at a time, yielding between files. Never throws; every file gets a result.
 */
import type { Result } from '../../domain/result';
import type { ExchangePayload } from '../../schemas/exchange';
import type { Framework } from '../../schemas/framework';
import {
  readExchangeText,
  type ExchangeRefusal,
  type ReadExchangeFile,
  type ReadExchangeResult,
} from './format';
import { problem } from './problems';
import { readBlobText } from './read-blob';
import { checkRoundsInFile } from './round-check';

export interface ReadJob {
  blob: Blob;
  passphrase?: string;
}

/** Asks the reader to check the rounds too (round-check.ts), against these frameworks. */
export interface CheckContext {
  /** Bundled frameworks by `id@version`. */
  frameworks: ReadonlyMap<string, Framework>;
  now: Date;
}

export interface WorkerRequest {
  id: number;
  blob: Blob;
  passphrase?: string;
  /** Sent with a worker's first request only: the frameworks are copied to it once. */
  frameworks?: Framework[];
  /** Epoch milliseconds; present when the rounds are to be checked. */
  now?: number;
}

/**
 * A read file as it crosses from a worker to the page: the payload travels as its canonical JSON
 * text only. Cloning the object tree (hundreds of answers per file) cost the worker more than the
 * schema check did; one string is copied whole, and the page parses it faster than it would
 * rebuild the clone.
 */
export type WireResult = Result<Omit<ReadExchangeFile, 'payload'>, ExchangeRefusal>;

export function toWire(result: ReadExchangeResult): WireResult {
  if (!result.ok) return result;
  const { payload: _payload, ...rest } = result.value;
  return { ok: true, value: rest };
}

export function fromWire(wire: WireResult): ReadExchangeResult {
  if (!wire.ok) return wire;
  // The text is the reader's own serialisation of a payload it has checked.
  const payload = JSON.parse(wire.value.payloadText) as ExchangePayload;
  return { ok: true, value: { ...wire.value, payload } };
}

export interface WorkerResponse {
  id: number;
  result: WireResult;
}

const unreadable = (error: unknown): ReadExchangeResult => ({
  ok: false,
  error: {
    encrypted: false,
    problems: [problem('unreadable', '$', { detail: String(error).slice(0, 120) })],
  },
});

/** Reads one file and, with a context, checks its rounds; shared by the worker and the page. */
export async function readAndCheck(
  blob: Blob,
  passphrase: string | undefined,
  check: CheckContext | undefined,
): Promise<ReadExchangeResult> {
  let text: string;
  try {
    text = await readBlobText(blob);
  } catch (error) {
    return unreadable(error);
  }
  const result = await readExchangeText(text, passphrase);
  if (!result.ok || !check) return result;
  return {
    ok: true,
    value: {
      ...result.value,
      roundChecks: checkRoundsInFile(result.value, check.frameworks, check.now),
    },
  };
}

const readInline = (job: ReadJob, check: CheckContext | undefined) =>
  readAndCheck(job.blob, job.passphrase, check);

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function createWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** How many workers share a batch: the machine's cores, at most 4, at least 1. */
function workerCount(jobs: number): number {
  const cores =
    typeof navigator !== 'undefined' && navigator.hardwareConcurrency
      ? navigator.hardwareConcurrency
      : 2;
  return Math.max(1, Math.min(4, cores, jobs));
}

const IN_FLIGHT_PER_WORKER = 3;

async function readWithWorkers(
  jobs: readonly ReadJob[],
  onProgress: ((done: number) => void) | undefined,
  check: CheckContext | undefined,
): Promise<ReadExchangeResult[] | null> {
  const first = createWorker();
  if (!first) return null;
  const workers = [first];
  for (let i = 1; i < workerCount(jobs.length); i++) {
    const worker = createWorker();
    if (worker) workers.push(worker);
  }
  const results: ReadExchangeResult[] = new Array<ReadExchangeResult>(jobs.length);
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            let first = true;
            let inFlight = 0;
            const send = () => {
              if (next >= jobs.length) {
                if (inFlight === 0) resolve();
                return;
              }
              inFlight++;
              const id = next++;
              const job = jobs[id]!;
              const request: WorkerRequest = { id, blob: job.blob };
              if (job.passphrase !== undefined) request.passphrase = job.passphrase;
              if (check) {
                request.now = check.now.getTime();
                if (first) request.frameworks = [...check.frameworks.values()];
              }
              first = false;
              worker.postMessage(request);
            };
            worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
              inFlight--;
              results[event.data.id] = fromWire(event.data.result);
              onProgress?.(++done);
              send();
            };
            worker.onerror = (event) => {
              // A worker that fails to start (e.g. a blocked script) leaves its jobs to the
              // page thread below.
              event.preventDefault();
              resolve();
            };
            // A few files queued per worker: it never waits for the page (busy taking the last
            // result) to hand it the next one, while files stay spread over the workers.
            for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) send();
          }),
      ),
    );
  } finally {
    for (const worker of workers) worker.terminate();
  }
  for (let i = 0; i < jobs.length; i++) {
    if (results[i] === undefined) results[i] = await readInline(jobs[i]!, check);
  }
  return results;
}

export async function readExchangeFiles(
  jobs: readonly ReadJob[],
  onProgress?: (done: number) => void,
  check?: CheckContext,
): Promise<ReadExchangeResult[]> {
  try {
    const viaWorkers = await readWithWorkers(jobs, onProgress, check);
    if (viaWorkers) return viaWorkers;
  } catch {
    // Fall through to the page thread.
  }
  const results: ReadExchangeResult[] = [];
  for (const job of jobs) {
    results.push(await readInline(job, check));
    onProgress?.(results.length);
    await yieldToPage();
  }
  return results;
}
