// corpus: path=src/export/pdf.js
const { execFile, exec } = require('node:child_process')
const path = require('node:path')
const { promisify } = require('node:util')

const run = promisify(execFile)
const runShell = promisify(exec)
const OUT_DIR = process.env.PDF_OUT_DIR || '/var/app/pdf'

async function renderPdf(url, name) {
  const out = path.join(OUT_DIR, `${path.basename(name)}.pdf`)
  await run('chromium', ['--headless', '--disable-gpu', `--print-to-pdf=${out}`, url]) // ok: command-injection
  return out
}

async function renderPdfWithMargins(url, name, margins) {
  const out = path.join(OUT_DIR, `${path.basename(name)}.pdf`)
  await runShell(`wkhtmltopdf -T ${margins.top} -B ${margins.bottom} "${url}" ${out}`) // expect: command-injection
  return out
}

module.exports = { renderPdf, renderPdfWithMargins }
