// corpus: path=worker/backup.js
const { execFile } = require('child_process');
const { promisify } = require('util');
const logger = require('../lib/logger');

const execFileP = promisify(execFile);

async function backupDatabase(name) {
  const file = `/backups/${name}-${Date.now()}.dump`;
  await execFileP('pg_dump', ['-Fc', '-f', file, name]);
  logger.info({ file }, 'backup written');
  return file;
}

async function restoreDatabase(job) {
  const { database, file } = job.data;
  const cp = require('child_process');
  cp.execSync(`pg_restore --clean -d ${database} ${file}`, { stdio: 'inherit' }); // expect: command-injection
  logger.info({ database, file }, 'restored');
}

async function compressBackup(file) {
  await execFileP('gzip', ['-9', file]); // ok: command-injection
  return `${file}.gz`;
}

module.exports = { backupDatabase, restoreDatabase, compressBackup };
