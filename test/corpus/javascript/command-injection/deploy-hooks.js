// corpus: path=ci/deploy-hooks.js
import { execSync, spawn } from 'node:child_process';
import express from 'express';
import { execa } from 'execa';
import shell from 'shelljs';

const app = express();
app.use(express.json());

app.post('/hooks/deploy', (req, res) => {
  const { branch } = req.body;
  const output = execSync('git fetch origin && git checkout ' + branch + ' && npm run build', { cwd: '/srv/site' }); // expect: command-injection
  res.type('text/plain').send(output);
});

app.post('/hooks/deploy-v2', async (req, res) => {
  const { branch } = req.body;
  if (!/^[\w./-]+$/.test(branch)) return res.status(400).json({ error: 'bad branch name' });
  await execa('git', ['checkout', branch], { cwd: '/srv/site' }); // ok: command-injection
  res.json({ ok: true });
});

app.post('/hooks/logs', async (req, res) => {
  const service = req.body.service;
  const { stdout } = await execa(`journalctl -u ${service} -n 200`, { shell: true }); // expect: command-injection
  res.type('text/plain').send(stdout);
});

app.post('/hooks/clean', (req, res) => {
  const dir = req.body.dir;
  shell.exec(`rm -rf /srv/site/cache/${dir}`); // expect: command-injection
  res.json({ ok: true });
});

app.post('/hooks/restart', (req, res) => {
  const child = spawn('systemctl', ['restart', 'site.service'], { stdio: 'ignore' }); // ok: command-injection
  child.on('exit', (code) => res.json({ code }));
});

app.post('/hooks/tail', (req, res) => {
  const lines = Number.parseInt(req.body.lines, 10) || 100;
  const child = spawn('tail', ['-n', String(lines), '/var/log/site.log']); // ok: command-injection
  child.stdout.pipe(res);
});

app.post('/hooks/grep', (req, res) => {
  const child = spawn('sh', ['-c', `grep -i "${req.body.pattern}" /var/log/site.log`]); // expect: command-injection
  child.stdout.pipe(res);
});

export default app;
