/** Which AI reviewer this deployment has configured, for `/health`. */
import { findAiSetupProblem, readAiConfig, type AiEnv } from './config'
import { chatCompletionsUrl } from './openai-provider'

/** `off`, `workers-ai:<model>`, `openai:<model>@<host>` or `misconfigured: <why>`. Never the key or full URL. */
export function describeAiProvider(env: AiEnv): string {
  const config = readAiConfig(env)
  const problem = findAiSetupProblem(env, config)
  if (problem) return `misconfigured: ${problem}`
  if (config.provider === 'off') return 'off'
  if (config.provider === 'workers-ai') return `workers-ai:${config.model}`
  return `openai:${config.model}@${new URL(chatCompletionsUrl(config.baseUrl)!).host}`
}
