import { sql } from 'drizzle-orm'
import type { Finding } from '../review/types'
import { SEVERITY_RANK } from '../review/types'
import type { Batch } from './changesets'
import { chunkJson } from './chunk'

export interface FindingsCommit {
  changesetId: string
  tenantId: string
  revision: number
  now: string
  findings: Finding[]
  newId: () => string
}

/**
 * Upserts a revision's findings by fingerprint: a finding seen before keeps its id and triage
 * (a dismissed finding stays dismissed), a resolved one that reappears is reopened, new ones
 * are inserted open.
 */
export function upsertFindingsStatements(input: FindingsCommit): Batch {
  const rows = input.findings.map((f) => ({
    id: input.newId(),
    rule_id: f.ruleId,
    severity: f.severity,
    severity_rank: SEVERITY_RANK[f.severity],
    category: f.category,
    file_path: f.filePath ?? '',
    line: f.line,
    // The API promises `null` for one-line findings, whatever a rule sent.
    end_line: f.endLine !== null && f.line !== null && f.endLine > f.line ? f.endLine : null,
    message: f.message,
    suggestion: f.suggestion,
    fingerprint: f.fingerprint,
    source: f.source,
  }))
  return chunkJson(rows).map(
    (json) => sql`insert into findings (id, changeset_id, tenant_id, rule_id, severity, severity_rank, category,
        file_path, line, end_line, message, suggestion, fingerprint, source, status, first_revision, last_revision, created_at)
      select j.value ->> 'id', ${input.changesetId}, ${input.tenantId}, j.value ->> 'rule_id', j.value ->> 'severity',
        j.value ->> 'severity_rank', j.value ->> 'category', j.value ->> 'file_path', j.value ->> 'line',
        j.value ->> 'end_line', j.value ->> 'message', j.value ->> 'suggestion', j.value ->> 'fingerprint',
        j.value ->> 'source', 'open', ${input.revision}, ${input.revision}, ${input.now}
      from json_each(${json}) as j where true
      on conflict (changeset_id, fingerprint) do update set
        rule_id = excluded.rule_id, severity = excluded.severity, severity_rank = excluded.severity_rank,
        category = excluded.category, file_path = excluded.file_path, line = excluded.line,
        end_line = excluded.end_line, message = excluded.message, suggestion = excluded.suggestion,
        source = excluded.source, last_revision = excluded.last_revision,
        status_reason = case when findings.status = 'resolved' then 'reappeared in revision ' || excluded.last_revision
          else findings.status_reason end,
        status_by = case when findings.status = 'resolved' then 'system' else findings.status_by end,
        status_at = case when findings.status = 'resolved' then excluded.created_at else findings.status_at end,
        status = case when findings.status = 'resolved' then 'open' else findings.status end`,
  )
}

/** Open findings the new revision no longer produces were fixed: resolve them automatically. */
export function resolveMissingStatement(changesetId: string, revision: number, now: string) {
  return sql`update findings set status = 'resolved', status_by = 'system',
      status_reason = 'no longer present in revision ' || ${revision}, status_at = ${now}
    where changeset_id = ${changesetId} and last_revision < ${revision} and status = 'open'`
}
