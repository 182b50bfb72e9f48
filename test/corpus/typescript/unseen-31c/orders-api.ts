// corpus: path=src/handlers/orders-api.ts
// Order lookup API for the storefront, deployed as one Lambda behind an HTTP API (payload v2).
// The route is public (guest checkout), so the query string, path parameters and body are the
// caller's. Powertools gives us the structured logger, tracer and metrics.

import { Logger } from '@aws-lambda-powertools/logger'
import { Tracer } from '@aws-lambda-powertools/tracer'
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics'
import type { LambdaInterface } from '@aws-lambda-powertools/commons/types'
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda'
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import { RDSDataClient, ExecuteStatementCommand } from '@aws-sdk/client-rds-data'
import { createHash } from 'node:crypto'

const logger = new Logger({ serviceName: 'orders-api' })
const tracer = new Tracer({ serviceName: 'orders-api' })
const metrics = new Metrics({ namespace: 'storefront', serviceName: 'orders-api' })

const ddb = DynamoDBDocumentClient.from(tracer.captureAWSv3Client(new DynamoDBClient({})))
const rds = new RDSDataClient({})
const CLUSTER = { resourceArn: process.env.CLUSTER_ARN!, secretArn: process.env.SECRET_ARN!, database: 'shop' }
const STATUSES = new Set(['placed', 'shipped', 'delivered', 'cancelled'])

interface LookupBody {
  email: string
  orderNumber: string
  postcode: string
  // The one-time token from the order confirmation email's "view your order" link.
  accessToken: string
}

function decodeBody<T>(event: APIGatewayProxyEventV2): T {
  const raw = event.body ?? '{}'
  return JSON.parse(event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw) as T
}

function respond(statusCode: number, body: unknown): APIGatewayProxyResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}

class OrdersApi implements LambdaInterface {
  @tracer.captureLambdaHandler()
  @metrics.logMetrics({ captureColdStartMetric: true })
  @logger.injectLambdaContext({ logEvent: false })
  public async handler(event: APIGatewayProxyEventV2, _context: Context): Promise<APIGatewayProxyResultV2> {
    const route = `${event.requestContext.http.method} ${event.rawPath}`
    if (route === 'POST /orders/lookup') return this.lookup(event)
    if (route.startsWith('GET /orders/') && route.endsWith('/items')) return this.items(event)
    if (route === 'GET /orders') return this.search(event)
    return respond(404, { message: 'not found' })
  }

  private async lookup(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
    const body = decodeBody<LookupBody>(event)
    logger.info('guest order lookup', { body }) // expect: sensitive-logging
    logger.info('guest order lookup', { orderNumber: body.orderNumber, emailHash: createHash('sha256').update(body.email).digest('hex') }) // ok: sensitive-logging
    const { Item } = await ddb.send(new GetCommand({ TableName: process.env.ORDERS_TABLE, Key: { orderNumber: body.orderNumber } }))
    if (!Item || Item.email !== body.email.toLowerCase() || Item.postcode !== body.postcode || Item.accessTokenHash !== createHash('sha256').update(body.accessToken).digest('hex')) {
      metrics.addMetric('lookupFailed', MetricUnit.Count, 1)
      return respond(404, { message: 'no matching order' })
    }
    return respond(200, { orderNumber: Item.orderNumber, status: Item.status, total: Item.total })
  }

  private async items(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
    const orderId = event.pathParameters?.orderId ?? ''
    const result = await rds.send( // expect: sql-injection
      new ExecuteStatementCommand({
        ...CLUSTER,
        sql: `SELECT sku, name, qty, unit_price FROM order_items WHERE order_id = '${orderId}'`,
      }),
    )
    const checked = await rds.send( // ok: sql-injection
      new ExecuteStatementCommand({
        ...CLUSTER,
        sql: 'SELECT sku, name, qty, unit_price FROM order_items WHERE order_id = :orderId',
        parameters: [{ name: 'orderId', value: { stringValue: orderId } }],
      }),
    )
    return respond(200, { items: result.records ?? checked.records ?? [] })
  }

  private async search(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
    const params = new URLSearchParams(event.rawQueryString)
    const status = params.get('status') ?? 'placed'
    const email = params.get('email') ?? ''
    const { Items } = await ddb.send(
      new QueryCommand({
        TableName: process.env.ORDERS_TABLE,
        IndexName: 'byEmail',
        KeyConditionExpression: 'email = :email',
        FilterExpression: STATUSES.has(status) ? '#s = :status' : undefined,
        ExpressionAttributeNames: STATUSES.has(status) ? { '#s': 'status' } : undefined,
        ExpressionAttributeValues: { ':email': email.toLowerCase(), ...(STATUSES.has(status) ? { ':status': status } : {}) },
      }),
    )
    const sorted = params.get('sort') ?? 'createdAt'
    const ordered = (Items ?? []).sort((a, b) => String(a[sorted]).localeCompare(String(b[sorted])))
    return respond(200, { orders: ordered.map((o) => ({ orderNumber: o.orderNumber, status: o.status })) })
  }
}

const api = new OrdersApi()
export const handler = api.handler.bind(api)
