/**
 * A cache from a list of strings to what a pure function makes of it, for the record fields that
 * repeat from paper to paper as whole lists: the WoS Categories (WC) of a journal, the document
 * types (DT). Normalizing a million papers would otherwise fold and look up the same few thousand
 * lists a million times. The lists are looked up element by element in a tree of maps, so no key
 * string is built and two different lists can never share an entry, whatever their strings hold.
 * The corpus keeps the values it is handed by identity (`corpus/corpus-paper.ts`, one lookup per
 * list): its own sharing of lists (`corpus/_hash-cons.ts`) is for papers that never came through
 * here (a saved corpus read back, papers cloned from a worker) and for lists this cache forgot.
 */
import { ownCopy } from "../common/own-copy.ts";

/** One node of the tree: the value of the list that ends here, and the nodes one element longer. */
interface Node<T> {
  value?: T;
  next?: Map<string, Node<T>>;
}

/**
 * Creates a cache for one pure function of a list. It keeps at most `limit` lists and starts
 * afresh when full, so a run of all-different lists costs memory in proportion to `limit` only.
 * @param make - the function; called once per list not yet cached, with a copy of the list
 * @param limit - the number of lists kept before the cache is emptied
 * @returns the cached function: the same value (the same object) for equal lists while cached
 * @example
 * const lengths = createListCache((list) => list.map((s) => s.length), 100);
 * lengths(["ab", "c"]) === lengths(["ab", "c"]) // → true
 */
export function createListCache<T>(
  make: (list: string[]) => T,
  limit: number,
): (list: readonly string[]) => T {
  let root: Node<T> = {};
  let size = 0;
  return (list) => {
    let node = root;
    for (const item of list) {
      const next = node.next?.get(item);
      if (next === undefined) return remember(list);
      node = next;
    }
    return "value" in node ? (node.value as T) : remember(list);
  };

  function remember(list: readonly string[]): T {
    // Strings cut from a record would keep the record's whole read chunk alive as long as the
    // cache: the keys and everything `make` takes from the list come from copies.
    const own = list.map(ownCopy);
    const value = make(own);
    if (size >= limit) {
      root = {};
      size = 0;
    }
    let node = root;
    for (const item of own) {
      node.next ??= new Map();
      let next = node.next.get(item);
      if (next === undefined) {
        next = {};
        node.next.set(item, next);
      }
      node = next;
    }
    node.value = value;
    size++;
    return value;
  }
}
