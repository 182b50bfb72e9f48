import { and, asc, eq, getTableName, inArray, lt } from 'drizzle-orm'
import { runBatch, type Rendered, type Statement } from './batch'
import { chunkedStatements } from './chunk'
import { d1Of, type Db } from './client'
import { historyEvent } from './history'
import { changesetFiles, changesets, revisions, type ChangesetRow, type NewChangesetFileRow, type NewChangesetRow } from './schema'

export type Batch = Statement[]

/** The columns a submission writes for each file, in bind order; the rest keep their defaults. */
const FILE_COLUMNS = [
  'id', 'changesetId', 'tenantId', 'revision', 'position', 'filePath', 'diffContent', 'content', 'additions', 'deletions',
] as const satisfies ReadonlyArray<keyof NewChangesetFileRow & keyof typeof changesetFiles>

/** A file as a submission stores it; the review fills in the other columns later. */
export type SubmittedFileRow = Pick<NewChangesetFileRow, (typeof FILE_COLUMNS)[number]>

/** The multi-row insert for `rows` file rows, rendered once per row count from the schema's names. */
const fileInsertSql = (() => {
  const byRows = new Map<number, string>()
  const head = `insert into "${getTableName(changesetFiles)}" (${FILE_COLUMNS.map((key) => `"${changesetFiles[key].name}"`).join(', ')}) values `
  const tuple = `(${FILE_COLUMNS.map(() => '?').join(', ')})`
  return (rows: number) => {
    let sql = byRows.get(rows)
    if (sql === undefined) byRows.set(rows, (sql = head + Array.from({ length: rows }, () => tuple).join(', ')))
    return sql
  }
})()

/**
 * Multi-row inserts of file rows, chunked under D1's parameter limit and a payload budget. Written
 * without the query builder: a submission of hundreds of files spent more CPU rendering them than
 * D1 spent storing them, and the statement is one shape whose names come from the schema.
 */
export function insertFilesStatements(rows: SubmittedFileRow[]): Rendered[] {
  return chunkedStatements(
    rows,
    (chunk): Rendered => {
      const params = chunk.flatMap((row) => FILE_COLUMNS.map((key) => row[key] ?? null))
      const sql = fileInsertSql(chunk.length)
      return { toSQL: () => ({ sql, params }) }
    },
    (row) => (row.diffContent.length + (row.content?.length ?? 0)) * 2,
  )
}

export interface NewChangeset {
  changeset: NewChangesetRow & { createdAt: string }
  files: SubmittedFileRow[]
  additions: number
  deletions: number
}

/** Writes a changeset, its first revision, its files and its history in one transaction. */
export async function insertChangeset(db: Db, input: NewChangeset): Promise<void> {
  const { changeset, files } = input
  const at = changeset.createdAt
  await runBatch(d1Of(db), [
    db.insert(changesets).values(changeset),
    db.insert(revisions).values({
      changesetId: changeset.id,
      number: 1,
      tenantId: changeset.tenantId,
      status: 'pending',
      fileCount: files.length,
      additions: input.additions,
      deletions: input.deletions,
      createdAt: at,
    }),
    ...insertFilesStatements(files),
    historyEvent({ changesetId: changeset.id, revision: 1, type: 'status', from: null, to: 'pending', detail: 'submitted', at }),
  ])
}

export async function findChangeset(db: Db, tenantId: string, id: string): Promise<ChangesetRow | undefined> {
  return db
    .select()
    .from(changesets)
    .where(and(eq(changesets.tenantId, tenantId), eq(changesets.id, id)))
    .get()
}

/** For internal callers (queue, watchdog) that start from an id already known to exist. */
export async function findChangesetById(db: Db, id: string): Promise<ChangesetRow | undefined> {
  return db.select().from(changesets).where(eq(changesets.id, id)).get()
}

/**
 * Changesets that have not moved since `before` without being finished: the candidates a cron
 * sweep hands to recovery, longest stuck first.
 */
export async function listStuckChangesets(db: Db, before: string, limit: number): Promise<{ id: string }[]> {
  return db
    .select({ id: changesets.id })
    .from(changesets)
    .where(and(inArray(changesets.status, ['pending', 'in_progress']), lt(changesets.updatedAt, before)))
    .orderBy(asc(changesets.updatedAt))
    .limit(limit)
}

/** Deletes a changeset; its files, revisions, findings and history go with it (ON DELETE CASCADE). */
export async function deleteChangeset(db: Db, tenantId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(changesets)
    .where(and(eq(changesets.tenantId, tenantId), eq(changesets.id, id)))
    .returning({ id: changesets.id })
  return deleted.length > 0
}
