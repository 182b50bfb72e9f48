// corpus: path=scripts/seed.ts
import { PrismaClient, Role } from '@prisma/client'
import bcrypt from 'bcryptjs'
import { faker } from '@faker-js/faker'

const prisma = new PrismaClient()

const DEV_PASSWORD = process.env.SEED_PASSWORD ?? 'password'
const ORG_COUNT = Number(process.env.SEED_ORGS ?? 3)
const USERS_PER_ORG = Number(process.env.SEED_USERS ?? 5)

async function main() {
  if (process.env.NODE_ENV === 'production') {
    console.error('Refusing to seed a production database.')
    process.exit(1)
  }
  faker.seed(42)
  const passwordHash = await bcrypt.hash(DEV_PASSWORD, 10)

  await prisma.$transaction([
    prisma.membership.deleteMany(),
    prisma.apiToken.deleteMany(),
    prisma.user.deleteMany(),
    prisma.organization.deleteMany(),
  ])

  const admin = await prisma.user.create({
    data: {
      email: 'admin@localhost',
      name: 'Local Admin',
      passwordHash,
      role: Role.ADMIN,
      emailVerifiedAt: new Date(),
    },
  })

  for (let o = 0; o < ORG_COUNT; o++) {
    const org = await prisma.organization.create({
      data: { name: faker.company.name(), slug: faker.helpers.slugify(faker.company.name()).toLowerCase() },
    })
    await prisma.membership.create({ data: { userId: admin.id, organizationId: org.id, role: 'owner' } })
    for (let u = 0; u < USERS_PER_ORG; u++) {
      const user = await prisma.user.create({
        data: {
          email: faker.internet.email().toLowerCase(),
          name: faker.person.fullName(),
          passwordHash,
          role: Role.MEMBER,
        },
      })
      await prisma.membership.create({ data: { userId: user.id, organizationId: org.id, role: 'member' } })
    }
  }

  console.log(`Seeded ${ORG_COUNT} organizations with ${USERS_PER_ORG} users each.`)
  console.log(`Sign in as admin@localhost with the password from SEED_PASSWORD (default "password").`)
}

main()
  .catch((err) => {
    console.error(err)
    process.exit(1)
  })
  .finally(() => prisma.$disconnect())
