// corpus: path=server/routes/todos.test.js
const request = require('supertest');
const { createApp } = require('../app');
const db = require('../db');
const { tokenFor } = require('../../test/helpers');

describe('todos API', () => {
  let app;
  let token;

  beforeAll(async () => {
    await db.migrate.latest();
    app = createApp();
  });

  beforeEach(async () => {
    await db('todos').del();
    await db('users').del();
    const [user] = await db('users').insert({ email: 'kim@example.com' }).returning('*');
    token = tokenFor(user);
  });

  afterAll(() => db.destroy());

  const auth = () => ({ Authorization: `Bearer ${token}` });

  it('creates and lists todos', async () => {
    await request(app).post('/todos').set(auth()).send({ title: 'Write tests' }).expect(201);
    await request(app).post('/todos').set(auth()).send({ title: 'Ship it', due_on: '2030-01-01' }).expect(201);
    const res = await request(app).get('/todos').set(auth()).expect(200);
    expect(res.body.map((t) => t.title)).toEqual(['Ship it', 'Write tests']);
  });

  it('rejects an empty title', async () => {
    const res = await request(app).post('/todos').set(auth()).send({ title: '   ' }).expect(422);
    expect(res.body.error).toBe('validation_failed');
  });

  it('marks a todo as done', async () => {
    const created = await request(app).post('/todos').set(auth()).send({ title: 'Laundry' });
    const res = await request(app).patch(`/todos/${created.body.id}`).set(auth()).send({ done: true }).expect(200);
    expect(res.body.done).toBe(true);
  });

  it("does not touch another user's todo", async () => {
    const created = await request(app).post('/todos').set(auth()).send({ title: 'Mine' });
    const [other] = await db('users').insert({ email: 'lee@example.com' }).returning('*');
    await request(app)
      .delete(`/todos/${created.body.id}`)
      .set({ Authorization: `Bearer ${tokenFor(other)}` })
      .expect(404);
  });

  it('requires a token', async () => {
    await request(app).get('/todos').expect(401);
  });
});
