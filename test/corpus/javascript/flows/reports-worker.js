// corpus: path=worker/reports.js
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execSync } = require('child_process');
const { generatePdf } = require('./pdf');

async function buildReport(job) {
  const { reportId, rows } = job.data;
  const out = path.join(os.tmpdir(), `report-${reportId}.pdf`);
  await generatePdf(rows, out);
  return out;
}

async function stampReport(job) {
  const { file, stamp } = job.data;
  execSync(`pdftk ${file} stamp ${stamp} output ${file}.stamped`); // expect: command-injection
  fs.renameSync(`${file}.stamped`, file);
}

function cleanup(files) {
  for (let i = 0; i < files.length; i++) {
    if (!fs.existsSync(files[i])) {
      files.splice(i, 1); // expect: mutate-while-iterating
      continue;
    }
    fs.unlinkSync(files[i]);
  }
}

function readManifest(dir) {
  let fd;
  try {
    fd = fs.openSync(path.join(dir, 'manifest.json'), 'r');
    return JSON.parse(fs.readFileSync(fd, 'utf8'));
  } catch {
    return {};
  } finally {
    if (fd !== undefined) fs.closeSync(fd); // ok: finally-control-flow
  }
}

module.exports = { buildReport, stampReport, cleanup, readManifest };
