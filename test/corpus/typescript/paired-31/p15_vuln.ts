// corpus: path=src/products/products.controller.ts
import { Controller, Get, Query } from '@nestjs/common'
import { InjectModel } from '@nestjs/mongoose'
import { Model } from 'mongoose'
import { Product } from './product.schema'

@Controller('products')
export class ProductsController {
  constructor(@InjectModel(Product.name) private readonly products: Model<Product>) {}

  @Get('search')
  search(@Query('q') q: string) {
    const pattern = new RegExp(q, 'i') // expect: regex-injection
    return this.products.find({ name: pattern }).limit(50).lean()
  }
}
