import { z } from '@hono/zod-openapi'
import { CATEGORIES, SEVERITIES } from '../review/types'

export const SeveritySchema = z.enum(SEVERITIES).openapi('Severity')
export const CategorySchema = z.enum(CATEGORIES).openapi('Category')
