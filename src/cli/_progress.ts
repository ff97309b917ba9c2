/**
 * The progress line: while a command reads its inputs, one line on standard error that redraws
 * itself (`\r`) with the file being read, records, records per second and megabytes read, at
 * most five times a second, and is erased when the reading ends. Drawn only when standard error
 * is a terminal and `--quiet` is not given, so redirected output, logs and files never hold it;
 * standard output is never touched. `copub network` draws the same kind of line while it
 * computes metrics (the metric, and the searches of betweenness done), and `copub report` while
 * it computes the report's sections. The library reports
 * progress by counts; the clock is read only here.
 */
import type { MetricProgress } from "../networks/node-metrics.ts";
import type { ProgressListener, ReadProgress } from "../read/read-progress.ts";
import type { ReportProgress } from "../report/build-report.ts";
import type { CliIo } from "./_io.ts";
import { flag } from "./_options.ts";

/** `--quiet`, which every command that reads exports or a saved corpus has. */
export const QUIET_OPTION = flag({
  help: "no progress line on stderr (drawn only on a terminal); notices\nand errors still show",
});

/** Milliseconds between two drawings of the line (at most five a second), and before the first. */
const REDRAW_MS = 200;

/**
 * Longest line drawn: one under the usual 80 columns, so the line never wraps (a wrapped line
 * cannot be redrawn with `\r`). The file name gives way; it keeps at least `MIN_NAME_CHARS`.
 */
const LINE_CHARS = 79;
const MIN_NAME_CHARS = 12;

/** Erases the current terminal line: back to its start, then clear to its end (ANSI EL). */
const ERASE_LINE = "\r\x1b[K";

/**
 * The text of a progress line (without `\r`), from a report and the seconds since reading began:
 * file i of n and its name, records read and records per second, megabytes (10^6 bytes, as
 * stored) read of the total.
 * @param progress - the latest report
 * @param seconds - seconds since the reading began; no rate is shown before any time has passed
 * @example
 * progressLine({ phase: "reading", file: "savedrecs-2.txt", filesDone: 1, files: 3, records: 1500,
 *   bytesRead: 6_000_000, totalBytes: 12_000_000 }, 2)
 * // → "copub: file 2/3 savedrecs-2.txt: 1500 records, 750/s, 6.0/12.0 MB"
 */
export function progressLine(progress: ReadProgress, seconds: number): string {
  const megabytes = `${mb(progress.bytesRead)}/${mb(progress.totalBytes)} MB`;
  const rate = seconds > 0 ? `, ${Math.round(progress.records / seconds)}/s` : "";
  const counts = `${progress.records} records${rate}, ${megabytes}`;
  if (progress.phase === "building") return `copub: building the corpus from ${counts}`;
  const head = `copub: file ${Math.min(progress.filesDone + 1, progress.files)}/${progress.files}`;
  const tail = `: ${counts}`;
  if (progress.file === null) return `${head}${tail}`;
  const room = Math.max(MIN_NAME_CHARS, LINE_CHARS - head.length - tail.length - 1);
  return `${head} ${shortName(progress.file, room)}${tail}`;
}

/**
 * The text of the progress line while `copub network` computes metrics: the metric, and for
 * betweenness the shortest-path searches done of their total, with the seconds since the
 * metrics began.
 * @param progress - the latest report of `networkMetrics`
 * @param seconds - seconds since the metrics began
 * @example
 * metricProgressLine({ metric: "betweenness", done: 1200, total: 26953 }, 31.4)
 * // → "copub network: betweenness, 1200/26953 searches (4%), 31 s"
 * metricProgressLine({ metric: "closeness", done: 0, total: 1 }, 40)
 * // → "copub network: closeness, 40 s"
 */
export function metricProgressLine(progress: MetricProgress, seconds: number): string {
  const { metric, done, total } = progress;
  const searches = total > 1 ? `, ${done}/${total} searches (${Math.floor((100 * done) / total)}%)` : "";
  return `copub network: ${metric}${searches}, ${Math.round(seconds)} s`;
}

/**
 * The text of the progress line while `copub report` computes its sections: the section, how many
 * are done of how many, the papers each goes over, and the seconds since the sections began.
 * @param progress - the latest report of `buildReport`
 * @param seconds - seconds since the sections began
 * @example
 * reportProgressLine({ section: "partners", sectionsDone: 3, sections: 5, papers: 2748 }, 4.2)
 * // → "copub report: partners (section 4/5) over 2748 papers, 4 s"
 */
export function reportProgressLine(progress: ReportProgress, seconds: number): string {
  const { section, sectionsDone, sections, papers } = progress;
  const what = section === null ? "sections done" : `${section} (section ${sectionsDone + 1}/${sections})`;
  return `copub report: ${what} over ${papers} papers, ${Math.round(seconds)} s`;
}

