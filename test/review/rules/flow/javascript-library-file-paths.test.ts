/**
 * Libraries that open the file a string names: image libraries (`sharp(path)`, `gm(path)`, `Jimp.read(path)`),
 * archiver's `archive.file(path)` and `archive.directory(dir)`, nodemailer attachments' `path`. Bytes handed over
 * (`sharp(file.buffer)`), a base name, and attachments made from uploads stay quiet, as does a helper of the file
 * that takes the request and returns a path it confined (`projectDir(req)` joining `path.basename(req.params.project)`).
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const ROUTES = { path: 'src/routes/files.js' }
const HEAD = "const path = require('path')\nconst fs = require('fs')\nconst sharp = require('sharp')\nconst archiver = require('archiver')\nconst ROOT = '/srv/data'\n"

const NEST = { path: 'src/imports/feed.controller.ts' }
const NEST_HEAD = "import { readFile } from 'node:fs/promises'\nimport { Controller, Post, UploadedFile, UploadedFiles } from '@nestjs/common'\n\n@Controller('imports')\nexport class FeedController {\n"

testRule(registered('js/path-traversal'), {
  valid: [
    { ...ROUTES, code: `${HEAD}router.get('/img/:name', async (req, res) => {\n  res.send(await sharp(path.join(ROOT, path.basename(req.params.name))).resize(200).toBuffer())\n})\n` },
    { ...ROUTES, code: `${HEAD}router.post('/img', upload.single('file'), async (req, res) => {\n  res.send(await sharp(req.file.buffer).resize(200).toBuffer())\n})\n` },
    { ...ROUTES, code: `${HEAD}router.get('/zip', (req, res) => {\n  const archive = archiver('zip')\n  archive.pipe(res)\n  archive.file(path.join(ROOT, 'README.txt'), { name: 'README.txt' })\n  archive.finalize()\n})\n` },
    { ...ROUTES, code: `${HEAD}router.post('/support', async (req, res) => {\n  const files = (req.files || []).map((f) => ({ filename: path.basename(f.originalname), content: f.buffer }))\n  await transporter.sendMail({ to: 'support@example.com', text: String(req.body.message), attachments: files })\n  res.end()\n})\n` },
    { ...ROUTES, code: `${HEAD}function projectDir(req) {\n  return path.join(ROOT, path.basename(req.params.project))\n}\nrouter.get('/p/:project', (req, res) => {\n  fs.readFile(projectDir(req), (err, data) => res.send(data))\n})\n` },
    // NestJS hands the handler multer's file: its path, filename and destination are names multer chose
    { ...NEST, code: `${NEST_HEAD}  @Post('feed')\n  async importFeed(@UploadedFile() file: Express.Multer.File) {\n    return (await readFile(file.path, 'utf8')).length\n  }\n}\n` },
    { ...NEST, code: `${NEST_HEAD}  @Post('feeds')\n  async importFeeds(@UploadedFiles() files: Express.Multer.File[]) {\n    return Promise.all(files.map((f) => readFile(f.path, 'utf8')))\n  }\n}\n` },
  ],
  invalid: [
    { ...ROUTES, code: `${HEAD}router.get('/img/:name', async (req, res) => {\n  res.send(await sharp(path.join(ROOT, req.params.name)).resize(200).toBuffer())\n})\n`, findings: [{ line: 7 }] },
    { ...ROUTES, code: `${HEAD}router.get('/zip', (req, res) => {\n  const archive = archiver('zip')\n  archive.pipe(res)\n  archive.file(path.join(ROOT, req.query.file), { name: 'file' })\n  archive.finalize()\n})\n`, findings: [{ line: 9 }] },
    { ...ROUTES, code: `${HEAD}router.post('/support', async (req, res) => {\n  await transporter.sendMail({ to: 'support@example.com', attachments: req.body.attachments })\n  res.end()\n})\n`, findings: [{ line: 7 }] },
    { ...ROUTES, code: `${HEAD}router.post('/support', async (req, res) => {\n  await transporter.sendMail({ to: 'support@example.com', attachments: [{ filename: 'log.txt', path: req.body.file }] })\n  res.end()\n})\n`, findings: [{ line: 7 }] },
    // the name the client gave the upload is still the client's
    { ...NEST, code: `${NEST_HEAD}  @Post('feed')\n  async importFeed(@UploadedFile() file: Express.Multer.File) {\n    return readFile(\`/srv/feeds/\${file.originalname}\`, 'utf8')\n  }\n}\n`, findings: [{ line: 8 }] },
  ],
})
