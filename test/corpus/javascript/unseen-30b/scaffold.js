// corpus: path=bin/scaffold.js
#!/usr/bin/env node
'use strict'

const { Command } = require('commander')
const AdmZip = require('adm-zip')
const fs = require('fs')
const path = require('path')
const os = require('os')
const { execSync, execFileSync } = require('child_process')
const ejs = require('ejs')

const REGISTRY = process.env.SCAFFOLD_REGISTRY || 'https://templates.example.com'

async function download(name) {
  const res = await fetch(`${REGISTRY}/archives/${encodeURIComponent(name)}.zip`)
  if (!res.ok) throw new Error(`template ${name} not found (${res.status})`)
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-')), `${name}.zip`)
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()))
  return file
}

// Template archives are published by anyone with a registry account.
function extract(archive, dest) {
  const zip = new AdmZip(archive)
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue
    const target = path.join(dest, entry.entryName)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, entry.getData()) // expect: path-traversal
  }
}

function extractChecked(archive, dest) {
  const root = path.resolve(dest)
  const zip = new AdmZip(archive)
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue
    const target = path.resolve(root, entry.entryName)
    if (!target.startsWith(root + path.sep)) throw new Error(`entry escapes the project: ${entry.entryName}`)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, entry.getData()) // ok: path-traversal
  }
}

function renderTemplates(dir, data) {
  for (const name of fs.readdirSync(dir, { recursive: true })) {
    if (!String(name).endsWith('.ejs')) continue
    const file = path.join(dir, String(name))
    const out = ejs.render(fs.readFileSync(file, 'utf8'), data, { filename: file })
    fs.writeFileSync(file.replace(/\.ejs$/, ''), out)
    fs.unlinkSync(file)
  }
}

const program = new Command()
program.name('scaffold').version('1.8.0')

program
  .command('new <template> <dir>')
  .option('--strict', 'refuse entries outside the target folder')
  .option('--name <name>', 'project name')
  .action(async (template, dir, opts) => {
    const archive = await download(template)
    fs.mkdirSync(dir, { recursive: true })
    if (opts.strict) extractChecked(archive, dir)
    else extract(archive, dir)
    renderTemplates(dir, { name: opts.name || path.basename(dir) })
    execFileSync('npm', ['install'], { cwd: dir, stdio: 'inherit' }) // ok: command-injection
  })

program
  .command('clean <dir>')
  .action((dir) => {
    fs.rmSync(path.resolve(dir, 'node_modules'), { recursive: true, force: true }) // ok: path-traversal
  })

program
  .command('run <script>')
  .option('--cwd <dir>', 'project folder', '.')
  .action((script, opts) => {
    execSync(`npm run ${script}`, { cwd: opts.cwd, stdio: 'inherit' }) // ok: command-injection
  })

program.parseAsync(process.argv).catch((err) => {
  process.stderr.write(`${err.message}\n`)
  process.exitCode = 1
})
