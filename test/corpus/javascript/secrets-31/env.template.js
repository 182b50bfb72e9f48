// corpus: path=scripts/write-env-template.js
// Writes .env.example for new contributors; every value is a placeholder they replace.
const fs = require('fs');
const path = require('path');

const TEMPLATE = {
  DATABASE_URL: 'postgresql://USER:PASSWORD@localhost:5432/fieldnote', // ok: hardcoded-secret
  STRIPE_SECRET_KEY: 'sk_test_...', // ok: hardcoded-secret
  STRIPE_WEBHOOK_SECRET: 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', // ok: hardcoded-secret
  AUTH0_CLIENT_SECRET: 'your-auth0-client-secret', // ok: hardcoded-secret
  ALGOLIA_ADMIN_KEY: '<algolia-admin-key>', // ok: hardcoded-secret
  SESSION_SECRET: 'generate-with-openssl-rand-hex-32', // ok: hardcoded-secret
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', // ok: hardcoded-secret
};

function render(template) {
  return Object.entries(template)
    .map(([name, value]) => `${name}=${value}`)
    .join('\n');
}

const target = path.join(__dirname, '..', '.env.example');
fs.writeFileSync(target, render(TEMPLATE) + '\n');
console.log(`wrote ${path.relative(process.cwd(), target)}`);
