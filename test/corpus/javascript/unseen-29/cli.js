// corpus: path=bin/deploy.js
#!/usr/bin/env node
'use strict'

const { Command } = require('commander')
const { execSync, spawnSync } = require('child_process')
const fs = require('fs')
const path = require('path')
const https = require('https')
const yaml = require('js-yaml')

const program = new Command()
program.name('deploy').description('Deploy a service from the monorepo').version('2.4.0')

program
  .command('release <service>')
  .option('-t, --tag <tag>', 'image tag', 'latest')
  .option('--dry-run', 'print the commands only')
  .action((service, opts) => {
    const manifest = yaml.load(fs.readFileSync(path.join('services', service, 'deploy.yml'), 'utf8'))
    const args = ['build', '-t', `${manifest.image}:${opts.tag}`, path.join('services', service)]
    if (opts.dryRun) return console.log('docker', args.join(' '))
    const result = spawnSync('docker', args, { stdio: 'inherit' }) // ok: command-injection
    process.exitCode = result.status
  })

program
  .command('config <service>')
  .action((service) => {
    const file = path.join('services', service, 'deploy.yml')
    const manifest = yaml.load(fs.readFileSync(file, 'utf8'))
    console.log(JSON.stringify(manifest, null, 2))
  })

program
  .command('notify <channel>')
  .option('-m, --message <text>', 'message')
  .action((channel, opts) => {
    const body = JSON.stringify({ channel, text: opts.message })
    const req = https.request({
      hostname: 'hooks.slack.com',
      path: '/services/T024BE7LD/B08JQ1N2LMP/9tXq2ZbLw7QpR4sKd1yVn3Hc', // expect: hardcoded-secret
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    })
    req.end(body)
  })

program
  .command('status')
  .action(() => {
    const agent = new https.Agent({ rejectUnauthorized: false }) // expect: tls-verify-disabled
    https.get('https://deploy.internal.example.com/status', { agent }, (res) => res.pipe(process.stdout))
  })

program
  .command('rollback <service>')
  .option('--to <revision>', 'revision')
  .action((service, opts) => {
    const manifest = yaml.load(fs.readFileSync(path.join('services', service, 'deploy.yml'), 'utf8'))
    execSync(`kubectl rollout undo deployment/${manifest.name} --to-revision=${Number(opts.to) || 0}`, { stdio: 'inherit' })
  })

program.parse()
