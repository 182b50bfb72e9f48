// corpus: path=src/sync/sync.ts
interface Item {
  id: string;
  updatedAt: number;
  deleted?: boolean;
}

export function applyDeletes(items: Item[]): Item[] {
  items.forEach((item, i) => {
    if (item.deleted) items.splice(i, 1); // expect: mutate-while-iterating
  });
  return items;
}

export function applyDeletesSafe(items: Item[]): Item[] {
  return items.filter((item) => !item.deleted);
}

export function dropStale(byId: Map<string, Item>, cutoff: number): void {
  for (const [id, item] of byId) {
    if (item.updatedAt < cutoff) byId.delete(id); // ok: mutate-while-iterating
  }
}

export function expand(queue: string[], children: Record<string, string[]>): string[] {
  for (const id of queue) {
    queue.push(...(children[id] ?? [])); // expect: mutate-while-iterating
  }
  return queue;
}

export async function pushBatch(items: Item[], send: (batch: Item[]) => Promise<void>): Promise<boolean> {
  let ok = false;
  try {
    await send(items);
    ok = true;
  } finally {
    if (!ok) {
      return false; // expect: finally-control-flow
    }
  }
  return ok;
}

export async function withLock<T>(lock: { release(): void }, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } finally {
    lock.release(); // ok: finally-control-flow
  }
}

export function firstValid(values: string[]): string | undefined {
  for (const v of values) {
    try {
      return JSON.parse(v) as string;
    } catch {
      continue; // ok: finally-control-flow
    } finally {
      // nothing to clean up per value
    }
  }
  return undefined;
}
