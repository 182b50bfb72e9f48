// Flags Azure storage account keys and shared access keys in connection strings (`AccountKey=…`).
// Known false positives: none; the public Azurite emulator key is skipped.
import type { LineRule, RuleHit } from '../../types'
import { maskSecret, rotateAndLoad, shannonEntropy } from './util'

const ACCOUNT_KEY = /\b(AccountKey|SharedAccessKey)\s*=\s*([A-Za-z0-9+/]{40,}={0,2})/g
/** The storage emulator's documented key (Azurite, `UseDevelopmentStorage=true`). */
const EMULATOR_KEY_PREFIX = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw'

export const azureStorageKey: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/azure-storage-key',
    title: 'Azure account key committed',
    severity: 'critical',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'An `AccountKey` in a storage connection string is full control of every blob, queue and table in the account; a `SharedAccessKey` does the same for a Service Bus or Event Hubs namespace.',
    examples: {
      bad: 'conn = "DefaultEndpointsProtocol=https;AccountName=acme;Account' + 'Key=q8Fz3LkP0xW2vN7rT1yB5mC9dH4jS6gA0eR2uI8oK3lZ7xV1nM5bQ9wE4tY6pU2aD8fG0hJ3kL7zX1cV5bN9mQ==;EndpointSuffix=core.windows.net"\n',
      good: 'conn = os.environ["AZURE_STORAGE_CONNECTION_STRING"]\nlocal = "UseDevelopmentStorage=true"\n',
    },
  },
  trigger: ['AccessKey', 'AccountKey'],
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('AccessKey') && !text.includes('AccountKey')) return undefined
    const hits: RuleHit[] = []
    for (const m of text.matchAll(ACCOUNT_KEY)) {
      const value = m[2]!
      if (value.startsWith(EMULATOR_KEY_PREFIX) || shannonEntropy(value) < 4) continue
      const account = m[1] === 'AccountKey'
      hits.push({
        line: ctx.line.newLine,
        message: account
          ? `Azure storage account key (\`AccountKey=${maskSecret(value)}\`) is committed; it gives full access to the storage account.`
          : `Azure shared access key (\`SharedAccessKey=${maskSecret(value)}\`) is committed; it grants the policy's rights on the namespace.`,
        suggestion:
          rotateAndLoad(ctx.file, 'key (regenerate it in the portal)', account ? 'AZURE_STORAGE_CONNECTION_STRING' : 'SERVICEBUS_CONNECTION_STRING') +
          ' Prefer managed identities (`DefaultAzureCredential`) over account keys.',
      })
    }
    return hits
  },
}
