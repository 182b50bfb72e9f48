// corpus: path=workers/convert.js
const { exec, execFile, spawn } = require('node:child_process')
const cp = require('child_process')
const path = require('node:path')
const { promisify } = require('node:util')
const { Worker } = require('bullmq')

const execFileAsync = promisify(execFile)
const UPLOADS = process.env.UPLOAD_DIR || '/srv/uploads'

async function toPdf(job) {
  const input = path.join(UPLOADS, job.data.file)
  const outDir = path.dirname(input)
  await execFileAsync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outDir, input]) // ok: command-injection
  return input.replace(/\.[^.]+$/, '.pdf')
}

function thumbnail(job) {
  return new Promise((resolve, reject) => {
    const cmd = `convert ${job.data.file}[0] -thumbnail ${job.data.size} ${job.data.file}.png`
    exec(cmd, { cwd: UPLOADS }, (err) => (err ? reject(err) : resolve(`${job.data.file}.png`))) // expect: command-injection
  })
}

function wordCount(job) {
  return new Promise((resolve, reject) => {
    const child = spawn('wc', ['-w', path.join(UPLOADS, path.basename(job.data.file))]) // ok: command-injection
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('close', (code) => (code === 0 ? resolve(parseInt(out, 10)) : reject(new Error(`wc exited ${code}`))))
  })
}

function archive(job) {
  const name = job.data.archiveName
  cp.execSync('tar czf /srv/archives/' + name + '.tgz -C ' + UPLOADS + ' .') // expect: command-injection
}

function stripMetadata(job) {
  const child = spawn('exiftool', ['-all=', job.data.file], { shell: true, cwd: UPLOADS }) // expect: command-injection
  return new Promise((resolve) => child.on('close', resolve))
}

const handlers = { pdf: toPdf, thumbnail, wordCount, archive, stripMetadata }

new Worker('convert', async (job) => handlers[job.name](job), {
  connection: { host: process.env.REDIS_HOST, port: 6379 },
  concurrency: 2,
})
