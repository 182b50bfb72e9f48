// corpus: path=scripts/seed.js
#!/usr/bin/env node
'use strict';

const { faker } = require('@faker-js/faker');
const db = require('../server/db');

const USERS = Number(process.argv[2] || 20);
const TODOS_PER_USER = Number(process.argv[3] || 10);

async function main() {
  faker.seed(42);
  await db.migrate.latest();
  await db('todos').del();
  await db('users').del();

  for (let u = 0; u < USERS; u++) {
    const [user] = await db('users')
      .insert({ email: faker.internet.email().toLowerCase(), name: faker.person.fullName() })
      .returning('*');
    const todos = Array.from({ length: TODOS_PER_USER }, () => ({
      user_id: user.id,
      title: faker.hacker.phrase().slice(0, 200),
      done: faker.datatype.boolean(),
      due_on: faker.datatype.boolean() ? faker.date.soon({ days: 30 }) : null,
    }));
    await db('todos').insert(todos);
    console.log(`seeded ${user.email} with ${todos.length} todos`);
  }
}

main()
  .then(() => db.destroy())
  .catch(async (err) => {
    console.error(err);
    await db.destroy();
    process.exit(1);
  });
