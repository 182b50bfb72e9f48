import { azureStorageKey } from '../../../../src/review/rules/secrets/azure-storage-key'
import { testRule } from '../../rule-tester'

const KEY = 'yVHn2rFhpmpZ/D3rIvVf6gAUPALPM3e1TIBjldQjnQWvIbpZD60gp0tJYywbcnysH4tI1f04+/3lunO8T57Cni=='
const ACCOUNT_KEY = 'Account' + 'Key='

testRule(azureStorageKey, {
  valid: [
    { code: 'conn = os.environ["AZURE_STORAGE_CONNECTION_STRING"]\n', path: 'app.py' },
    // Azurite's published emulator key.
    {
      code: `AZURE_STORAGE=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;${ACCOUNT_KEY}Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1\n`,
      path: 'docker-compose.yml',
    },
    { code: `const conn = \`DefaultEndpointsProtocol=https;AccountName=\${name};${ACCOUNT_KEY}\${key}\`\n` },
    { code: `"connection": "DefaultEndpointsProtocol=https;AccountName=acme;${ACCOUNT_KEY}<your-key>"\n`, path: 'appsettings.json' },
    { code: 'UseDevelopmentStorage=true\n', path: 'local.settings.ini' },
  ],
  invalid: [
    {
      code: `"AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acme;${ACCOUNT_KEY}${KEY};EndpointSuffix=core.windows.net"\n`,
      path: 'appsettings.json',
      findings: [{ line: 1, severity: 'critical', message: /`AccountKey=yVHn…\(88 chars\)`/ }],
    },
    {
      code: `conn_str = "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;Shared` + `AccessKey=${KEY.slice(0, 44)}"\n`,
      path: 'worker.py',
      findings: [{ line: 1, message: /shared access key/, suggestion: /SERVICEBUS_CONNECTION_STRING/ }],
    },
    { code: `const blob = BlobServiceClient.fromConnectionString('AccountName=acme;${ACCOUNT_KEY}${KEY}')\n`, findings: [{ line: 1, suggestion: /DefaultAzureCredential/ }] },
  ],
})
