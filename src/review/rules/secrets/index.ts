import type { Rule } from '../../types'
import { awsAccessKey } from './aws-access-key'
import { azureStorageKey } from './azure-storage-key'
import { connectionStringPassword } from './connection-string-password'
import { envFile } from './env-file'
import { googleCredentials } from './google-credentials'
import { hardcodedSecret } from './hardcoded-secret'
import { jwt } from './jwt'
import { packageRegistryToken } from './package-registry-token'
import { privateKey } from './private-key'
import { saasApiKey } from './saas-api-key'
import { slackToken } from './slack-token'
import { stripeKey } from './stripe-key'
import { telegramBotToken } from './telegram-bot-token'
import { vcsToken } from './vcs-token'
import { webhookUrl } from './webhook-url'

/** Provider-specific detectors first, then the generic ones that skip what those already report. */
export const secretsRules: Rule[] = [
  awsAccessKey,
  googleCredentials,
  azureStorageKey,
  vcsToken,
  packageRegistryToken,
  slackToken,
  webhookUrl,
  telegramBotToken,
  stripeKey,
  saasApiKey,
  privateKey,
  jwt,
  connectionStringPassword,
  hardcodedSecret,
  envFile,
]
