// corpus: path=bin/release.js
#!/usr/bin/env node
'use strict';

const { execSync, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const [, , bump = 'patch', ...rest] = process.argv;
const dryRun = rest.includes('--dry-run');

function sh(cmd) {
  console.log(`$ ${cmd}`);
  if (!dryRun) return execSync(cmd, { stdio: 'inherit' });
}

const pkgPath = path.join(process.cwd(), 'package.json');
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
const [major, minor, patch] = pkg.version.split('.').map(Number);
const next =
  bump === 'major' ? `${major + 1}.0.0` : bump === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;

const branch = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { encoding: 'utf8' }).trim();
if (branch !== 'main') {
  console.error(`refusing to release from ${branch}`);
  process.exit(1);
}

pkg.version = next;
if (!dryRun) fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
sh(`git commit -am "release v${next}"`);
sh(`git tag v${next}`);
const notesFile = rest.find((a) => !a.startsWith('--'));
if (notesFile) {
  const notes = fs.readFileSync(path.resolve(notesFile), 'utf8');
  sh(`gh release create v${next} --notes-file ${notesFile}`);
  console.log(notes.split('\n').slice(0, 5).join('\n'));
}
sh('git push --follow-tags');
