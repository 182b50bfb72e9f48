// corpus: path=src/server/index.ts changeset=reports
export { buildReport } from './reports'
export * from './render'
export { runExport } from './exporter'
