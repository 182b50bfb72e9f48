// corpus: path=src/workers/report-worker.ts
import { writeFileSync, mkdtempSync, openSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import Handlebars from 'handlebars'
import { XMLParser } from 'fast-xml-parser'
import tmp from 'tmp'

interface ReportJob {
  id: string
  template: string
  rows: Array<Record<string, unknown>>
  xml?: string
}

const job = workerData as ReportJob

const htmlTemplate = Handlebars.compile(job.template) // expect: template-injection
const staticTemplate = Handlebars.compile('<h1>{{title}}</h1><table>{{#each rows}}<tr><td>{{name}}</td></tr>{{/each}}</table>') // ok: template-injection

const scratch = mkdtempSync(join(tmpdir(), `report-${job.id}-`)) // ok: insecure-temp-file
const out = join(scratch, 'report.html')
writeFileSync(out, htmlTemplate({ rows: job.rows }) + staticTemplate({ title: job.id, rows: job.rows }))

const lockFd = openSync(join(tmpdir(), `report-${job.id}.lock`), 'w') // expect: insecure-temp-file
const tmpFile = tmp.fileSync({ prefix: 'report-', postfix: '.csv' }) // ok: insecure-temp-file

const parsed = job.xml ? new XMLParser({ processEntities: false }).parse(job.xml) : null // ok: xxe

parentPort?.postMessage({ id: job.id, out, csv: tmpFile.name, lockFd, hasXml: parsed !== null })
