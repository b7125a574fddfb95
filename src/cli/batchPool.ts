import { parentPort, Worker } from 'node:worker_threads';
import { extractBatch, type BatchResult, type RecordDefaults } from './extractRecord.js';
import { WORKER_MARK } from './workerMark.js';

/** A batch of lines for a worker, and the defaults its records take. */
export interface Batch {
  readonly lines: string[];
  readonly defaults: RecordDefaults;
}

/** Runs batches on worker threads, or in this thread; `close` ends the threads. */
export interface BatchPool {
  run(batch: Batch): Promise<BatchResult>;
  close(): Promise<void>;
}

/**
 * Serves batches in a worker thread: each message is a {@link Batch}, each answer its result.
 *
 * @example
 * ```ts
 * typeof serveBatches
 * //=> 'function'
 * ```
 */
export function serveBatches(): void {
  parentPort?.on('message', ({ seq, batch }: { seq: number; batch: Batch }) => {
    parentPort?.postMessage({ seq, result: extractBatch(batch.lines, batch.defaults) });
  });
}

/**
 * A pool of `size` worker threads running `script` (the command line's entry, which serves batches
 * when it finds itself a worker), each taking one batch at a time; with one job, or no script (a
 * test calling main in process), batches run in this thread, one after another.
 *
 * @example
 * ```ts
 * const pool = createBatchPool(1, undefined);
 * (await pool.run({ lines: ['{"id":"a","text":"No figures."}'], defaults: {} })).records
 * //=> 1
 * ```
 */
export function createBatchPool(size: number, script: URL | undefined): BatchPool {
  if (size <= 1 || script === undefined) {
    return { run: async (batch) => extractBatch(batch.lines, batch.defaults), close: async () => {} };
  }
  const idle: Worker[] = [];
  const waiting: { seq: number; batch: Batch }[] = [];
  const pending = new Map<number, { resolve: (r: BatchResult) => void; reject: (e: unknown) => void }>();
  const workers: Worker[] = [];
  let seq = 0;
  let failure: unknown;
  const dispatch = (): void => {
    while (idle.length > 0 && waiting.length > 0) (idle.pop() as Worker).postMessage(waiting.shift());
  };
  for (let k = 0; k < size; k++) {
    const worker = new Worker(script, { workerData: WORKER_MARK });
    worker.on('message', ({ seq: done, result }: { seq: number; result: BatchResult }) => {
      pending.get(done)?.resolve(result);
      pending.delete(done);
      idle.push(worker);
      dispatch();
    });
    // A worker that dies takes every batch in flight with it: say why, never hang.
    worker.on('error', (error) => {
      failure = error;
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    });
    workers.push(worker);
    idle.push(worker);
  }
  return {
    run(batch) {
      if (failure !== undefined) return Promise.reject(failure);
      const id = seq++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        waiting.push({ seq: id, batch });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
