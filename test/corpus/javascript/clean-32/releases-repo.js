// corpus: path=src/models/releases-repository.js
'use strict'

const crypto = require('node:crypto')
const knex = require('../db')
const logger = require('../logger')

const SORTABLE = {
  published: 'releases.published_at',
  version: 'releases.version_sort',
  entries: 'entry_count',
}
const DIRECTIONS = new Set(['asc', 'desc'])
const MAX_LIMIT = 100

function escapeLike(value) {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`)
}

async function listReleases(workspaceId, { q, repo, label, sort = 'published', dir = 'desc', limit = 20, cursor } = {}) {
  const column = SORTABLE[sort] || SORTABLE.published
  const direction = DIRECTIONS.has(dir) ? dir : 'desc'
  const query = knex('releases')
    .join('repositories', 'repositories.id', 'releases.repository_id')
    .leftJoin('entries', 'entries.release_id', 'releases.id')
    .where('repositories.workspace_id', workspaceId)
    .groupBy('releases.id', 'repositories.name')
    .select('releases.id', 'releases.version', 'releases.published_at', 'repositories.name as repository')
    .count({ entry_count: 'entries.id' })
    .orderBy(column, direction) // ok: sql-injection
    .limit(Math.min(Number(limit) || 20, MAX_LIMIT))

  if (q) {
    query.where((builder) => {
      builder
        .whereILike('releases.version', `%${escapeLike(q)}%`) // ok: sql-injection
        .orWhereILike('entries.title', `%${escapeLike(q)}%`)
    })
  }
  if (repo) query.where('repositories.name', repo)
  if (label) query.whereExists(knex('entries as e').whereRaw('e.release_id = releases.id').andWhere('e.label_key', label))
  if (cursor) query.where('releases.published_at', '<', new Date(cursor))
  return query
}

async function releaseWithEntries(workspaceId, releaseId) {
  const release = await knex('releases')
    .join('repositories', 'repositories.id', 'releases.repository_id')
    .where({ 'releases.id': releaseId, 'repositories.workspace_id': workspaceId })
    .first('releases.*', 'repositories.name as repository')
  if (!release) return null
  release.entries = await knex('entries').where({ release_id: releaseId }).orderBy(['label_key', 'pr_number'])
  return release
}

async function monthlyCounts(workspaceId, months = 12) {
  const { rows } = await knex.raw( // ok: sql-injection
    `SELECT date_trunc('month', r.published_at) AS month, count(*)::int AS releases
       FROM releases r
       JOIN repositories p ON p.id = r.repository_id
      WHERE p.workspace_id = ?
        AND r.published_at > now() - (? || ' months')::interval
      GROUP BY 1
      ORDER BY 1`,
    [workspaceId, String(Number(months) || 12)],
  )
  return rows
}

async function upsertEntries(releaseId, entries) {
  if (!entries.length) return 0
  const rows = entries.map((entry) => ({
    release_id: releaseId,
    pr_number: entry.number,
    title: entry.title.slice(0, 300),
    label_key: entry.label,
    author_login: entry.author,
    dedupe_key: crypto.createHash('md5').update(`${releaseId}:${entry.number}`).digest('hex'), // ok: weak-hash
  }))
  await knex('entries').insert(rows).onConflict('dedupe_key').merge(['title', 'label_key'])
  logger.info({ releaseId, count: rows.length }, 'entries upserted')
  return rows.length
}

async function deleteRelease(workspaceId, releaseId) {
  return knex.transaction(async (trx) => {
    const owned = await trx('releases')
      .join('repositories', 'repositories.id', 'releases.repository_id')
      .where({ 'releases.id': releaseId, 'repositories.workspace_id': workspaceId })
      .first('releases.id')
    if (!owned) return false
    await trx('entries').where({ release_id: releaseId }).del()
    await trx('releases').where({ id: releaseId }).del()
    return true
  })
}

module.exports = { listReleases, releaseWithEntries, monthlyCounts, upsertEntries, deleteRelease }
