// corpus: path=src/git/git.service.ts
import { exec as execCb, execFile as execFileCb, spawnSync } from 'node:child_process'
import { promisify } from 'node:util'
import { Injectable, Logger } from '@nestjs/common'

const exec = promisify(execCb)
const execFile = promisify(execFileCb)

@Injectable()
export class GitService {
  private readonly logger = new Logger(GitService.name)

  constructor(private readonly workdir: string) {}

  async clone(repoUrl: string, branch: string): Promise<void> {
    await execFile('git', ['clone', '--depth', '1', '--branch', branch, '--', repoUrl, this.workdir]) // ok: command-injection
  }

  async log(ref: string, limit = 20): Promise<string> {
    const { stdout } = await exec(`git -C ${this.workdir} log --oneline -n ${limit} ${ref}`) // expect: command-injection
    return stdout
  }

  async blame(file: string): Promise<string> {
    const result = spawnSync('git', ['-C', this.workdir, 'blame', '--porcelain', '--', file], { encoding: 'utf8' }) // ok: command-injection
    return result.stdout
  }

  async grep(pattern: string): Promise<string[]> {
    const cmd = 'git -C ' + this.workdir + ' grep -n "' + pattern + '"'
    const { stdout } = await exec(cmd, { maxBuffer: 10 * 1024 * 1024 }) // expect: command-injection
    return stdout.split('\n').filter(Boolean)
  }

  async currentBranch(): Promise<string> {
    const { stdout } = await exec('git rev-parse --abbrev-ref HEAD', { cwd: this.workdir }) // ok: command-injection
    this.logger.debug(`on ${stdout.trim()}`)
    return stdout.trim()
  }
}
