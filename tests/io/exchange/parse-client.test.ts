// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readExchangeText, writeExchangeText } from '../../../src/io/exchange/format';
import {
  fromWire,
  readAndCheck,
  readExchangeFiles,
  toWire,
  type WorkerRequest,
  type WorkerResponse,
} from '../../../src/io/exchange/parse-client';
import { WRITE_OPTIONS, payload } from './fixtures';

/**
 * A stand-in for the browser's Worker that runs the worker's own steps (read, check, wire form)
 * in this thread, and keeps count of the workers started and stopped.
 */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  handled = 0;

  constructor() {
    FakeWorker.started.push(this);
  }

  postMessage(request: WorkerRequest): void {
    void readAndCheck(request.blob, request.passphrase, undefined).then((result) => {
      this.handled++;
      // Only what survives a structured clone reaches the page.
      const data = structuredClone({ id: request.id, result: toWire(result) });
      this.onmessage?.({ data } as MessageEvent<WorkerResponse>);
    });
  }

  terminate(): void {
    this.terminated = true;
  }

  /** What the browser does when a worker's script cannot run. */
  fail(): void {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
}

const running = () => FakeWorker.started.filter((w) => !w.terminated);

async function files(count: number): Promise<Blob[]> {
  const text = await writeExchangeText(payload(), WRITE_OPTIONS);
  return Array.from({ length: count }, () => new Blob([text], { type: 'application/json' }));
}

describe('a read file on its way from a worker to the page', () => {
  it('carries the payload as text only, and the page gets the same file back', async () => {
    const read = await readExchangeText(await writeExchangeText(payload(), WRITE_OPTIONS));
    expect(read.ok).toBe(true);
    const wire = structuredClone(toWire(read));
    expect(wire.ok && 'payload' in wire.value).toBe(false);
    expect(fromWire(wire)).toEqual(read);
  });

  it('passes a refusal through unchanged', async () => {
    const refused = await readExchangeText('geen json');
    expect(refused.ok).toBe(false);
    expect(fromWire(structuredClone(toWire(refused)))).toEqual(refused);
  });
});

describe('the readers of a batch', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('start for the batch, share its files, carry every payload whole, and stop after it', async () => {
    const results = await readExchangeFiles((await files(5)).map((blob) => ({ blob })));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    expect(results[0]!.ok && results[0]!.value.payload).toEqual(payload());
    expect(results[4]!.ok && results[4]!.value.payload).toEqual(payload());
    expect(FakeWorker.started.map((w) => w.handled).sort()).toEqual([2, 3]);
    expect(running()).toEqual([]);
  });

  it('a reader that cannot start leaves its files to the page, and no file is lost', async () => {
    class FailingWorker extends FakeWorker {
      override postMessage(): void {
        this.fail();
      }
    }
    vi.stubGlobal('Worker', FailingWorker);
    const results = await readExchangeFiles((await files(3)).map((blob) => ({ blob })));
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(running()).toEqual([]);
  });
});
