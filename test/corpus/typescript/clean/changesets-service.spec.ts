// corpus: path=test/changesets/service.test.ts
import { env } from 'cloudflare:workers';
import { describe, it } from 'vitest';
import { getDb } from '../../src/db/client';
import { canMove, countByStatus, createChangeset, findChangeset, moveChangeset, ChangesetNotFound } from '../../src/changesets/service';

const tenant = () => `t_${crypto.randomUUID()}`;

describe('changeset service', () => {
  it('creates a changeset with its files', async ({ expect }) => {
    const db = getDb(env);
    const tenantId = tenant();
    const id = await createChangeset(db, { tenantId, title: 'Add login', files: [{ path: 'a.ts', diff: '+x' }] });
    const row = await findChangeset(db, tenantId, id);
    expect(row).toMatchObject({ id, title: 'Add login', status: 'pending' });
  });

  it('hides other tenants\u2019 changesets', async ({ expect }) => {
    const db = getDb(env);
    const id = await createChangeset(db, { tenantId: tenant(), title: 'Mine', files: [{ path: 'a.ts', diff: '+x' }] });
    await expect(findChangeset(db, tenant(), id)).rejects.toBeInstanceOf(ChangesetNotFound);
  });

  it('only makes allowed moves', async ({ expect }) => {
    expect(canMove('pending', 'in_progress')).toBe(true);
    expect(canMove('reviewed', 'pending')).toBe(false);
    const db = getDb(env);
    const tenantId = tenant();
    const id = await createChangeset(db, { tenantId, title: 'T', files: [{ path: 'a.ts', diff: '+x' }] });
    expect(await moveChangeset(db, id, 'pending', 'in_progress')).toBe(true);
    expect(await moveChangeset(db, id, 'pending', 'in_progress')).toBe(false);
    expect(await moveChangeset(db, id, 'in_progress', 'reviewed')).toBe(true);
    expect(await countByStatus(db, tenantId)).toEqual({ reviewed: 1 });
  });
});
