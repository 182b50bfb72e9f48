// corpus: path=scripts/release.ts
import { execFileSync, execSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Command } from 'commander'
import semver from 'semver'

interface PackageJson {
  name: string
  version: string
}

const program = new Command()
  .option('--bump <level>', 'major, minor or patch', 'patch')
  .option('--dry-run', 'print what would happen', false)
  .parse()

const opts = program.opts<{ bump: semver.ReleaseType; dryRun: boolean }>()
const root = path.resolve(__dirname, '..')
const pkgPath = path.join(root, 'package.json')

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim() // ok: command-injection
}

function ensureClean(): void {
  const status = git('status', '--porcelain')
  if (status) throw new Error(`working tree not clean:\n${status}`)
}

function bump(): string {
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as PackageJson
  const next = semver.inc(pkg.version, opts.bump)
  if (!next) throw new Error(`cannot bump ${pkg.version} by ${opts.bump}`)
  pkg.version = next
  if (!opts.dryRun) writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n')
  return next
}

function main(): void {
  ensureClean()
  const version = bump()
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD')
  if (branch !== 'main') throw new Error(`release from main, not ${branch}`)
  if (opts.dryRun) {
    console.log(`would release v${version}`)
    return
  }
  git('commit', '-am', `release: v${version}`)
  git('tag', `v${version}`)
  execSync('npm publish --access public', { cwd: root, stdio: 'inherit' }) // ok: command-injection
  console.log(`released v${version}`)
}

main()
