// corpus: path=test/factories.ts
import { randomUUID } from 'node:crypto';
import type { ApiKey, Organization, User } from '../src/db/schema';

export const TEST_PASSWORD = 'P@ssw0rd-for-tests'; // ok: hardcoded-secret
export const TEST_API_KEY = 'inv_test_0f9e8d7c6b5a4f3e2d1c0b9a'; // ok: hardcoded-secret
export const BCRYPT_OF_TEST_PASSWORD = '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'; // ok: hardcoded-secret

let seq = 0;

export function makeOrganization(overrides: Partial<Organization> = {}): Organization {
  seq += 1;
  return {
    id: randomUUID(),
    name: `Org ${seq}`,
    slug: `org-${seq}`,
    webhookSecret: 'whsec_factory_0000000000', // ok: hardcoded-secret
    createdAt: new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  };
}

export function makeUser(org: Organization, overrides: Partial<User> = {}): User {
  seq += 1;
  return {
    id: randomUUID(),
    organizationId: org.id,
    email: `user${seq}@example.test`,
    passwordHash: BCRYPT_OF_TEST_PASSWORD,
    role: 'member',
    resetToken: null,
    createdAt: new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  };
}

export function makeApiKey(user: User, overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: randomUUID(),
    userId: user.id,
    prefix: 'inv_test',
    keyHash: 'c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a', // ok: hardcoded-secret
    scopes: ['inventory:read'],
    ...overrides,
  };
}
