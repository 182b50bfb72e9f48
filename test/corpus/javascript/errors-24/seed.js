// corpus: path=scripts/seed.js
const { seedDatabase } = require('../src/db/seed')

seedDatabase()
  .then((count) => console.log(`seeded ${count} rows`))
  .catch((err) => {
    console.error(err.stack)  // ok: error-exposure
    process.stderr.write(`${err.stack}\n`)  // ok: error-exposure
    process.exit(1)
  })
