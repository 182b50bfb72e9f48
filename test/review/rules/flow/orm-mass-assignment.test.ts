import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('js/mass-assignment'), {
  valid: [
    // a table on the database handle given fields picked by name, and a cache on another handle
    { code: "router.post('/users', async (req, res) => {\n  res.json(await db.users.create({ email: req.body.email, name: req.body.name }))\n})", path: 'src/routes/users.js' },
    { code: "router.post('/users', async (req, res) => {\n  await cache.users.create(req.body)\n  res.sendStatus(204)\n})", path: 'src/routes/users.js' },
    // Named fields only, through the same asserted record.
    {
      code: "import { Request, Response } from 'express'\n\nexport async function update(req: Request, res: Response) {\n  const user = await User.findByPk(req.params.id)\n  await user!.update({ name: req.body.name })\n  res.json(user)\n}",
      path: 'src/controllers/users.ts',
    },
    {
      code: "app.patch('/projects/:id', async (c) => {\n  const { name } = await c.req.json<{ name: string }>()\n  await drizzle(c.env.DB).update(projects).set({ name }).where(eq(projects.id, c.req.param('id')))\n  return c.body(null, 204)\n})",
      path: 'src/routes/projects.ts',
    },
    {
      code: "@Controller('inventory')\nexport class InventoryController {\n  constructor(private readonly em: EntityManager) {}\n  @Patch(':id/quantity')\n  async adjust(@Param('id') id: string, @Body() dto: AdjustQuantityDto) {\n    const item = await this.em.findOneOrFail(Item, id)\n    this.em.assign(item, { quantity: dto.quantity })\n    await this.em.flush()\n  }\n}",
      path: 'src/inventory/inventory.controller.ts',
    },
    // The request's own MikroORM manager (`em()` over `RequestContext`), handed fields picked from the body.
    {
      code: "const em = () => RequestContext.getEntityManager()!\napp.patch('/products/:id', async (request, reply) => {\n  const product = await em().findOneOrFail(Product, { id: request.params.id })\n  const { name, priceCents } = request.body\n  em().assign(product, { name, priceCents })\n  await em().flush()\n  return reply.send(product)\n})",
      path: 'src/modules/catalog/catalog.routes.ts',
    },
  ],
  invalid: [
    // a table kept on the database handle or the models module under its name
    { code: "router.post('/users', async (req, res) => {\n  res.json(await db.users.create(req.body))\n})", path: 'src/routes/users.js', findings: [{ line: 2 }] },
    { code: "router.post('/invoices', async (req, res) => {\n  res.json(await models.invoice.create(req.body))\n})", path: 'src/routes/invoices.js', findings: [{ line: 2 }] },
    // A record Sequelize may return as null, asserted non-null before the update.
    {
      code: "import { Request, Response } from 'express'\n\nexport async function update(req: Request, res: Response) {\n  const user = await User.findByPk(req.params.id)\n  await user!.update(req.body)\n  res.json(user)\n}",
      path: 'src/controllers/users.ts',
      findings: [{ line: 5, message: /`user`/ }],
    },
    {
      code: "app.patch('/projects/:id', async (c) => {\n  const patch = await c.req.json<Partial<typeof projects.$inferInsert>>()\n  await drizzle(c.env.DB).update(projects).set(patch).where(eq(projects.id, c.req.param('id')))\n  return c.body(null, 204)\n})",
      path: 'src/routes/projects.ts',
      findings: [{ line: 3 }],
    },
    {
      code: "@Controller('inventory')\nexport class InventoryController {\n  constructor(private readonly em: EntityManager) {}\n  @Patch(':id')\n  async update(@Param('id') id: string, @Body() body: Record<string, unknown>) {\n    const item = await this.em.findOneOrFail(Item, id)\n    this.em.assign(item, body)\n    await this.em.flush()\n  }\n}",
      path: 'src/inventory/inventory.controller.ts',
      findings: [{ line: 7 }],
    },
    {
      code: "@Controller('inventory')\nexport class InventoryController {\n  constructor(private readonly em: EntityManager) {}\n  @Post()\n  async create(@Body() body: any) {\n    const item = this.em.create(Item, body)\n    await this.em.persistAndFlush(item)\n  }\n}",
      path: 'src/inventory/inventory.controller.ts',
      findings: [{ line: 6 }],
    },
    {
      code: "const em = () => RequestContext.getEntityManager()!\napp.post('/categories', async (request, reply) => {\n  const category = em().create(Category, request.body)\n  await em().persistAndFlush(category)\n  return reply.code(201).send(category)\n})",
      path: 'src/modules/catalog/catalog.routes.ts',
      findings: [{ line: 3 }],
    },
    {
      code: "app.post('/categories', async (request, reply) => {\n  const em = orm.em.fork()\n  const category = orm.em.fork().create(Category, request.body)\n  await em.persistAndFlush(category)\n  return reply.code(201).send(category)\n})",
      path: 'src/modules/catalog/catalog.routes.ts',
      findings: [{ line: 3 }],
    },
  ],
})
