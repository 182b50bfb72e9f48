// corpus: path=test/fixtures/users.ts
export const adminUser = {
  id: 'usr_admin',
  email: 'admin@example.test',
  password: 'Admin123!', // ok: hardcoded-secret
  role: 'admin' as const,
};

export const memberUser = {
  id: 'usr_member',
  email: 'member@example.test',
  password: 'hunter2', // ok: hardcoded-secret
  role: 'member' as const,
};

export const fakeJwtSecret = 'test-secret'; // ok: hardcoded-secret
export const fakeStripeKey = 'sk_test_fake'; // ok: hardcoded-secret

export function authHeader(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}
