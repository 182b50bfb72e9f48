import { Pool } from 'pg'
import Redis from 'ioredis'
import nodemailer from 'nodemailer'
import { S3Client } from '@aws-sdk/client-s3'

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`Missing environment variable ${name}`)
  return value
}

export const config = {
  port: Number(process.env.PORT ?? 8080),
  publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:8080',
  databaseUrl: required('DATABASE_URL'),
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
  smtp: {
    host: process.env.SMTP_HOST ?? 'localhost',
    port: Number(process.env.SMTP_PORT ?? 1025),
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS,
  },
  s3: {
    region: process.env.AWS_REGION ?? 'eu-west-1',
    bucket: required('UPLOADS_BUCKET'),
  },
}

export const pool = new Pool({ connectionString: config.databaseUrl, max: 10 })

export const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 3 })

export const mailer = nodemailer.createTransport({
  host: config.smtp.host,
  port: config.smtp.port,
  auth: config.smtp.user ? { user: config.smtp.user, pass: config.smtp.pass } : undefined,
})

export const s3 = new S3Client({ region: config.s3.region })

export class BillingClient {
  constructor(private readonly apiKey: string = required('BILLING_API_KEY')) {}

  async charge(customerId: string, cents: number) {
    const res = await fetch('https://api.billing.example/v1/charges', {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ customer: customerId, amount: cents, currency: 'eur' }),
    })
    if (!res.ok) throw new Error(`billing: ${res.status}`)
    return res.json()
  }
}
