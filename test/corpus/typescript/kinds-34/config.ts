// corpus: path=src/config.ts
import { Pool } from 'pg'
import Redis from 'ioredis'
import nodemailer from 'nodemailer'
import { S3Client } from '@aws-sdk/client-s3'
import mongoose from 'mongoose'

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`Missing environment variable ${name}`)
  return value
}

const isTest = process.env.NODE_ENV === 'test'

export const config = {
  port: Number(process.env.PORT ?? 8080),
  publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:8080',
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://acme_app:Wq7!rT2vLp9xZ@db.acme-internal.net:5432/acme', // expect: hardcoded-secret
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
  smtp: {
    host: process.env.SMTP_HOST ?? 'smtp.mailgun.org',
    port: Number(process.env.SMTP_PORT ?? 587),
    user: process.env.SMTP_USER ?? 'postmaster@mg.acme.io', // ok: hardcoded-secret
    pass: process.env.SMTP_PASS ?? '3f9a1c7e2b5d8f0a4c6e-2f9b1d3a-7c5e9f1b', // expect: hardcoded-secret
  },
  s3: {
    region: process.env.AWS_REGION ?? 'eu-west-1',
    bucket: required('UPLOADS_BUCKET'),
  },
  analyticsDbUrl: isTest ? 'mongodb://localhost:27017/acme-test' : required('ANALYTICS_DB_URL'), // ok: hardcoded-secret
}

export const pool = new Pool({ connectionString: config.databaseUrl, max: 10 })

export const redis = new Redis(config.redisUrl, {
  maxRetriesPerRequest: 3,
  password: process.env.REDIS_PASSWORD || 'r3d1s-Pr0d-2024!', // expect: hardcoded-secret
})

export const mailer = nodemailer.createTransport({
  host: config.smtp.host,
  port: config.smtp.port,
  auth: { user: config.smtp.user, pass: config.smtp.pass },
})

export const s3 = new S3Client({ region: config.s3.region })

export async function connectAnalytics() {
  await mongoose.connect(config.analyticsDbUrl, { serverSelectionTimeoutMS: 5000 })
}

export class BillingClient {
  static readonly WEBHOOK_SECRET = 'whsec_5Jt8kQ2mR9vX3nB7cL1pF6hD4sG0aZyE' // expect: hardcoded-secret

  constructor(private readonly apiKey: string = process.env.BILLING_API_KEY ?? 'sk_live_51Hx9TqLm3Vb7Nc2Rk8Wd4Pz') {} // expect: hardcoded-secret

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

export class SandboxBillingClient extends BillingClient {
  constructor() {
    super(process.env.BILLING_SANDBOX_KEY ?? 'sk_test_placeholder') // ok: hardcoded-secret
  }
}
