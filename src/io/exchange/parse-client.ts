/**
 * Reads a batch of exchange files, in Web Workers when the browser has them (the page stays
 * responsive while hundreds of files are parsed, hashed and decrypted), else on this thread one
 * file at a time, yielding between files. Never throws; every file gets a result.
 */
import { readExchangeText, type ReadExchangeResult } from './format';
import { problem } from './problems';
import { readBlobText } from './read-blob';

export interface ReadJob {
  blob: Blob;
  passphrase?: string;
}

export interface WorkerRequest {
  id: number;
  blob: Blob;
  passphrase?: string;
}

export interface WorkerResponse {
  id: number;
  result: ReadExchangeResult;
}

const unreadable = (error: unknown): ReadExchangeResult => ({
  ok: false,
  encrypted: false,
  problems: [problem('unreadable', '$', { detail: String(error).slice(0, 120) })],
});

async function readInline(job: ReadJob): Promise<ReadExchangeResult> {
  let text: string;
  try {
    text = await readBlobText(job.blob);
  } catch (error) {
    return unreadable(error);
  }
  return readExchangeText(text, job.passphrase);
}

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

async function readWithWorkers(
  jobs: readonly ReadJob[],
  onProgress?: (done: number) => void,
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
            const send = () => {
              if (next >= jobs.length) {
                resolve();
                return;
              }
              const id = next++;
              const job = jobs[id]!;
              const request: WorkerRequest = { id, blob: job.blob };
              if (job.passphrase !== undefined) request.passphrase = job.passphrase;
              worker.postMessage(request);
            };
            worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
              results[event.data.id] = event.data.result;
              onProgress?.(++done);
              send();
            };
            worker.onerror = (event) => {
              // A worker that fails to start (e.g. a blocked script) leaves its jobs to the
              // page thread below.
              event.preventDefault();
              resolve();
            };
            send();
          }),
      ),
    );
  } finally {
    for (const worker of workers) worker.terminate();
  }
  for (let i = 0; i < jobs.length; i++) {
    if (results[i] === undefined) results[i] = await readInline(jobs[i]!);
  }
  return results;
}

export async function readExchangeFiles(
  jobs: readonly ReadJob[],
  onProgress?: (done: number) => void,
): Promise<ReadExchangeResult[]> {
  try {
    const viaWorkers = await readWithWorkers(jobs, onProgress);
    if (viaWorkers) return viaWorkers;
  } catch {
    // Fall through to the page thread.
  }
  const results: ReadExchangeResult[] = [];
  for (const job of jobs) {
    results.push(await readInline(job));
    onProgress?.(results.length);
    await yieldToPage();
  }
  return results;
}
