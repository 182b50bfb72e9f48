// corpus: path=scripts/release-notes.ts
#!/usr/bin/env tsx
import { execFileSync, execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [, , fromTag = '', toRef = 'HEAD'] = process.argv;

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim(); // ok: command-injection
}

const since = fromTag || git(['describe', '--tags', '--abbrev=0']);
const log = git(['log', '--no-merges', '--format=%s (%h)', `${since}..${toRef}`]);
const branch = execSync('git rev-parse --abbrev-ref HEAD', { encoding: 'utf8' }).trim(); // ok: command-injection
const lines = log.split('\n').filter(Boolean);

const notes = [`# Changes since ${since}`, '', ...lines.map((l) => `- ${l}`), '', `_Generated from ${branch}._`].join('\n');
writeFileSync('RELEASE_NOTES.md', notes + '\n');
console.log(`wrote ${lines.length} entries to RELEASE_NOTES.md`);
