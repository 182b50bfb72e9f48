// What a submission says about itself: a title from the branch and the last commit, the author
// from git, and the commits it contains. CI checkouts are detached, so their variables help.
import { commitSubjects, currentBranch, lastCommitSubject, userName } from './git.mjs'

const MAX_TITLE = 200
const MAX_AUTHOR = 100
const MAX_DESCRIPTION = 20_000
// The service refuses control characters in prose fields (they drive terminals and hide text).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/** The branch name, from git or (in a detached CI checkout) from the CI's variables. */
export function branchName(cwd, env = process.env) {
  return (
    currentBranch(cwd) ??
    (env.GITHUB_HEAD_REF ||
      env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ||
      env.GITHUB_REF_NAME ||
      env.CI_COMMIT_REF_NAME ||
      env.BRANCH_NAME || // Jenkins multibranch
      env.GIT_BRANCH || // Jenkins git plugin
      null)
  )
}

export function describeChanges({ cwd, base, title, env = process.env }) {
  const branch = branchName(cwd, env)
  const subject = lastCommitSubject(cwd)
  const fullTitle = title ?? ([branch, subject].filter(Boolean).join(': ') || 'Local changes')
  const author =
    userName(cwd) || env.GITHUB_ACTOR || env.GITLAB_USER_LOGIN || env.BUILD_USER_ID || env.USER || env.USERNAME || 'unknown'
  const subjects = commitSubjects(base.commit, cwd)
  const lines = [`Compared with ${base.label}${base.commit ? ` (${base.commit.slice(0, 12)})` : ''}.`]
  if (subjects.length > 0) lines.push('', 'Commits:', ...subjects.map((s) => `- ${s}`))
  return {
    title: truncate(fullTitle.trim() || 'Local changes', MAX_TITLE),
    author: truncate(author.trim() || 'unknown', MAX_AUTHOR),
    description: truncate(lines.join('\n'), MAX_DESCRIPTION),
    branch,
  }
}

/**
 * The request body. With contents (only when the service's schema has `FileInput.content`) the
 * files go one by one; otherwise the whole diff goes as one string for the service to split.
 */
export function buildBody({ changes, options, contents, meta }) {
  const source = contents
    ? { files: changes.files.map((f) => ({ file_path: f.path, diff_content: f.diff, ...(contents.has(f.path) ? { content: contents.get(f.path) } : {}) })) }
    : { diff: changes.diff }
  const withOptions = Object.keys(options).length > 0 ? { options } : {}
  return meta ? { title: meta.title, description: meta.description, author: meta.author, ...source, ...withOptions } : { ...source, ...withOptions }
}

/** True when the service accepts whole new-side contents next to each file's diff. */
export async function serverTakesContents(client) {
  try {
    const res = await client.fetch(`${client.url}/openapi.json`, { signal: AbortSignal.timeout(10_000) })
    if (!res.ok) return false
    const doc = await res.json()
    return Boolean(doc?.components?.schemas?.FileInput?.properties?.content)
  } catch {
    return false
  }
}

function truncate(text, max) {
  const clean = text.replace(CONTROL, '')
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`
}
