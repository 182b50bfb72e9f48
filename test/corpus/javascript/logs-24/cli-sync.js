// corpus: path=scripts/sync-users.js
const { syncUsers } = require('../src/services/sync')

const since = process.argv[2] || '1970-01-01'
console.log(`syncing users since ${since}`)  // ok: log-injection

syncUsers(since)
  .then((n) => console.log(`synced ${n} users`))
  .catch((err) => {
    console.error(`sync failed: ${err.message}`)  // ok: log-injection
    process.exit(1)
  })
