// corpus: path=test/routes/orders.spec.js
const request = require('supertest');
const express = require('express');
const { pool } = require('../../src/db');

jest.mock('../../src/db', () => ({ pool: { query: jest.fn() } }));
jest.mock('../../src/middleware/auth', () => ({
  requireAuth: (req, _res, next) => {
    req.user = { id: 'c_1' };
    next();
  },
}));

const orders = require('../../src/routes/orders');

function app() {
  const a = express();
  a.use(express.json());
  a.use('/orders', orders);
  return a;
}

describe('GET /orders', () => {
  beforeEach(() => pool.query.mockReset());

  it('lists the caller\'s orders', async () => {
    pool.query.mockResolvedValue({ rows: [{ id: 1, total: 990, status: 'open' }] });
    const res = await request(app()).get('/orders');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ id: 1, total: 990, status: 'open' }]);
    expect(pool.query.mock.calls[0][1]).toEqual(['c_1']);
  });

  it('returns 404 for an order that belongs to someone else', async () => {
    pool.query.mockResolvedValue({ rows: [] });
    const res = await request(app()).get('/orders/42');
    expect(res.status).toBe(404);
  });

  it('passes errors to the error handler', async () => {
    pool.query.mockRejectedValue(new Error('db down'));
    const res = await request(app()).get('/orders/42');
    expect(res.status).toBe(500);
  });
});
