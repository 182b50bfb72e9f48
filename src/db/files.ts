import { and, asc, eq, sql } from 'drizzle-orm'
import type { FileReport } from '../review/types'
import type { Db } from './client'
import { chunkJson } from './chunk'
import { changesetFiles } from './schema'

export async function loadRevisionFiles(db: Db, changesetId: string, revision: number) {
  return db
    .select({ id: changesetFiles.id, path: changesetFiles.filePath, diff: changesetFiles.diffContent, content: changesetFiles.content })
    .from(changesetFiles)
    .where(and(eq(changesetFiles.changesetId, changesetId), eq(changesetFiles.revision, revision)))
    .orderBy(asc(changesetFiles.position))
}

/** Records what the parser learned about each file (language, counts, problems) in one statement per chunk. */
export function updateFileReportsStatements(reports: Array<FileReport & { id: string }>) {
  const rows = reports.map((r) => ({
    id: r.id,
    language: r.language,
    change_type: r.changeType,
    old_path: r.oldPath ?? null,
    binary: r.binary ? 1 : 0,
    additions: r.additions,
    deletions: r.deletions,
    skipped: r.skipped ?? null,
    problems: r.problems.length > 0 ? JSON.stringify(r.problems.slice(0, 50)) : null,
  }))
  return chunkJson(rows).map(
    (json) => sql`update changeset_files set language = j.value ->> 'language', change_type = j.value ->> 'change_type',
        old_path = j.value ->> 'old_path', binary = j.value ->> 'binary', additions = j.value ->> 'additions',
        deletions = j.value ->> 'deletions', skipped = j.value ->> 'skipped', problems = j.value ->> 'problems'
      from json_each(${json}) as j where changeset_files.id = j.value ->> 'id'`,
  )
}
