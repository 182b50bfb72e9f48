// corpus: path=src/reports/reports.service.ts
import { Prisma, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export interface RevenueRow {
  day: Date;
  revenue: number;
}

export async function revenueByDay(from: Date, to: Date): Promise<RevenueRow[]> {
  return prisma.$queryRaw<RevenueRow[]>`
    SELECT date_trunc('day', "paidAt") AS day, SUM("totalCents") AS revenue
    FROM "Payment" WHERE "paidAt" BETWEEN ${from} AND ${to}
    GROUP BY 1 ORDER BY 1`; // ok: sql-injection
}

export async function searchCustomers(term: string) {
  return prisma.$queryRawUnsafe( // expect: sql-injection
    `SELECT id, name, email FROM "Customer" WHERE name ILIKE '%${term}%' LIMIT 50`,
  );
}

export async function searchCustomersSafe(term: string) {
  return prisma.$queryRawUnsafe('SELECT id, name, email FROM "Customer" WHERE name ILIKE $1 LIMIT 50', `%${term}%`); // ok: sql-injection
}

export async function customersIn(ids: number[]) {
  return prisma.$queryRaw`SELECT id, name FROM "Customer" WHERE id IN (${Prisma.join(ids)})`; // ok: sql-injection
}

export async function purgeTable(table: string, olderThanDays: number) {
  const sql = `DELETE FROM "${table}" WHERE "createdAt" < now() - interval '${olderThanDays} days'`;
  return prisma.$executeRawUnsafe(sql); // expect: sql-injection
}

export async function ordersSorted(column: string) {
  return prisma.$queryRaw(Prisma.raw(`SELECT id, "totalCents" FROM "Order" ORDER BY ${column} DESC LIMIT 20`)); // expect: sql-injection
}

export async function recentOrders(customerId: number) {
  return prisma.order.findMany({ where: { customerId }, orderBy: { createdAt: 'desc' }, take: 20 }); // ok: sql-injection
}
