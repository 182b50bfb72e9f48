// corpus: path=src/controllers/product.controller.ts
// LoopBack 4 controller of the public catalogue API. @param.query, @param.path and @requestBody
// are bound from the HTTP request; the string schemas accept any text.
import { inject } from '@loopback/core'
import { repository } from '@loopback/repository'
import { get, param, post, requestBody, Response, RestBindings, HttpErrors } from '@loopback/rest'
import { ProductRepository } from '../repositories'
import * as fs from 'fs/promises'
import * as path from 'path'

const SPEC_DIR = path.resolve(__dirname, '../../specs')
const SORTS: Record<string, string> = { price: 'price ASC', newest: 'created DESC', name: 'name ASC' }

export class ProductController {
  constructor(
    @repository(ProductRepository) public productRepository: ProductRepository,
    @inject(RestBindings.Http.RESPONSE) private response: Response,
  ) {}

  @get('/products/search')
  async search(@param.query.string('q') q: string, @param.query.string('brand') brand: string) {
    return this.productRepository.execute(`SELECT id, name, price FROM product WHERE name ILIKE '%${q}%' AND brand = $1`, [brand]) // expect: sql-injection
  }

  @get('/products/browse')
  async browse(@param.query.string('brand') brand: string, @param.query.string('sort') sort?: string) {
    const order = SORTS[sort ?? ''] ?? SORTS.name
    return this.productRepository.execute(`SELECT id, name, price FROM product WHERE brand = $1 ORDER BY ${order}`, [brand]) // ok: sql-injection
  }

  @get('/products/{id}/spec')
  async spec(@param.path.string('id') id: string) {
    const file = path.join(SPEC_DIR, `${id}.pdf`)
    const body = await fs.readFile(file) // expect: path-traversal
    this.response.contentType('application/pdf').send(body)
    return this.response
  }

  @get('/products/{id}/spec/v2')
  async specChecked(@param.path.number('id') id: number) {
    const body = await fs.readFile(path.join(SPEC_DIR, `${id}.pdf`)) // ok: path-traversal
    this.response.contentType('application/pdf').send(body)
    return this.response
  }

  @get('/products/compare')
  async compare(@param.query.string('ids') ids: string, @param.query.string('title') title: string) {
    const products = await this.productRepository.find({ where: { id: { inq: ids.split(',').map(Number) } } })
    const rows = products.map((p) => `<tr><td>${p.name}</td><td>${p.price}</td></tr>`).join('')
    this.response.contentType('text/html').send(`<h2>${title}</h2><table>${rows}</table>`) // expect: xss
    return this.response
  }

  @post('/products/filter')
  async filter(@requestBody() body: { where: object }) {
    return this.productRepository.find({ where: body.where }) // expect: nosql-injection
  }

  @post('/products/filter/v2')
  async filterChecked(@requestBody() body: { brand?: string; maxPrice?: number }) {
    if (body.brand !== undefined && typeof body.brand !== 'string') throw new HttpErrors.BadRequest('brand')
    return this.productRepository.find({ where: { brand: body.brand, price: { lte: Number(body.maxPrice ?? 1e9) } } }) // ok: nosql-injection
  }
}
