// corpus: path=src/app.js
'use strict'

const { Pool } = require('pg')
const { exec, execFile } = require('child_process')
const { promisify } = require('util')

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)
const pool = new Pool({ connectionString: process.env.DATABASE_URL })

const AREA_LABELS = new Map([
  ['docs', 'area: docs'],
  ['cli', 'area: cli'],
  ['api', 'area: api'],
])

function parseCommand(body) {
  const match = /^\/(\w+)(?:\s+(.*))?$/m.exec(body || '')
  return match ? { name: match[1], arg: (match[2] || '').trim() } : null
}

/**
 * @param {import('probot').Probot} app
 */
module.exports = (app) => {
  app.on('issues.opened', async (context) => {
    const issue = context.payload.issue
    const repo = context.payload.repository.full_name
    await pool.query(
      `INSERT INTO issues (repo, number, title, author) VALUES ('${repo}', ${issue.number}, '${issue.title}', '${issue.user.login}')`, // expect: sql-injection
    )
    await pool.query('INSERT INTO issue_bodies (repo, number, body) VALUES ($1, $2, $3)', [repo, issue.number, issue.body]) // ok: sql-injection
  })

  app.on('issues.labeled', async (context) => {
    const label = context.payload.label.name
    const { rows } = await pool.query('SELECT owner FROM label_owners WHERE label = $1', [label]) // ok: sql-injection
    if (rows.length === 0) return
    await context.octokit.issues.addAssignees(context.issue({ assignees: rows.map((r) => r.owner) }))
  })

  app.on('issue_comment.created', async (context) => {
    const comment = context.payload.comment
    const command = parseCommand(comment.body)
    if (!command) return

    if (command.name === 'area') {
      const label = AREA_LABELS.get(command.arg)
      if (!label) {
        await context.octokit.issues.createComment(context.issue({ body: `Unknown area. Try one of: ${[...AREA_LABELS.keys()].join(', ')}` }))
        return
      }
      await context.octokit.issues.addLabels(context.issue({ labels: [label] }))
    }

    if (command.name === 'search') {
      const { rows } = await pool.query(
        `SELECT number, title FROM issues WHERE repo = $1 AND title ILIKE '%${command.arg}%' LIMIT 10`, // expect: sql-injection
        [context.payload.repository.full_name],
      )
      const list = rows.map((r) => `- #${r.number} ${r.title}`).join('\n')
      await context.octokit.issues.createComment(context.issue({ body: list || 'No matches.' }))
    }

    if (command.name === 'bisect') {
      const sha = command.arg
      const { stdout } = await execAsync(`git -C /srv/mirror log --oneline -n 20 ${sha}`) // expect: command-injection
      await context.octokit.issues.createComment(context.issue({ body: '```\n' + stdout + '\n```' }))
    }

    if (command.name === 'blame') {
      const file = command.arg
      const { stdout } = await execFileAsync('git', ['-C', '/srv/mirror', 'log', '--format=%an', '-n', '5', '--', file]) // ok: command-injection
      await context.octokit.issues.createComment(context.issue({ body: stdout }))
    }
  })

  app.on('pull_request.opened', async (context) => {
    const pr = context.payload.pull_request
    const branch = pr.head.ref
    await execAsync(`/srv/bin/run-checks.sh ${branch}`) // expect: command-injection
    await execFileAsync('/srv/bin/run-checks.sh', [branch]) // ok: command-injection
    const stats = await pool.query('SELECT count(*) AS n FROM pulls WHERE author = $1', [pr.user.login])
    if (Number(stats.rows[0].n) === 0) {
      await context.octokit.issues.createComment(context.issue({ body: 'Thanks for your first pull request!' }))
    }
  })
}
