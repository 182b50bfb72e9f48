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

module.exports = { backupDatabase };
