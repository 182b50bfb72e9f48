// corpus: path=scripts/seed.js
#!/usr/bin/env node
const { Client } = require('pg')
const { faker } = require('@faker-js/faker')

async function main() {
  const count = Number(process.argv[2] || 100)
  const client = new Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    await client.query('BEGIN')
    for (let i = 0; i < count; i++) {
      const email = faker.internet.email().toLowerCase()
      const name = faker.person.fullName()
      await client.query('INSERT INTO users (email, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [email, name])
    }
    await client.query('COMMIT')
    console.log(`seeded ${count} users`)
  } catch (err) {
    await client.query('ROLLBACK')
    console.error(err)
    process.exitCode = 1
  } finally {
    await client.end()
  }
}

main()
