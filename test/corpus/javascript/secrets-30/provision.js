// corpus: path=scripts/provision-preview.js
#!/usr/bin/env node
// Creates a preview environment for a pull request: a bucket for uploads, a blob container for
// exports, and a DNS record. Run by the preview workflow; can be run by hand with the same flags.
const { Storage } = require('@google-cloud/storage');
const { BlobServiceClient } = require('@azure/storage-blob');

const PR = process.argv[2];
if (!/^\d+$/.test(PR || '')) {
  console.error('usage: provision-preview.js <pr-number>');
  process.exit(2);
}

// Pinned action and tool revisions the workflow checks out (git SHAs, not credentials).
const TERRAFORM_MODULE_REF = '43069d31fdda32a27c3562eeec4f57c2cae08bb6';
const CHECKOUT_ACTION_SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';

const storage = new Storage({
  projectId: 'acme-previews',
  credentials: {
    type: 'service_account',
    client_email: 'preview-provisioner@acme-previews.iam.gserviceaccount.com',
    private_key: '-----BEGIN PRIVATE KEY-----\nL0jA7VjW+gpfJL2DGf0vMu+itUKE18loqxNVjOuUalzfSalZleCPW2D+u3y6zuVfrwHTPWQt38rHbxPOMuEf\n-----END PRIVATE KEY-----\n', // expect: hardcoded-secret
  },
});

const blobs = BlobServiceClient.fromConnectionString(
  'DefaultEndpointsProtocol=https;AccountName=acmepreviews;AccountKey=w0+Ol736yETtQfX6bwapdDZJ8YdEY+bFpTyl7egc1v0w+PfyJWKgadTUQlsMs+2eTXPgDMKwr6IX5ImLj/w6vg==;EndpointSuffix=core.windows.net', // expect: hardcoded-secret
);

// Local Azurite emulator for `npm run provision:local`; its account key is published in Microsoft's docs.
const AZURITE = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;'; // ok: hardcoded-secret

const DNS_API = 'https://api.cloudflare.com/client/v4/zones/9a1c3e5f7b2d4f6a8c0e1b3d5f7a9c2e/dns_records';

async function main() {
  const bucketName = `acme-preview-pr-${PR}`;
  const [bucket] = await storage.createBucket(bucketName, { location: 'EU', uniformBucketLevelAccess: { enabled: true } });
  const client = process.env.USE_AZURITE ? BlobServiceClient.fromConnectionString(AZURITE) : blobs;
  await client.getContainerClient(`exports-pr-${PR}`).createIfNotExists();
  const res = await fetch(DNS_API, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.CLOUDFLARE_API_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'CNAME', name: `pr-${PR}.preview`, content: 'previews.acme-retail.com', proxied: true }),
  });
  if (!res.ok) throw new Error(`DNS record failed: ${res.status}`);
  console.log(JSON.stringify({ bucket: bucket.name, container: `exports-pr-${PR}`, module: TERRAFORM_MODULE_REF, checkout: CHECKOUT_ACTION_SHA }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
