const path = require('path')
const fs = require('fs')
const { Action, api } = require('actionhero')

const DOC_ROOT = process.env.DOC_ROOT || '/srv/documents'

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

module.exports = { DocumentList, DocumentRename }
