// corpus: path=scripts/release.js
#!/usr/bin/env node
const { execSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const pkgPath = path.join(__dirname, '..', 'package.json');
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
const bump = process.argv[2] || 'patch';

if (!['major', 'minor', 'patch'].includes(bump)) {
  console.error(`usage: release.js [major|minor|patch]`);
  process.exit(1);
}

const dirty = execSync('git status --porcelain', { encoding: 'utf8' }).trim();
if (dirty) {
  console.error('working tree is dirty; commit or stash first');
  process.exit(1);
}

const [major, minor, patch] = pkg.version.split('.').map((n) => parseInt(n, 10));
const next = bump === 'major' ? `${major + 1}.0.0` : bump === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
pkg.version = next;
fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
const notes = path.join(tmp, 'NOTES.md');
const log = execSync(`git log --pretty=format:"- %s" v${major}.${minor}.${patch}..HEAD`, { encoding: 'utf8' });
fs.writeFileSync(notes, `## v${next}\n\n${log}\n`);

execSync(`git commit -am ${JSON.stringify(`release v${next}`)}`, { stdio: 'inherit' });
execSync(`git tag -a v${next} -F ${JSON.stringify(notes)}`, { stdio: 'inherit' });
const pushed = spawnSync('git', ['push', '--follow-tags'], { stdio: 'inherit' });
if (pushed.status !== 0) process.exit(pushed.status || 1);
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`released v${next}`);
