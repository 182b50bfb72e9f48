// corpus: path=prisma/seed.ts
import { PrismaClient, Role, IssueStatus } from '@prisma/client'
import bcrypt from 'bcryptjs'
import { createHash, randomUUID } from 'node:crypto'

const prisma = new PrismaClient()

const ADMIN_EMAIL = 'admin@tracker.local'
const ADMIN_PASSWORD = process.env.SEED_ADMIN_PASSWORD ?? 'admin1234' // ok: hardcoded-secret
const DEMO_ORG_ID = 'org_01HQ8Z3K5M7N9P1R3T5V7X9Z0B'
const DEMO_PROJECT_KEYS = ['WEB', 'API', 'OPS']
const STATUSES: IssueStatus[] = ['OPEN', 'IN_PROGRESS', 'IN_REVIEW', 'DONE']

const TITLES = [
  'Login page flickers on Safari',
  'Export CSV includes archived issues',
  'Rate limiter counts preflight requests',
  'Add keyboard shortcut for assigning to me',
  'Webhook retries should back off',
  'Dark mode contrast on badges',
]

function deterministicId(seed: string) {
  const hex = createHash('sha256').update(seed).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

async function main() {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Refusing to seed a production database')
  }

  const organization = await prisma.organization.upsert({
    where: { id: DEMO_ORG_ID },
    update: {},
    create: { id: DEMO_ORG_ID, name: 'Demo Org', slug: 'demo' },
  })

  const admin = await prisma.user.upsert({
    where: { email: ADMIN_EMAIL },
    update: {},
    create: {
      email: ADMIN_EMAIL,
      displayName: 'Admin',
      role: Role.ADMIN,
      organizationId: organization.id,
      passwordHash: await bcrypt.hash(ADMIN_PASSWORD, 10),
    },
  })

  const members = await Promise.all(
    ['ada', 'grace', 'linus'].map((name) =>
      prisma.user.upsert({
        where: { email: `${name}@tracker.local` },
        update: {},
        create: {
          id: deterministicId(name),
          email: `${name}@tracker.local`,
          displayName: name[0].toUpperCase() + name.slice(1),
          role: Role.MEMBER,
          organizationId: organization.id,
          passwordHash: bcrypt.hashSync('password', 4), // ok: hardcoded-secret
        },
      }),
    ),
  )

  for (const key of DEMO_PROJECT_KEYS) {
    const project = await prisma.project.upsert({
      where: { organizationId_key: { organizationId: organization.id, key } },
      update: {},
      create: { organizationId: organization.id, key, name: `${key} project`, ownerId: admin.id },
    })
    await prisma.issue.deleteMany({ where: { projectId: project.id } })
    await prisma.issue.createMany({
      data: TITLES.map((title, i) => ({
        id: randomUUID(),
        projectId: project.id,
        number: i + 1,
        title,
        status: STATUSES[i % STATUSES.length],
        assigneeId: members[i % members.length].id,
        reporterId: admin.id,
      })),
    })
  }

  await prisma.$executeRaw`UPDATE "Project" SET "issueCounter" = (SELECT count(*) FROM "Issue" WHERE "Issue"."projectId" = "Project"."id")` // ok: sql-injection

  console.log(`Seeded ${DEMO_PROJECT_KEYS.length} projects for ${organization.slug}; admin login ${ADMIN_EMAIL}`)
}

main()
  .catch((err) => {
    console.error(err)
    process.exitCode = 1
  })
  .finally(() => prisma.$disconnect())
