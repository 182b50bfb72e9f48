// corpus: path=services/media/thumbnails.js
const { exec: run, execFile } = require('child_process');
const path = require('path');
const util = require('util');

const execFileAsync = util.promisify(execFile);
const UPLOADS = path.resolve(__dirname, '../../uploads');

function thumbnail(req, res) {
  const file = req.body.file;
  const size = req.body.size || '200x200';
  run(`convert ${UPLOADS}/${file} -resize ${size} ${UPLOADS}/thumb_${file}`, (err) => { // expect: command-injection
    if (err) return res.status(500).json({ error: 'conversion failed' });
    res.json({ thumbnail: `thumb_${file}` });
  });
}

async function thumbnailSafe(req, res) {
  const file = path.basename(req.body.file);
  const size = /^\d{1,4}x\d{1,4}$/.test(req.body.size) ? req.body.size : '200x200';
  await execFileAsync('convert', [path.join(UPLOADS, file), '-resize', size, path.join(UPLOADS, `thumb_${file}`)]); // ok: command-injection
  res.json({ thumbnail: `thumb_${file}` });
}

function diskUsage(_req, res) {
  run('df -h /srv', (err, stdout) => { // ok: command-injection
    if (err) return res.status(500).end();
    res.type('text/plain').send(stdout);
  });
}

module.exports = { thumbnail, thumbnailSafe, diskUsage };
