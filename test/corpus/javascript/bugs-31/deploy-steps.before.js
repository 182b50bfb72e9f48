const { spawn } = require('child_process')

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))))
  })
}

async function runSteps(steps, { dryRun = false } = {}) {
  const completed = []
  for (const step of steps) {
    if (dryRun) {
      console.log(`would run: ${step.cmd} ${step.args.join(' ')}`)
      continue
    }
    await run(step.cmd, step.args, { cwd: step.cwd })
    completed.push(step.name)
  }
  return completed
}

module.exports = { run, runSteps }
