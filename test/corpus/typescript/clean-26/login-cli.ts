// corpus: path=packages/cli/src/commands/login.ts
import { Command } from 'commander'
import { password as promptPassword, input } from '@inquirer/prompts'
import keytar from 'keytar'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'
import chalk from 'chalk'

const SERVICE = 'code-review-cli'
const CONFIG_DIR = process.env.CRA_CONFIG_DIR ?? path.join(homedir(), '.config', 'cra')
const CONFIG_FILE = path.join(CONFIG_DIR, 'config.json')
const DEFAULT_API_URL = 'https://api.example.com'

interface CliConfig {
  apiUrl: string
  account?: string
}

async function readConfig(): Promise<CliConfig> {
  try {
    return JSON.parse(await readFile(CONFIG_FILE, 'utf8')) as CliConfig
  } catch {
    return { apiUrl: DEFAULT_API_URL }
  }
}

async function writeConfig(config: CliConfig): Promise<void> {
  await mkdir(CONFIG_DIR, { recursive: true, mode: 0o700 })
  // The config holds no secret; the token itself goes to the OS keychain.
  await writeFile(CONFIG_FILE, JSON.stringify(config, null, 2), { mode: 0o600 })
}

export async function getToken(): Promise<string | null> {
  if (process.env.CRA_TOKEN) return process.env.CRA_TOKEN
  const config = await readConfig()
  return config.account ? keytar.getPassword(SERVICE, config.account) : null
}

async function verifyToken(apiUrl: string, token: string): Promise<{ login: string } | null> {
  const res = await fetch(new URL('/v1/whoami', apiUrl), { headers: { Authorization: `Bearer ${token}` } })
  return res.ok ? ((await res.json()) as { login: string }) : null
}

export const loginCommand = new Command('login')
  .description('Store an API token for this machine')
  .option('--api-url <url>', 'API base URL', DEFAULT_API_URL)
  .option('--with-token', 'read the token from standard input')
  .action(async (opts: { apiUrl: string; withToken?: boolean }) => {
    let token: string
    if (opts.withToken) {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      token = Buffer.concat(chunks).toString('utf8').trim()
    } else {
      console.log(`Create a token at ${new URL('/settings/tokens', opts.apiUrl)}`)
      token = await promptPassword({ message: 'Paste your API token:', mask: '*' })
    }
    if (!token) {
      console.error(chalk.red('No token given.'))
      process.exitCode = 1
      return
    }
    const who = await verifyToken(opts.apiUrl, token)
    if (!who) {
      console.error(chalk.red('That token was rejected by the server.'))
      process.exitCode = 1
      return
    }
    await keytar.setPassword(SERVICE, who.login, token)
    await writeConfig({ apiUrl: opts.apiUrl, account: who.login })
    console.log(chalk.green(`Logged in as ${who.login}.`))
  })

export const logoutCommand = new Command('logout').description('Forget the stored token').action(async () => {
  const config = await readConfig()
  if (!config.account) {
    console.log('Not logged in.')
    return
  }
  const confirmed = await input({ message: `Log out ${config.account}? (y/N)`, default: 'n' })
  if (confirmed.toLowerCase() !== 'y') return
  await keytar.deletePassword(SERVICE, config.account)
  await writeConfig({ apiUrl: config.apiUrl })
  console.log('Logged out.')
})
