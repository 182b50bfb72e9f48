// corpus: path=prisma/seed.ts
import { PrismaClient, Role, TaskStatus } from '@prisma/client'
import { hash } from '@node-rs/argon2'
import { randomBytes, createHash } from 'node:crypto'

const prisma = new PrismaClient()

const DEMO_PASSWORD = 'demo-password' // ok: hardcoded-secret
const DEMO_WORKSPACE_ID = 'ws_01HF3Z8Q1N8J7K2M4P6R9T0V2X'
const COLUMNS: TaskStatus[] = ['todo', 'in_progress', 'review', 'done']

const SAMPLE_TASKS = [
  'Set up CI for the mobile app',
  'Write the Q3 roadmap',
  'Migrate search to the new index',
  'Fix flaky login test',
  'Design empty states for the board',
  'Rotate the staging database password',
  'Audit API key scopes',
  'Add CSV export to reports',
]

async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Refusing to seed a production database')
  }

  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 }) // ok: hardcoded-secret

  const workspace = await prisma.workspace.upsert({
    where: { id: DEMO_WORKSPACE_ID },
    update: {},
    create: { id: DEMO_WORKSPACE_ID, name: 'Demo Workspace', slug: 'demo', plan: 'team' },
  })

  const people = [
    { email: 'owner@demo.test', name: 'Olivia Owner', role: Role.OWNER },
    { email: 'admin@demo.test', name: 'Adam Admin', role: Role.ADMIN },
    { email: 'member@demo.test', name: 'Mia Member', role: Role.MEMBER },
  ]
  const users = await Promise.all(
    people.map((p) =>
      prisma.user.upsert({
        where: { email: p.email },
        update: { passwordHash },
        create: { ...p, passwordHash, workspaceId: workspace.id },
      }),
    ),
  )

  await prisma.task.deleteMany({ where: { workspaceId: workspace.id } })
  await prisma.task.createMany({
    data: SAMPLE_TASKS.map((title, i) => ({
      workspaceId: workspace.id,
      title,
      status: COLUMNS[i % COLUMNS.length],
      assigneeId: users[i % users.length].id,
      position: (i + 1) * 1024,
    })),
  })

  const rawKey = `tk_test_${randomBytes(24).toString('base64url')}`
  await prisma.apiKey.create({
    data: {
      workspaceId: workspace.id,
      name: 'Seeded key',
      prefix: rawKey.slice(0, 12),
      hash: createHash('sha256').update(rawKey).digest('hex'),
    },
  })

  await prisma.$executeRaw`UPDATE "Workspace" SET "seededAt" = now() WHERE id = ${workspace.id}`

  console.log(`Seeded ${users.length} users and ${SAMPLE_TASKS.length} tasks in ${workspace.slug}`)
  console.log(`Log in with owner@demo.test / ${DEMO_PASSWORD}`) // ok: sensitive-logging
  console.log(`API key for local testing: ${rawKey}`) // ok: sensitive-logging
}

main()
  .catch((err) => {
    console.error(err)
    process.exitCode = 1
  })
  .finally(() => prisma.$disconnect())
