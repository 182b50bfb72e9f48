'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { generatePdf } = require('./pdf');

async function buildReport(job) {
  const { reportId, rows } = job.data;
  const out = path.join(os.tmpdir(), `report-${reportId}.pdf`);
  await generatePdf(rows, out);
  return out;
}

module.exports = { buildReport };
