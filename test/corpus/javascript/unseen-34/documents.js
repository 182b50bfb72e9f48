const path = require('path')
const fs = require('fs')
const { execFile, exec } = require('child_process')
const { promisify } = require('util')
const { Action, api } = require('actionhero')

const DOC_ROOT = process.env.DOC_ROOT || '/srv/documents'
const execFileAsync = promisify(execFile)
const execAsync = promisify(exec)
const FORMATS = new Set(['pdf', 'docx', 'odt', 'txt'])

class DocumentList extends Action {
  constructor () {
    super()
    this.name = 'documentList'
    this.description = 'List the documents of a folder'
    this.inputs = { folder: { required: true } }
  }

  async run ({ params }) {
    const folder = await api.documents.findFolder(params.folder)
    if (!folder) throw new Error('unknown folder')
    return { documents: await api.documents.list(folder.id) }
  }
}

class DocumentRename extends Action {
  constructor () {
    super()
    this.name = 'documentRename'
    this.description = 'Rename a document'
    this.inputs = { id: { required: true }, title: { required: true } }
  }

  async run ({ params }) {
    await api.documents.rename(params.id, String(params.title).slice(0, 200))
    return { ok: true }
  }
}

// params are the client's: query string, form body or websocket message, as the route delivers them.
class DocumentConvert extends Action {
  constructor () {
    super()
    this.name = 'documentConvert'
    this.description = 'Convert a stored document with LibreOffice'
    this.inputs = { file: { required: true }, format: { required: true } }
  }

  async run ({ params }) {
    const source = path.join(DOC_ROOT, params.file)
    await execAsync(`soffice --headless --convert-to ${params.format} --outdir /tmp/convert "${source}"`) // expect: command-injection
    return { converted: path.basename(source) }
  }
}

class DocumentConvertSafe extends Action {
  constructor () {
    super()
    this.name = 'documentConvertSafe'
    this.description = 'Convert a stored document with LibreOffice'
    this.inputs = { file: { required: true }, format: { required: true } }
  }

  async run ({ params }) {
    if (!FORMATS.has(params.format)) throw new Error('unsupported format')
    const source = path.join(DOC_ROOT, path.basename(params.file))
    await execFileAsync('soffice', ['--headless', '--convert-to', params.format, '--outdir', '/tmp/convert', source]) // ok: command-injection
    return { converted: path.basename(source) }
  }
}

class DocumentRead extends Action {
  constructor () {
    super()
    this.name = 'documentRead'
    this.description = 'Return a document as text'
    this.inputs = { file: { required: true } }
  }

  async run ({ params }) {
    const text = fs.readFileSync(path.join(DOC_ROOT, params.file), 'utf8') // expect: path-traversal
    return { text }
  }
}

class DocumentReadSafe extends Action {
  constructor () {
    super()
    this.name = 'documentReadSafe'
    this.description = 'Return a document as text'
    this.inputs = { file: { required: true } }
  }

  async run ({ params }) {
    const full = path.resolve(DOC_ROOT, params.file)
    if (!full.startsWith(DOC_ROOT + path.sep)) throw new Error('bad path')
    const text = fs.readFileSync(full, 'utf8') // ok: path-traversal
    return { text }
  }
}

module.exports = { DocumentList, DocumentRename, DocumentConvert, DocumentConvertSafe, DocumentRead, DocumentReadSafe }
