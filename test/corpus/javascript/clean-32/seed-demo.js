// corpus: path=db/seeds/01_demo_workspace.js
'use strict'

const crypto = require('node:crypto')
const bcrypt = require('bcryptjs')

const DEMO_WORKSPACE_ID = '2f6a4c1e-8b3d-4e5f-9a7b-1c2d3e4f5a6b'
const DEMO_OWNER_ID = '0d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6'
const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'demo-password' // ok: hardcoded-secret

const REPOSITORIES = [
  { name: 'web', owner: 'acme', default_branch: 'main' },
  { name: 'api', owner: 'acme', default_branch: 'main' },
  { name: 'mobile', owner: 'acme', default_branch: 'develop' },
]

const LABELS = [
  { key: 'feature', title: 'Features', color: '#2da44e' },
  { key: 'fix', title: 'Bug fixes', color: '#cf222e' },
  { key: 'perf', title: 'Performance', color: '#8250df' },
  { key: 'docs', title: 'Documentation', color: '#0969da' },
  { key: 'chore', title: 'Maintenance', color: '#6e7781' },
]

function fakeSha(seed) {
  return crypto.createHash('sha1').update(seed).digest('hex') // ok: weak-hash
}

exports.seed = async function seed(knex) {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('refusing to seed demo data into production')
  }

  await knex.transaction(async (trx) => {
    await trx('entries').del()
    await trx('releases').del()
    await trx('repositories').del()
    await trx('labels').where({ workspace_id: DEMO_WORKSPACE_ID }).del()
    await trx('memberships').where({ workspace_id: DEMO_WORKSPACE_ID }).del()
    await trx('workspaces').where({ id: DEMO_WORKSPACE_ID }).del()
    await trx('users').where({ id: DEMO_OWNER_ID }).del()

    await trx('users').insert({
      id: DEMO_OWNER_ID,
      email: 'demo@changelog.example.dev',
      display_name: 'Demo Owner',
      password_hash: await bcrypt.hash(DEMO_PASSWORD, 10),
      email_verified_at: trx.fn.now(),
    })

    await trx('workspaces').insert({ id: DEMO_WORKSPACE_ID, name: 'Acme', slug: 'acme', plan: 'team' })
    await trx('memberships').insert({ workspace_id: DEMO_WORKSPACE_ID, user_id: DEMO_OWNER_ID, role: 'owner' })
    await trx('labels').insert(LABELS.map((label) => ({ ...label, workspace_id: DEMO_WORKSPACE_ID })))

    const repoRows = await trx('repositories')
      .insert(REPOSITORIES.map((repo) => ({ ...repo, workspace_id: DEMO_WORKSPACE_ID })))
      .returning(['id', 'name'])

    for (const repo of repoRows) {
      for (let minor = 0; minor < 4; minor += 1) {
        const version = `1.${minor}.0`
        const [release] = await trx('releases')
          .insert({
            repository_id: repo.id,
            version,
            tag_sha: fakeSha(`${repo.name}@${version}`),
            published_at: new Date(Date.UTC(2024, minor * 2, 15)),
          })
          .returning('id')
        const entries = LABELS.slice(0, 3).map((label, i) => ({
          release_id: release.id,
          label_key: label.key,
          title: `${label.title.replace(/s$/, '')} ${i + 1} in ${repo.name} ${version}`,
          pr_number: 100 + minor * 10 + i,
          author_login: i % 2 ? 'octocat' : 'hubot',
        }))
        await trx('entries').insert(entries)
      }
    }

    await trx.raw('SELECT setval(pg_get_serial_sequence(?, ?), (SELECT max(id) FROM releases))', ['releases', 'id']) // ok: sql-injection
  })

  console.log(`seeded demo workspace ${DEMO_WORKSPACE_ID}; sign in as demo@changelog.example.dev`)
}
