// Every item of an async iterable, in order: the one way tests drain a reader (Node 20 has no
// Array.fromAsync).

/**
 * The items of `items`, in order.
 * @example
 * await drain(readPlainText("savedrecs.txt")) // → [{ ok: true, record: …, at: … }, …]
 */
export async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
