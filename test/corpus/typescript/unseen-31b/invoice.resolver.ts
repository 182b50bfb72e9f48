// corpus: path=src/billing/invoice.resolver.ts
import { Args, Int, Mutation, Query, Resolver, ID } from '@nestjs/graphql'
import { ParseIntPipe, UseGuards } from '@nestjs/common'
import { EntityManager } from '@mikro-orm/postgresql'
import { GqlAuthGuard } from '../auth/gql-auth.guard'
import { CurrentUser } from '../auth/current-user.decorator'
import { Invoice } from './invoice.entity'
import type { User } from '../users/user.entity'

@Resolver(() => Invoice)
@UseGuards(GqlAuthGuard)
export class InvoiceResolver {
  constructor(private readonly em: EntityManager) {}

  @Query(() => [Invoice])
  async invoicesByCustomer(@Args('customer') customer: string, @CurrentUser() user: User) {
    return this.em.execute( // expect: sql-injection
      `select * from invoice where tenant_id = ${user.tenantId} and customer_name = '${customer}'`,
    )
  }

  @Query(() => [Invoice])
  async invoicesForCustomer(@Args('customer') customer: string, @CurrentUser() user: User) {
    return this.em.execute('select * from invoice where tenant_id = ? and customer_name = ?', [user.tenantId, customer]) // ok: sql-injection
  }

  @Query(() => Invoice, { nullable: true })
  async invoice(@Args('id', { type: () => ID }, ParseIntPipe) id: number, @CurrentUser() user: User) {
    const rows = await this.em.execute(`select * from invoice where id = ${id} and tenant_id = ?`, [user.tenantId]) // ok: sql-injection
    return rows[0] ?? null
  }

  @Query(() => [Invoice])
  async overdue(@Args('graceDays', { type: () => Int }) graceDays: number, @CurrentUser() user: User) {
    return this.em
      .createQueryBuilder(Invoice, 'i')
      .where({ tenantId: user.tenantId })
      .andWhere(`i.due_at < now() - interval '${graceDays} days'`) // ok: sql-injection
      .getResult()
  }

  @Query(() => [Invoice])
  async invoicesSorted(@Args('sort') sort: string, @CurrentUser() user: User) {
    const qb = this.em.createQueryBuilder(Invoice, 'i')
    qb.select('*').where({ tenantId: user.tenantId }).orderBy({ [qb.raw(sort)]: 'desc' }) // expect: sql-injection
    return qb.getResultList()
  }

  @Query(() => [Invoice])
  async searchInvoices(@Args('term') term: string, @CurrentUser() user: User) {
    const qb = this.em.createQueryBuilder(Invoice, 'i')
    qb.select('*').where({ tenantId: user.tenantId }).andWhere(`i.memo like '%${term}%'`) // expect: sql-injection
    return qb.getResultList()
  }

  @Mutation(() => Boolean)
  async voidInvoice(@Args('id', { type: () => Int }) id: number, @Args('reason') reason: string, @CurrentUser() user: User) {
    const invoice = await this.em.findOneOrFail(Invoice, { id, tenantId: user.tenantId })
    invoice.status = 'void'
    invoice.voidReason = reason.slice(0, 500)
    await this.em.flush()
    return true
  }
}
