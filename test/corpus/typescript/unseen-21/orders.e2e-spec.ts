// corpus: path=test/orders.e2e-spec.ts
import { INestApplication, ValidationPipe } from '@nestjs/common'
import { Test } from '@nestjs/testing'
import request from 'supertest'
import { DataSource } from 'typeorm'
import { AppModule } from '../src/app.module'
import { OrderStatus } from '../src/orders/order.entity'

describe('Orders (e2e)', () => {
  let app: INestApplication
  let db: DataSource
  let token: string

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile()
    app = moduleRef.createNestApplication()
    app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }))
    await app.init()
    db = app.get(DataSource)
    const login = await request(app.getHttpServer())
      .post('/auth/login')
      .send({ email: 'buyer@example.test', password: 'correct horse battery staple' })
    token = login.body.accessToken
  })

  afterAll(async () => {
    await db.query('TRUNCATE orders, order_items CASCADE')
    await app.close()
  })

  it('creates an order and returns it pending', async () => {
    const res = await request(app.getHttpServer())
      .post('/orders')
      .set('Authorization', `Bearer ${token}`)
      .send({ items: [{ sku: 'TSHIRT-M', quantity: 2 }] })
      .expect(201)
    expect(res.body.status).toBe(OrderStatus.Pending)
    expect(res.body.totalCents).toBe(3998)
  })

  it('rejects unknown fields', async () => {
    await request(app.getHttpServer())
      .post('/orders')
      .set('Authorization', `Bearer ${token}`)
      .send({ items: [{ sku: 'TSHIRT-M', quantity: 1 }], totalCents: 1 })
      .expect(400)
  })

  it('searches orders by sku without leaking other customers', async () => {
    const res = await request(app.getHttpServer())
      .get('/orders')
      .query({ sku: "TSHIRT-M' OR '1'='1" })
      .set('Authorization', `Bearer ${token}`)
      .expect(200)
    expect(res.body.every((o: { customerId: string }) => o.customerId === res.body[0]?.customerId)).toBe(true)
  })

  it('refuses to ship a cancelled order', async () => {
    const created = await request(app.getHttpServer())
      .post('/orders')
      .set('Authorization', `Bearer ${token}`)
      .send({ items: [{ sku: 'MUG', quantity: 1 }] })
    await db.query(`UPDATE orders SET status = 'cancelled' WHERE id = $1`, [created.body.id])
    await request(app.getHttpServer())
      .post(`/orders/${created.body.id}/ship`)
      .set('Authorization', `Bearer ${token}`)
      .expect(409)
  })
})
