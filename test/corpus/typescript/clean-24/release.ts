// corpus: path=scripts/release.ts
#!/usr/bin/env -S npx tsx
import { Command, InvalidArgumentError } from 'commander'
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import semver from 'semver'

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '..')

type Bump = 'major' | 'minor' | 'patch' | 'prerelease'

function parseBump(value: string): Bump {
  if (value === 'major' || value === 'minor' || value === 'patch' || value === 'prerelease') return value
  throw new InvalidArgumentError('expected major, minor, patch or prerelease')
}

async function git(...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: ROOT })
  return stdout.trim()
}

async function ensureCleanTree() {
  const status = await git('status', '--porcelain')
  if (status) throw new Error(`working tree is not clean:\n${status}`)
  const branch = await git('rev-parse', '--abbrev-ref', 'HEAD')
  if (branch !== 'main') throw new Error(`releases are cut from main, not ${branch}`)
}

async function readPackage(dir: string): Promise<{ name: string; version: string; private?: boolean }> {
  return JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'))
}

async function changelogSince(tag: string | null): Promise<string[]> {
  const range = tag ? `${tag}..HEAD` : 'HEAD'
  const log = await git('log', range, '--no-merges', '--format=%s')
  return log
    .split('\n')
    .filter(Boolean)
    .filter((line) => !line.startsWith('chore(release)'))
}

async function latestTag(): Promise<string | null> {
  try {
    return await git('describe', '--tags', '--abbrev=0', '--match', 'v*')
  } catch {
    return null
  }
}

const program = new Command()
  .name('release')
  .description('Bump the version, write the changelog and tag the release')
  .argument('<bump>', 'major | minor | patch | prerelease', parseBump)
  .option('--preid <id>', 'prerelease identifier', 'rc')
  .option('--dry-run', 'print what would happen without writing anything', false)
  .option('--no-push', 'create the tag locally only')
  .action(async (bump: Bump, opts: { preid: string; dryRun: boolean; push: boolean }) => {
    await ensureCleanTree()
    const pkg = await readPackage(ROOT)
    const next = semver.inc(pkg.version, bump, opts.preid)
    if (!next) throw new Error(`cannot bump ${pkg.version} by ${bump}`)

    const previous = await latestTag()
    const entries = await changelogSince(previous)
    const section = [`## v${next} (${new Date().toISOString().slice(0, 10)})`, '', ...entries.map((e) => `- ${e}`), ''].join('\n')

    console.log(`${pkg.name}: ${pkg.version} -> ${next} (${entries.length} changes since ${previous ?? 'the start'})`)
    if (opts.dryRun) {
      console.log(section)
      return
    }

    const changelogPath = path.join(ROOT, 'CHANGELOG.md')
    const existing = await readFile(changelogPath, 'utf8').catch(() => '# Changelog\n\n')
    const [title, ...rest] = existing.split('\n\n')
    await writeFile(changelogPath, [title, section, ...rest].join('\n\n'))
    await writeFile(path.join(ROOT, 'package.json'), JSON.stringify({ ...pkg, version: next }, null, 2) + '\n')

    await git('add', 'package.json', 'CHANGELOG.md')
    await git('commit', '-m', `chore(release): v${next}`)
    await git('tag', '-a', `v${next}`, '-m', `v${next}`)
    if (opts.push) {
      await git('push', '--follow-tags', 'origin', 'main')
      console.log(`pushed v${next}`)
    } else {
      console.log(`tagged v${next}; push with: git push --follow-tags origin main`)
    }
  })

program.parseAsync().catch((err: Error) => {
  console.error(err.message)
  process.exitCode = 1
})
