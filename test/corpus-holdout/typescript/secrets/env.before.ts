import { z } from 'zod'


export const env = EnvSchema.parse(process.env)


export const adminSeed = {
  email: 'admin@example.com',
}
