import type { CliOutput } from './io.js';

/** A progress line for a long run, from {@link createProgress}. */
export interface Progress {
  /** Counts records and input bytes done; redraws the line at most once a second. */
  tick(records: number, bytes: number): void;
  /** Clears the line, and returns the totals and the seconds taken. */
  done(): { records: number; bytes: number; seconds: number };
}

const MB = 1_000_000;
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function duration(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min` : s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/**
 * A progress line on stderr for a long run: records and megabytes per second, the share done and the
 * time left when the input's size is known. At a terminal it redraws one line; elsewhere, when
 * asked (`show`), it writes a line every second, for logs. `now` is injectable for tests.
 *
 * @example
 * ```ts
 * let written = '';
 * let t = 0;
 * const progress = createProgress({ write: (s) => (written += s) }, 'extract', { size: 4_000_000, show: true, now: () => t });
 * t = 1000;
 * progress.tick(500, 1_000_000);
 * written
 * //=> 'counterclaim extract: 500 records, 1.0 MB (25%), 500 records/s, 1.0 MB/s, 3 s left\n'
 * ```
 */
export function createProgress(
  out: CliOutput,
  command: string,
  options: { size?: number | undefined; show: boolean; now?: () => number },
): Progress {
  const now = options.now ?? (() => performance.now());
  const tty = out.isTTY === true;
  const show = options.show || tty;
  const start = now();
  let last = start;
  let records = 0;
  let bytes = 0;
  return {
    tick(r, b) {
      records += r;
      bytes += b;
      const t = now();
      if (!show || t - last < 1000) return;
      last = t;
      const seconds = (t - start) / 1000;
      const size = options.size;
      const share = size === undefined || size === 0 ? '' : ` (${fmt((100 * bytes) / size)}%)`;
      const left = size === undefined || bytes === 0 ? '' : `, ${duration(((size - bytes) / bytes) * seconds)} left`;
      const line = `counterclaim ${command}: ${fmt(records)} records, ${fmt(bytes / MB, 1)} MB${share}, ${fmt(records / seconds)} records/s, ${fmt(bytes / MB / seconds, 1)} MB/s${left}`;
      out.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
    },
    done() {
      if (tty && last !== start) out.write('\r\u001b[K');
      return { records, bytes, seconds: (now() - start) / 1000 };
    },
  };
}
