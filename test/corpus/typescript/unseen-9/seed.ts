// corpus: path=scripts/seed.ts
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PrismaClient } from '@prisma/client';

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: 'prisma/seed.json' },
    schema: { type: 'string', default: 'public' },
    out: { type: 'string', default: 'tmp' },
    reset: { type: 'boolean', default: false },
  },
});

const prisma = new PrismaClient();

async function main() {
  if (values.reset) {
    execSync(`npx prisma migrate reset --force --skip-seed --schema prisma/schema.prisma`, { stdio: 'inherit' });
  }
  const seed = JSON.parse(readFileSync(resolve(process.cwd(), values.file!), 'utf8')) as { users: { email: string; name: string }[] };
  await prisma.$executeRawUnsafe(`SET search_path TO "${values.schema}"`);
  for (const u of seed.users) {
    await prisma.user.upsert({ where: { email: u.email }, create: u, update: { name: u.name } });
  }
  const target = process.argv[2] ?? values.out!;
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'seeded.txt'), `${seed.users.length} users at ${new Date().toISOString()}\n`);
  execSync(`pg_dump --schema=${values.schema} --data-only > ${join(target, 'seed.sql')}`, { stdio: 'inherit' });
  console.log(`seeded ${seed.users.length} users`);
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
