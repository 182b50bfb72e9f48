// corpus: path=src/schema/builder.ts
import SchemaBuilder from '@pothos/core'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { db } from '../db'

const run = promisify(execFile)
const builder = new SchemaBuilder<{ Context: { userId: string | null } }>({})
const DOCS = '/srv/docs'

builder.queryType({
  fields: (t) => ({
    doc: t.string({
      args: { name: t.arg.string({ required: true }) },
      resolve: (_root, args) => readFile(join(DOCS, args.name), 'utf8'), // expect: path-traversal
    }),
    docById: t.string({
      args: { id: t.arg.int({ required: true }) },
      resolve: (_root, { id }) => readFile(join(DOCS, `${id}.md`), 'utf8'), // ok: path-traversal
    }),
    projects: t.stringList({
      args: { owner: t.arg.string({ required: true }) },
      resolve: async (_root, { owner }) => {
        const rows = await db.query(`SELECT name FROM projects WHERE owner = '${owner}'`) // expect: sql-injection
        return rows.map((r: { name: string }) => r.name)
      },
    }),
  }),
})

builder.mutationType({
  fields: (t) => ({
    lint: t.string({
      args: { file: t.arg.string({ required: true }) },
      resolve: async (_root, { file }, ctx) => {
        if (!ctx.userId) throw new Error('login required')
        const { stdout } = await run('eslint', ['--format', 'json', '--', join(DOCS, file.replace(/[^\w.-]/g, ''))]) // ok: command-injection
        return stdout
      },
    }),
  }),
})

export const schema = builder.toSchema()
