// Apart from the pool, so that the entry script can tell a worker thread without loading the core.

/**
 * The workerData of the threads a batch pool starts: the script they run (the command line's own
 * file) then serves batches rather than running a command.
 *
 * @example
 * ```ts
 * WORKER_MARK
 * //=> 'counterclaim-batch-worker'
 * ```
 */
export const WORKER_MARK = 'counterclaim-batch-worker';

/**
 * Whether this thread is one of a batch pool's workers.
 *
 * @example
 * ```ts
 * isBatchWorker(undefined)
 * //=> false
 * ```
 */
export function isBatchWorker(workerData: unknown): boolean {
  return workerData === WORKER_MARK;
}
