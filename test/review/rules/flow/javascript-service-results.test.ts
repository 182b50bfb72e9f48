/**
 * Values that are not the client's text though request data went near them: an AWS SDK v3 response
 * (`s3.send(new GetObjectCommand({ Key }))`), the words an operator typed into a commander or yargs
 * command, and stored text a pattern vouched for before it runs.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const S3 = "const express = require('express')\nconst { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3')\nconst s3 = new S3Client({})\nconst router = express.Router()\n"

testRule(registered('js/header-injection'), {
  valid: [
    // The object's stored metadata is the service's answer, not the key the client picked.
    { path: 'src/files.js', code: `${S3}router.get('/files/:name', async (req, res) => {\n  const object = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: \`users/\${req.user.id}/\${req.params.name}\` }))\n  res.type(object.ContentType || 'application/octet-stream')\n  object.Body.pipe(res)\n})` },
  ],
  invalid: [
    { path: 'src/files.js', code: `${S3}router.get('/files/:name', async (req, res) => {\n  const object = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: req.params.name }))\n  res.type(req.query.type || object.ContentType)\n  object.Body.pipe(res)\n})`, findings: [{ line: 7 }] },
  ],
})

const COMMANDER = "const { Command } = require('commander')\nconst { execSync } = require('child_process')\nconst fs = require('fs')\nconst yaml = require('js-yaml')\nconst program = new Command()\n"

testRule(registered('js/shell-injection'), {
  valid: [
    // The operator names the service and the revision; the manifest is the checkout's.
    { path: 'bin/deploy.js', code: `${COMMANDER}program.command('rollback <service>').option('--to <revision>').action((service, opts) => {\n  const manifest = yaml.load(fs.readFileSync(\`services/\${service}/deploy.yml\`, 'utf8'))\n  execSync(\`kubectl rollout undo deployment/\${manifest.name} --to-revision=\${opts.to}\`, { stdio: 'inherit' })\n})\nprogram.parse()` },
    { path: 'scripts/tag.js', code: "const yargs = require('yargs')\nconst { execSync } = require('child_process')\nyargs.command('tag <name>', 'tag a release', () => {}, (argv) => {\n  execSync(`git tag ${argv.name} && git push origin ${argv.name}`)\n}).parse()" },
  ],
  invalid: [
    // What a server answered is nobody's command line.
    { path: 'bin/deploy.js', code: `${COMMANDER}const axios = require('axios')\nprogram.command('sync').action(async () => {\n  const { data } = await axios.get('https://deploy.example.com/next')\n  execSync(\`git checkout \${data.branch}\`)\n})\nprogram.parse()`, findings: [{ line: 9 }] },
  ],
})

const VM = "const vm = require('vm')\nconst express = require('express')\nconst router = express.Router()\n"

// A full-match pattern of digits and operators holds request text to arithmetic, alone or spliced into code.
const ARITH = (check: string, pattern = '') => `${VM}${pattern}router.get('/calc', (req, res) => {\n  const expr = String(req.query.expr || '')\n  if (!${check}) return res.sendStatus(400)\n  res.json({ value: Function(\`"use strict"; return (\${expr})\`)() })\n})`

testRule(registered('js/code-eval'), {
  valid: [
    { path: 'src/calc.js', code: ARITH('/^[\\d\\s+\\-*/().]+$/.test(expr)') },
    { path: 'src/calc.js', code: ARITH('ALLOWED.test(expr)', 'const ALLOWED = /^[0-9 +*\\/().-]+$/\n') },
    { path: 'src/rules.js', code: `${VM}router.post('/rules/:id/run', async (req, res) => {\n  const rule = await Rule.findByPk(Number(req.params.id))\n  if (!/^[\\d\\s+\\-*/().<>=]*$/.test(rule.expression)) return res.status(422).end()\n  res.json({ result: new vm.Script(rule.expression).runInNewContext({}, { timeout: 20 }) })\n})` },
  ],
  invalid: [
    // unanchored, one branch unanchored, multi-line, letters let through, another value checked
    { path: 'src/calc.js', code: ARITH('/[\\d\\s+\\-*/().]+/.test(expr)'), findings: [{ line: 7 }] },
    { path: 'src/calc.js', code: ARITH('OK.test(expr)', 'const OK = /^\\d+$|[a-z()]+/\n'), findings: [{ line: 8 }] },
    { path: 'src/calc.js', code: ARITH('/^[\\d+*]+$/m.test(expr)'), findings: [{ line: 7 }] },
    { path: 'src/calc.js', code: ARITH('/^[\\w\\s+*().]+$/.test(expr)'), findings: [{ line: 7 }] },
    { path: 'src/calc.js', code: ARITH('/^[\\d+*]+$/.test(req.query.other)'), findings: [{ line: 7 }] },
    { path: 'src/rules.js', code: `${VM}router.post('/rules/:id/run', async (req, res) => {\n  const rule = await Rule.findByPk(Number(req.params.id))\n  res.json({ result: new vm.Script(rule.expression).runInNewContext({}, { timeout: 20 }) })\n})`, findings: [{ line: 6 }] },
    { path: 'src/rules.js', code: `${VM}router.post('/rules/preview', (req, res) => {\n  if (!/^[\\w\\s().]+$/.test(req.body.expression)) return res.status(422).end()\n  res.json({ result: vm.runInNewContext(\`(\${req.body.expression}) + 1\`, {}) })\n})`, findings: [{ line: 6 }] },
  ],
})
