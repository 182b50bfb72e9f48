// corpus: path=scripts/write-config.js
const fs = require('fs')
const path = require('path')

const target = path.join(process.env.APP_HOME || '/srv/app', 'config', 'credentials.json')
fs.writeFileSync(target, JSON.stringify({ dbPassword: process.env.DB_PASSWORD }, null, 2))
fs.chmodSync(target, 0o600) // ok: insecure-permissions
