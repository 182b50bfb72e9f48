// corpus: path=src/changesets/service.ts
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { DrizzleD1Database } from 'drizzle-orm/d1';
import { changesets, files } from '../db/schema';

export type ChangesetStatus = 'pending' | 'in_progress' | 'reviewed' | 'failed';

export interface NewChangeset {
  tenantId: string;
  title: string;
  files: Array<{ path: string; diff: string }>;
}

export class ChangesetNotFound extends Error {
  constructor(readonly id: string) {
    super(`changeset ${id} not found`);
  }
}

const TRANSITIONS: Record<ChangesetStatus, readonly ChangesetStatus[]> = {
  pending: ['in_progress', 'failed'],
  in_progress: ['reviewed', 'failed', 'pending'],
  reviewed: [],
  failed: ['pending'],
};

export function canMove(from: ChangesetStatus, to: ChangesetStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export async function createChangeset(db: DrizzleD1Database, input: NewChangeset): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db.batch([
    db.insert(changesets).values({ id, tenantId: input.tenantId, title: input.title, status: 'pending', createdAt: now }),
    ...chunk(input.files, 20).map((batch) =>
      db.insert(files).values(batch.map((f) => ({ id: crypto.randomUUID(), changesetId: id, path: f.path, diff: f.diff }))),
    ),
  ]);
  return id;
}

export async function findChangeset(db: DrizzleD1Database, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(changesets)
    .where(and(eq(changesets.id, id), eq(changesets.tenantId, tenantId)))
    .limit(1);
  if (!row) throw new ChangesetNotFound(id);
  return row;
}

export async function listChangesets(db: DrizzleD1Database, tenantId: string, opts: { before?: string; limit: number }) {
  const where = opts.before
    ? and(eq(changesets.tenantId, tenantId), lt(changesets.createdAt, opts.before))
    : eq(changesets.tenantId, tenantId);
  return db.select().from(changesets).where(where).orderBy(desc(changesets.createdAt)).limit(opts.limit);
}

export async function moveChangeset(db: DrizzleD1Database, id: string, from: ChangesetStatus, to: ChangesetStatus): Promise<boolean> {
  if (!canMove(from, to)) return false;
  const result = await db
    .update(changesets)
    .set({ status: to, updatedAt: new Date().toISOString() })
    .where(and(eq(changesets.id, id), eq(changesets.status, from)))
    .returning({ id: changesets.id });
  return result.length === 1;
}

export async function countByStatus(db: DrizzleD1Database, tenantId: string) {
  const rows = await db
    .select({ status: changesets.status, n: sql<number>`count(*)` })
    .from(changesets)
    .where(eq(changesets.tenantId, tenantId))
    .groupBy(changesets.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<ChangesetStatus, number>>;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
