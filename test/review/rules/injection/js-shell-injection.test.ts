import { jsShellInjection } from '../../../../src/review/rules/injection/js-shell-injection'
import { testRule } from '../../rule-tester'

testRule(jsShellInjection, {
  valid: [
    "import { execFile } from 'node:child_process'\nexecFile('git', ['clone', url, dir])",
    "const child = spawn('convert', [src, '-resize', '50%', dst])",
    "const { exec } = require('child_process')\nexec('git status', cb)",
    // regex and db .exec are not child_process
    'const m = /(\\d+)/.exec(`v${version}`)\nconst r = pattern.exec(input)',
    "db.exec(`PRAGMA foreign_keys = ON`)",
    // bare exec without child_process in the file is someone else's function
    'await exec(`build ${target}`)',
    "spawn(`ls ${dir}`, { stdio: 'inherit' })",
    "// execSync(`rm -rf ${dir}`)",
    { code: "import { execSync } from 'child_process'\nexecSync(`rm -rf ${tmp}`)", path: 'test/cleanup.test.ts' },
    // What the deployment's environment sets is the operator's choice, not an attacker's text.
    { code: "const { exec } = require('child_process')\nconst BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/app'\ncron.schedule('30 3 * * *', () => {\n  exec(`find ${BACKUP_DIR} -name '*.dump' -mtime +14 -delete`, (err) => {})\n})", path: 'worker/jobs.js' },
    { code: "import { execSync } from 'node:child_process'\nexport function dump() {\n  execSync(`pg_dump --schema=${process.env.DB_SCHEMA} -f /tmp/out.sql`)\n}", path: 'src/ops/dump.ts' },
  ],
  invalid: [
    // A configured directory does not vouch for the request's part of the command.
    { code: "const { exec } = require('child_process')\nconst BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/app'\napp.delete('/backups/:name', (req, res) => {\n  exec(`rm ${BACKUP_DIR}/${req.params.name}`, () => res.sendStatus(204))\n})", path: 'src/routes/backups.js', findings: [{ line: 4, message: /req\.params/ }] },
    {
      code: "import { exec } from 'node:child_process'\nexec(`git clone ${url} ${dir}`, (err) => done(err))",
      findings: [
        {
          line: 2,
          message: /`exec\(`git clone \$\{url\} \$\{dir\}`.*template literal from `url`, `dir`/,
          severity: 'critical',
          suggestion: /execFile\('git', \['clone', url, dir\], \(err\) => done\(err\)\)/,
        },
      ],
    },
    {
      code: "const out = require('child_process').execSync('ls -la ' + req.query.path).toString()",
      findings: [{ line: 1, message: /string concatenation from `req\.query\.path`/ }],
    },
    {
      code: "import cp from 'child_process'\nconst cmd = `ffmpeg -i ${input} ${output}`\ncp.execSync(cmd)",
      findings: [{ line: 3, message: /built on line 2/ }],
    },
    {
      code: "import { spawn } from 'child_process'\nspawn(`tar -czf ${name}.tgz ${dir}`, { shell: true })",
      findings: [{ line: 2, suggestion: /execFile/ }],
    },
    {
      code: "import { execSync } from 'child_process'\nexecSync(`convert ${file} --out=${out}`)",
      findings: [{ line: 2, suggestion: /argument array/ }],
    },
  ],
})
