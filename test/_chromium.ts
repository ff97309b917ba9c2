// Debian's chromium for the browser tests of HTML output: where it is, whether it is installed,
// and the flags it runs with here (headless, as root, on a machine without network: without the
// background-networking flags chromium keeps trying to reach Google's hosts).
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Debian's chromium. */
export const CHROMIUM = "/usr/bin/chromium";

/** Whether it is installed; browser tests skip, saying so, when it is not. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Flags of a headless run with a fresh profile in `dir`. */
export function chromiumFlags(dir: string): string[] {
  return [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    `--user-data-dir=${join(dir, "profile")}`,
  ];
}
