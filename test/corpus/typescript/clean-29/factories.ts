// corpus: path=test/factories.ts
import { randomUUID } from 'node:crypto'
import { faker } from '@faker-js/faker'
import { SignJWT } from 'jose'
import type { Task, User, Workspace } from '../src/db/schema'

export const TEST_PASSWORD = 'hunter2-but-longer' // ok: hardcoded-secret
export const TEST_JWT_KEY = new TextEncoder().encode('test-only-hs256-key-0123456789abcdef') // ok: hardcoded-secret
export const FIXED_DATE = new Date('2024-06-01T12:00:00.000Z')

// Known-format IDs make snapshot output stable across runs.
export const IDS = {
  workspace: 'ws_01HF3Z8Q1N8J7K2M4P6R9T0V2X',
  owner: 'usr_01HF3ZA1B2C3D4E5F6G7H8J9K0',
  task: 'tsk_01HF3ZB0C1D2E3F4G5H6J7K8M9',
} as const

let seq = 0

export function workspaceFactory(overrides: Partial<Workspace> = {}): Workspace {
  seq += 1
  return {
    id: `ws_${randomUUID().replaceAll('-', '')}`,
    name: `Workspace ${seq}`,
    slug: `workspace-${seq}`,
    plan: 'free',
    createdAt: FIXED_DATE,
    ...overrides,
  }
}

export function userFactory(overrides: Partial<User> = {}): User {
  seq += 1
  return {
    id: `usr_${randomUUID().replaceAll('-', '')}`,
    email: `user-${seq}@example.test`,
    name: faker.person.fullName(),
    // bcrypt of TEST_PASSWORD at cost 4, so tests that log in stay fast.
    passwordHash: '$2b$04$3y6mH1cQ9K9l1H5iQx0Y8eQ5x3o6mS1gYv0nZ8mH2k4bP7tJcU1aK', // ok: hardcoded-secret
    role: 'member',
    workspaceId: IDS.workspace,
    createdAt: FIXED_DATE,
    ...overrides,
  }
}

export function taskFactory(overrides: Partial<Task> = {}): Task {
  seq += 1
  return {
    id: `tsk_${randomUUID().replaceAll('-', '')}`,
    workspaceId: IDS.workspace,
    title: faker.hacker.phrase(),
    status: 'todo',
    priority: faker.helpers.arrayElement(['low', 'medium', 'high'] as const),
    assigneeId: null,
    dueAt: null,
    position: seq * 1024,
    createdAt: FIXED_DATE,
    updatedAt: FIXED_DATE,
    ...overrides,
  }
}

export async function accessTokenFor(user: Pick<User, 'id' | 'workspaceId' | 'role'>, expiresIn = '10m'): Promise<string> {
  return new SignJWT({ wid: user.workspaceId, role: user.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer('https://auth.tasks.example.com/')
    .setAudience('tasks-api')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(TEST_JWT_KEY)
}

export const expiredToken =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfdGVzdCIsImV4cCI6MTYwMDAwMDAwMH0.4Adcj3UFYzPUVaVF43FmMze6JcOmsR7w9Eh2lnbGgjc' // ok: hardcoded-secret

export const githubWebhook = {
  headers: {
    'x-github-event': 'issues',
    'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
    'x-hub-signature-256': 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17', // ok: hardcoded-secret
  },
  secret: "It's a Secret to Everybody", // ok: hardcoded-secret
  body: '{"action":"opened","issue":{"number":1347,"title":"Found a bug"}}',
}

export function resetSequence(): void {
  seq = 0
}
