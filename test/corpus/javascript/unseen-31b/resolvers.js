// corpus: path=src/graphql/resolvers.js
const { GraphQLError } = require('graphql')
const { spawn } = require('child_process')
const fs = require('fs/promises')
const path = require('path')
const mysql = require('mysql2/promise')
const xss = require('xss')

const pool = mysql.createPool(process.env.MYSQL_URL)
const BACKUP_DIR = '/var/backups/library'

function assertLibrarian(ctx) {
  if (!ctx.user || !ctx.user.roles.includes('librarian')) {
    throw new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })
  }
}

module.exports = {
  Query: {
    async books(_, { author, genre }) {
      let where = '1 = 1'
      if (author) where += ` AND author = '${author}'`
      if (genre) where += ` AND genre = '${genre}'`
      const [rows] = await pool.query(`SELECT id, title, author FROM books WHERE ${where}`) // expect: sql-injection
      return rows
    },

    async booksByAuthor(_, { author }) {
      const [rows] = await pool.execute('SELECT id, title FROM books WHERE author = ?', [author]) // ok: sql-injection
      return rows
    },

    async book(_, args) {
      const [rows] = await pool.query('SELECT * FROM books WHERE id = ?', [args.id]) // ok: sql-injection
      return rows[0]
    },

    async loans(_, args, ctx) {
      assertLibrarian(ctx)
      const [rows] = await pool.query(`SELECT * FROM loans WHERE due_at < NOW() ORDER BY ${args.sortBy || 'due_at'}`) // expect: sql-injection
      return rows
    },

    async backupFile(_, { name }, ctx) {
      assertLibrarian(ctx)
      return fs.readFile(path.join(BACKUP_DIR, name), 'utf8') // expect: path-traversal
    },

    async backupList(_, __, ctx) {
      assertLibrarian(ctx)
      return fs.readdir(BACKUP_DIR)
    },
  },

  Mutation: {
    async restoreBackup(_, { name }, ctx) {
      assertLibrarian(ctx)
      const child = spawn('sh', ['-c', `gunzip -c ${BACKUP_DIR}/${name} | mysql library`]) // expect: command-injection
      return new Promise((resolve) => child.on('close', (code) => resolve(code === 0)))
    },

    async restoreBackupSafely(_, { name }, ctx) {
      assertLibrarian(ctx)
      const file = path.join(BACKUP_DIR, path.basename(name))
      const child = spawn('gunzip', ['-k', file]) // ok: command-injection
      return new Promise((resolve) => child.on('close', (code) => resolve(code === 0)))
    },

    async addReview(_, { bookId, text }, ctx) {
      if (!ctx.user) throw new GraphQLError('Login required')
      const clean = xss(text)
      await pool.execute('INSERT INTO reviews (book_id, user_id, html) VALUES (?, ?, ?)', [bookId, ctx.user.id, clean])
      return { bookId, html: clean }
    },

    async fetchCover(_, { isbn, coverUrl }, ctx) {
      assertLibrarian(ctx)
      const res = await fetch(coverUrl) // expect: ssrf
      const buf = Buffer.from(await res.arrayBuffer())
      await fs.writeFile(path.join(BACKUP_DIR, '..', 'covers', `${isbn.replace(/\D/g, '')}.jpg`), buf) // ok: path-traversal
      return true
    },

    async fetchOpenLibraryCover(_, { isbn }, ctx) {
      assertLibrarian(ctx)
      const res = await fetch(`https://covers.openlibrary.org/b/isbn/${encodeURIComponent(isbn)}-L.jpg`) // ok: ssrf
      return res.ok
    },
  },

  Book: {
    // The parent is the books row returned above; cover_file is the name fetchCover stored it under.
    async coverData(book) {
      if (!book.cover_file) return null
      return fs.readFile(path.join(BACKUP_DIR, '..', 'covers', book.cover_file), 'base64') // ok: path-traversal
    },
  },
}
