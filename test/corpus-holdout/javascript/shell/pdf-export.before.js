const { execFile, exec } = require('node:child_process')
const path = require('node:path')
const { promisify } = require('node:util')

const run = promisify(execFile)
const OUT_DIR = process.env.PDF_OUT_DIR || '/var/app/pdf'


module.exports = { renderPdf }
