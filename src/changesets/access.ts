import { findChangeset } from '../db/changesets'
import type { Db } from '../db/client'
import type { ChangesetRow } from '../db/schema'
import { changesetNotFound } from '../errors'

/** The caller's changeset, or 404: another tenant's changeset is indistinguishable from none. */
export async function requireChangeset(db: Db, tenantId: string, id: string): Promise<ChangesetRow> {
  const row = await findChangeset(db, tenantId, id)
  if (!row) throw changesetNotFound(id)
  return row
}
