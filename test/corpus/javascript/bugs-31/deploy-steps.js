const { spawn } = require('child_process')

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))))
  })
}

async function runSteps(steps, { dryRun = false, keepGoing = false } = {}) {
  const completed = []
  for (const step of steps) {
    if (dryRun) {
      console.log(`would run: ${step.cmd} ${step.args.join(' ')}`)
      continue
    }
    try {
      await run(step.cmd, step.args, { cwd: step.cwd })
      completed.push(step.name)
    } finally {
      if (keepGoing) continue // expect: finally-control-flow
    }
  }
  return completed
}

async function runCleanup(steps) {
  const failures = []
  try {
    await runSteps(steps.filter((s) => s.phase === 'main'))
  } finally {
    for (const step of steps.filter((s) => s.phase === 'cleanup')) {
      try {
        await run(step.cmd, step.args, { cwd: step.cwd })
      } catch (err) {
        failures.push(step.name)
        continue // ok: finally-control-flow
      }
    }
  }
  return failures
}

module.exports = { run, runSteps, runCleanup }