/** A progress line bound to a command's output channels. */
export interface ProgressDisplay<P = ReadProgress> {
  /** The listener to hand to the library; `undefined` when nothing is to be drawn, so nothing is counted. */
  readonly onProgress: ((progress: P) => void) | undefined;
  /** Erases the line if one was drawn; call it when the work ends, also when it fails. */
  end(): void;
}

/**
 * A progress line on `io.stderr`, or none when standard error is not a terminal or `quiet` is set.
 * @param io - the command's output channels
 * @param quiet - the value of `--quiet`
 * @param now - a clock in milliseconds (default `performance.now`); tests pass their own
 * @example
 * const display = progressDisplay(io, false); // on a terminal
 * display.onProgress?.(report); // after 200 ms: "\r\x1b[Kcopub: file 1/3 a.txt: 100 records, …" on stderr
 * display.end();                // "\r\x1b[K"
 */
export function progressDisplay(
  io: CliIo,
  quiet: boolean,
  now: () => number = () => performance.now(),
): ProgressDisplay {
  return lineDisplay(io, quiet, now, progressLine, (progress) => progress.phase);
}

/**
 * The progress line of `copub network`'s metrics (`metricProgressLine`), drawn like the reading
 * line: on a terminal only, not with `--quiet`, at most five times a second, and at once when
 * a new metric begins.
 * @param io - the command's output channels
 * @param quiet - the value of `--quiet`
 * @param now - a clock in milliseconds (default `performance.now`)
 * @example
 * const display = metricProgressDisplay(io, values.quiet);
 * try { networkMetrics(graph, { ...options, onProgress: display.onProgress }) } finally { display.end() }
 */
export function metricProgressDisplay(
  io: CliIo,
  quiet: boolean,
  now: () => number = () => performance.now(),
): ProgressDisplay<MetricProgress> {
  return lineDisplay(io, quiet, now, metricProgressLine, (progress) => progress.metric);
}

/**
 * The progress line of `copub report`'s sections (`reportProgressLine`), drawn like the reading
 * line: on a terminal only, not with `--quiet`, at once when a new section begins.
 * @param io - the command's output channels
 * @param quiet - the value of `--quiet`
 * @param now - a clock in milliseconds (default `performance.now`)
 * @example
 * const display = reportProgressDisplay(io, values.quiet);
 * try { buildReport(corpus, { ...options, onProgress: display.onProgress }) } finally { display.end() }
 */
export function reportProgressDisplay(
  io: CliIo,
  quiet: boolean,
  now: () => number = () => performance.now(),
): ProgressDisplay<ReportProgress> {
  return lineDisplay(io, quiet, now, reportProgressLine, (progress) => String(progress.section));
}

/** A redrawn line of `text(progress, seconds)`, drawn at once when `phase(progress)` changes. */
function lineDisplay<P>(
  io: CliIo,
  quiet: boolean,
  now: () => number,
  text: (progress: P, seconds: number) => string,
  phase: (progress: P) => string,
): ProgressDisplay<P> {
  if (quiet || !io.stderrIsTty) return { onProgress: undefined, end: () => {} };
  const started = now();
  let drawn = false;
  let lastDrawn = started;
  let lastPhase: string | null = null;
  return {
    onProgress(progress) {
      const time = now();
      // Nothing for quick runs; then a new phase at once, else at the redraw rate.
      if (time - started < REDRAW_MS) return;
      const current = phase(progress);
      if (drawn && time - lastDrawn < REDRAW_MS && current === lastPhase) return;
      io.stderr(`${ERASE_LINE}${text(progress, (time - started) / 1000)}`);
      drawn = true;
      lastDrawn = time;
      lastPhase = current;
    },
    end() {
      if (drawn) io.stderr(ERASE_LINE);
      drawn = false;
    },
  };
}

/**
 * Runs reading work with a progress line (see `progressDisplay`), erased when the work ends or fails.
 * @param io - the command's output channels
 * @param quiet - the value of `--quiet`
 * @param work - the work, given the options to spread into the library call: `{ onProgress }`, or
 *   `{}` when nothing is drawn
 * @example
 * const corpus = await withProgress(io, values.quiet, (progress) => loadCorpus(paths, { ...options, ...progress }));
 */
export async function withProgress<T>(
  io: CliIo,
  quiet: boolean,
  work: (progress: { readonly onProgress?: ProgressListener }) => Promise<T>,
): Promise<T> {
  const display = progressDisplay(io, quiet);
  try {
    return await work(display.onProgress === undefined ? {} : { onProgress: display.onProgress });
  } finally {
    display.end();
  }
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

/** The name, or its start and end around `…` when it is longer than `chars`. */
function shortName(name: string, chars: number): string {
  if (name.length <= chars) return name;
  const head = Math.floor((chars - 1) / 2);
  return `${name.slice(0, head)}…${name.slice(name.length - (chars - 1 - head))}`;
}
