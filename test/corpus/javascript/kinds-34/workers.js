// corpus: path=scripts/start-workers.js
#!/usr/bin/env node
'use strict';

const { fork } = require('child_process');
const net = require('net');
const repl = require('repl');
const os = require('os');
const path = require('path');

const WORKER = path.join(__dirname, '..', 'src', 'queue-worker.js');
const count = Number(process.env.WORKERS) || os.cpus().length;
const workers = new Map();

function start(index) {
  const child = fork(WORKER, [`--index=${index}`], {
    env: { ...process.env, WORKER_INDEX: String(index) },
    execArgv: [`--inspect=0.0.0.0:${9230 + index}`], // expect: debug-mode
  });
  workers.set(index, child);
  child.on('exit', (code, signal) => {
    workers.delete(index);
    console.warn(`worker ${index} exited (${signal || code}), restarting`);
    setTimeout(() => start(index), 1000);
  });
}

for (let i = 0; i < count; i++) start(i);

net
  .createServer((socket) => {
    const r = repl.start({ prompt: 'workers> ', input: socket, output: socket, terminal: true }); // expect: debug-mode
    r.context.workers = workers;
    r.context.restart = (i) => workers.get(i)?.kill('SIGTERM');
    r.on('exit', () => socket.end());
  })
  .listen(5001, '0.0.0.0');

process.on('SIGTERM', () => {
  for (const child of workers.values()) child.kill('SIGTERM');
  process.exit(0);
});
