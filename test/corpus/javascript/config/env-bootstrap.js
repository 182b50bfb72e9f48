// corpus: path=scripts/bootstrap.js
#!/usr/bin/env node
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // expect: tls-verify-disabled

const fs = require('fs');
const path = require('path');
const https = require('https');

const TEMPLATE = path.join(__dirname, '..', '.env.example');
const TARGET = path.join(__dirname, '..', '.env');
const SCHEMA_URL = 'http://json-schema.org/draft-07/schema#'; // ok: cleartext-http
const DOCS_URL = 'http://docs.internal.example.com/setup'; // ok: cleartext-http

function copyEnv() {
  if (fs.existsSync(TARGET)) {
    console.log('.env already exists, leaving it alone');
    return;
  }
  fs.copyFileSync(TEMPLATE, TARGET);
  console.log(`wrote ${TARGET}; see ${DOCS_URL}`);
}

function downloadFixtures() {
  const agent = new https.Agent({ ca: fs.readFileSync(path.join(__dirname, 'corp-ca.pem')) }); // ok: tls-verify-disabled
  https.get('https://fixtures.example.com/seed.json', { agent }, (res) => {
    res.pipe(fs.createWriteStream(path.join(__dirname, '..', 'seed.json')));
  });
}

copyEnv();
downloadFixtures();
console.log('schema', SCHEMA_URL);
