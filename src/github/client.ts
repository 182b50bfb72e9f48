import { dropInstallationToken, installationToken } from './app-auth'
import type { GitHubAppConfig } from './config'
import { GitHubApiError, githubFetch } from './http'

/** GitHub REST calls as one installation of the App. */
export class GitHubClient {
  constructor(
    readonly config: GitHubAppConfig,
    readonly installationId: number,
  ) {}

  async request(method: string, path: string, options: { body?: unknown; accept?: string } = {}): Promise<Response> {
    const token = await installationToken(this.config, this.installationId)
    try {
      return await githubFetch(this.config, method, path, { authorization: `token ${token}`, ...options })
    } catch (err) {
      // A revoked or expired token: forget it so the redelivered job asks for a new one.
      if (err instanceof GitHubApiError && err.status === 401) {
        dropInstallationToken(this.config, this.installationId)
        throw new GitHubApiError(401, err.message, true, null, err.body)
      }
      throw err
    }
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request(method, path, { body })
    return (await res.json()) as T
  }

  async text(path: string, accept: string): Promise<string> {
    return (await this.request('GET', path, { accept })).text()
  }
}

/** `owner/repo` path segment, encoded. */
export function repoPath(owner: string, repo: string): string {
  return `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`
}
