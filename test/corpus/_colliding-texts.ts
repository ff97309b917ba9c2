// Texts that collide in a new string index (`_string-set.ts`), for its tests and the packer's.
import { HASH_START, hashText } from "../../src/corpus/_hash-cons.ts";

/**
 * `count` distinct texts whose hashes all fall in slot 0 of a new table (4,096 slots): found by
 * trying texts in turn (one in 4,096 lands there), so the texts collide in the table, not in
 * their hashes.
 */
export function textsInSlotZero(count: number): string[] {
  const found: string[] = [];
  for (let i = 0; found.length < count; i++) {
    const text = `UNIV ${i}`;
    if ((hashText(HASH_START, text) & 4095) === 0) found.push(text);
  }
  return found;
}
