import { readConfig } from '../config'
import { getDb, nowIso } from '../db/client'
import { supersedeRevision } from '../db/review-runs'
import { ApiError } from '../errors'
import type { Logger } from '../log'
import { describeError } from '../log'
import type { ReviewOptions } from '../contracts/review-options'
import type { Principal } from '../types'
import { requireChangeset } from './access'
import { checkReviewOptions } from './check-options'
import { prepareFiles, toFileRows, type DiffSource } from './prepare-files'
import { afterCommit, type Defer } from './submit'

/**
 * Submits the next revision of a changeset's diffs. It is reviewed like the first; its
 * findings are matched to the previous ones by fingerprint when the review commits.
 */
export async function submitRevision(
  env: Env,
  principal: Principal,
  changesetId: string,
  input: DiffSource & { options?: ReviewOptions },
  log: Logger,
  defer?: Defer,
): Promise<{ revision: number; files: number }> {
  const db = getDb(env.DB)
  const changeset = await requireChangeset(db, principal.tenantId, changesetId)
  const { limits } = readConfig(env)
  const number = changeset.revision + 1
  if (number > limits.maxRevisions) {
    const message = `changeset ${changesetId} already has ${changeset.revision} revisions, the most MAX_REVISIONS (${limits.maxRevisions}) allows`
    throw new ApiError('conflict', message, { details: [{ path: 'MAX_REVISIONS', message }] })
  }
  checkReviewOptions(input.options)
  const files = prepareFiles(input, limits)
  try {
    await supersedeRevision(db, {
      changesetId,
      tenantId: principal.tenantId,
      number,
      previousStatus: changeset.status,
      ...toFileRows(files, { changesetId, tenantId: principal.tenantId, revision: number }),
      options: input.options,
      now: nowIso(),
    })
  } catch (err) {
    if (/constraint/i.test(describeError(err))) {
      throw new ApiError('conflict', `Revision ${number} was submitted concurrently; fetch the changeset and retry`)
    }
    throw err
  }
  await afterCommit(env, changesetId, number, log, defer)
  return { revision: number, files: files.length }
}
