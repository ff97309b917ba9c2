// Paths of the project's own hand-written samples in data-samples/.
import { fileURLToPath } from "node:url";

/** Absolute path of a file under data-samples/. */
export function sample(path: string): string {
  return fileURLToPath(new URL(`../data-samples/${path}`, import.meta.url));
}
