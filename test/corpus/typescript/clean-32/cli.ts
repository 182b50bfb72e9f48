// corpus: path=packages/cli/src/commands/deploy.ts
import { Command, Option } from 'commander'
import { execa } from 'execa'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import ora from 'ora'
import pc from 'picocolors'
import { loadProjectConfig } from '../config'
import { ApiClient } from '../api-client'

const DEFAULT_API = 'https://api.tracker.example.com'
const IGNORED = new Set(['node_modules', '.git', '.next', '.turbo', 'coverage'])

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk)
  return hash.digest('hex')
}

async function* walk(dir: string, root = dir): AsyncGenerator<{ file: string; rel: string }> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (IGNORED.has(entry.name) || entry.name.startsWith('.env')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(full, root)
    else if (entry.isFile()) yield { file: full, rel: path.relative(root, full).split(path.sep).join('/') }
  }
}

export const deploy = new Command('deploy')
  .description('Build the project and upload it as a new deployment')
  .argument('[dir]', 'project directory', '.')
  .option('--prod', 'promote the deployment to production', false)
  .option('--token <token>', 'API token (defaults to $TRACKER_TOKEN)')
  .addOption(new Option('--api <url>', 'API base URL').default(DEFAULT_API).hideHelp())
  .option('--skip-build', 'upload the existing build output', false)
  .action(async (dir: string, opts: { prod: boolean; token?: string; api: string; skipBuild: boolean }) => {
    const projectDir = path.resolve(dir)
    const config = await loadProjectConfig(projectDir)
    const token = opts.token ?? process.env.TRACKER_TOKEN
    if (!token) {
      console.error(pc.red('No API token: pass --token or set TRACKER_TOKEN'))
      process.exitCode = 1
      return
    }

    if (!opts.skipBuild) {
      const spinner = ora(`Building with ${config.buildCommand.join(' ')}`).start()
      try {
        await execa(config.buildCommand[0]!, config.buildCommand.slice(1), { cwd: projectDir, env: { NODE_ENV: 'production' } }) // ok: command-injection
        spinner.succeed('Build finished')
      } catch (err) {
        spinner.fail('Build failed')
        console.error((err as { stderr?: string }).stderr ?? err)
        process.exitCode = 1
        return
      }
    }

    const outDir = path.join(projectDir, config.outputDir)
    const files: Array<{ rel: string; sha: string; size: number }> = []
    for await (const { file, rel } of walk(outDir)) {
      files.push({ rel, sha: await sha256File(file), size: (await stat(file)).size })
    }
    const client = new ApiClient(opts.api, token)
    const { missing, deploymentId } = await client.createDeployment(config.projectId, files)
    const upload = ora(`Uploading ${missing.length} of ${files.length} files`).start()
    for (const sha of missing) {
      const entry = files.find((f) => f.sha === sha)!
      await client.uploadFile(deploymentId, sha, await readFile(path.join(outDir, entry.rel)))
    }
    upload.succeed('Upload complete')

    const deployment = await client.finalize(deploymentId, { production: opts.prod })
    console.log(`${pc.green('✔')} Deployed ${pc.bold(deployment.url)}${opts.prod ? pc.dim(' (production)') : ''}`)
  })

export const logs = new Command('logs')
  .description('Print the build log of a deployment')
  .argument('<deployment>', 'deployment id')
  .option('--token <token>', 'API token (defaults to $TRACKER_TOKEN)')
  .action(async (deploymentId: string, opts: { token?: string }) => {
    const client = new ApiClient(DEFAULT_API, opts.token ?? process.env.TRACKER_TOKEN ?? '')
    for await (const line of client.streamLogs(deploymentId)) process.stdout.write(line + '\n')
  })

export const pack = new Command('pack')
  .description('Create a tarball of the build output for offline upload')
  .argument('[dir]', 'project directory', '.')
  .action(async (dir: string) => {
    const projectDir = path.resolve(dir)
    const config = await loadProjectConfig(projectDir)
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'tracker-pack-'))
    try {
      const tarball = path.join(projectDir, `${config.projectId}.tgz`)
      await execa('tar', ['-czf', tarball, '-C', path.join(projectDir, config.outputDir), '.']) // ok: command-injection
      console.log(`wrote ${path.relative(process.cwd(), tarball)}`)
    } finally {
      await rm(tmp, { recursive: true, force: true })
    }
  })
