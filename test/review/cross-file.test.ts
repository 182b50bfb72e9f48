/**
 * Request data handed from one file of a changeset to a function of another (a route calling a
 * service module) is followed into that function, whichever order the files come in.
 */
import { beforeAll, describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { loadSyntaxRuntime } from '../../src/review/syntax/runtime'
import type { ReviewInputFile } from '../../src/review/types'

/** A new file's diff. */
function added(path: string, lines: string[]): ReviewInputFile {
  const rows = lines.flatMap((l) => l.split('\n'))
  return { path, diff: [`--- /dev/null`, `+++ b/${path}`, `@@ -0,0 +1,${rows.length} @@`, ...rows.map((l) => `+${l}`), ''].join('\n') }
}

const PY_SERVICE = added('app/services/preview.py', [
  'import requests',
  '',
  '',
  'def fetch_page(url, timeout=5):',
  '    response = requests.get(url, timeout=timeout)',
  '    return response.text',
])

const pyViews = (importLine: string, call: string): ReviewInputFile =>
  added('app/views.py', [
    'from flask import Flask, request',
    importLine,
    '',
    'app = Flask(__name__)',
    '',
    '',
    "@app.get('/preview')",
    'def show_preview():',
    `    return ${call}`,
  ])

const JS_SERVICE = added('src/lib/preview.js', [
  "const axios = require('axios')",
  '',
  'async function fetchPage(url) {',
  '  const res = await axios.get(url)',
  '  return res.data',
  '}',
  '',
  'module.exports = { fetchPage }',
])

const jsRoutes = (path: string, importLine: string, call: string): ReviewInputFile =>
  added(path, [
    "const express = require('express')",
    importLine,
    '',
    'const router = express.Router()',
    '',
    "router.get('/preview', async (req, res) => {",
    `  res.json({ html: await ${call} })`,
    '})',
    '',
    'module.exports = router',
  ])

function ssrf(inputs: ReviewInputFile[], rule: string) {
  return reviewChangeset(inputs).findings.filter((f) => f.ruleId === rule).map((f) => ({ path: f.filePath, line: f.line, message: f.message }))
}

describe('flows across the files of a changeset', () => {
  beforeAll(() => loadSyntaxRuntime())

  it('follows a Python route’s request data into an imported function, listed before or after the route', ({ expect }) => {
    const views = pyViews('from app.services.preview import fetch_page', "fetch_page(request.args['url'])")
    for (const inputs of [[views, PY_SERVICE], [PY_SERVICE, views]]) {
      const found = ssrf(inputs, 'python/ssrf')
      expect(found.map(({ path, line }) => ({ path, line }))).toEqual([{ path: 'app/services/preview.py', line: 5 }])
      // The message names where the data came from: the other file's line.
      expect(found[0]!.message).toContain('app/views.py line 9')
    }
  })

  it('resolves relative imports and module attributes', ({ expect }) => {
    for (const [importLine, call] of [
      ['from .services.preview import fetch_page', "fetch_page(request.args['url'])"],
      ['from app.services import preview', "preview.fetch_page(url=request.args['url'])"],
      ['import app.services.preview as preview', "preview.fetch_page(request.args['url'])"],
    ] as const) {
      expect(ssrf([PY_SERVICE, pyViews(importLine, call)], 'python/ssrf').map((f) => f.line), importLine).toEqual([5])
    }
  })

  it('stays quiet when what crosses is not request data, or not the same function', ({ expect }) => {
    expect(ssrf([PY_SERVICE, pyViews('from app.services.preview import fetch_page', "fetch_page('https://status.example.com/')")], 'python/ssrf')).toEqual([])
    // A validated host: the caller hands a URL of its own choosing, built from a fixed base and a number.
    expect(ssrf([PY_SERVICE, pyViews('from app.services.preview import fetch_page', "fetch_page(f\"https://status.example.com/items/{int(request.args['id'])}\")")], 'python/ssrf')).toEqual([])
    // A function of the same name in a module that is not in the changeset.
    expect(ssrf([PY_SERVICE, pyViews('from vendor.preview import fetch_page', "fetch_page(request.args['url'])")], 'python/ssrf')).toEqual([])
    // Alone, the function's parameter is nobody's request data.
    expect(ssrf([PY_SERVICE], 'python/ssrf')).toEqual([])
  })

  it('does not guess between two modules of the same name', ({ expect }) => {
    const other = { ...PY_SERVICE, path: 'billing/services/preview.py', diff: PY_SERVICE.diff.replaceAll('app/services/preview.py', 'billing/services/preview.py') }
    const views = { ...pyViews('from services.preview import fetch_page', "fetch_page(request.args['url'])"), path: 'web/views.py' }
    expect(ssrf([PY_SERVICE, other, { ...views, diff: views.diff.replaceAll('app/views.py', 'web/views.py') }], 'python/ssrf')).toEqual([])
  })

  it('follows JavaScript requires, imports and path aliases', ({ expect }) => {
    const cases: Array<[string, string, string]> = [
      ['src/routes.js', "const { fetchPage } = require('./lib/preview')", 'fetchPage(req.query.url)'],
      ['src/routes.js', "const preview = require('./lib/preview.js')", 'preview.fetchPage(req.query.url)'],
      ['src/api/routes.js', "import { fetchPage } from '../lib/preview'", 'fetchPage(req.query.url)'],
      ['src/api/routes.js', "import { fetchPage } from '@/lib/preview'", 'fetchPage(req.query.url)'],
      ['src/api/routes.js', "import {\n  fetchPage,\n} from '../lib/preview'", 'fetchPage(req.query.url)'],
    ]
    for (const [path, importLine, call] of cases) {
      const found = ssrf([JS_SERVICE, jsRoutes(path, importLine, call)], 'js/ssrf')
      expect(found.map((f) => `${f.path}:${f.line}`), importLine).toEqual(['src/lib/preview.js:4'])
      expect(found[0]!.message).toContain(`${path} line ${7 + importLine.split('\n').length - 1}`)
    }
    expect(ssrf([JS_SERVICE, jsRoutes('src/routes.js', "const { fetchPage } = require('./lib/preview')", "fetchPage('https://status.example.com/')")], 'js/ssrf')).toEqual([])
    expect(ssrf([JS_SERVICE, jsRoutes('src/routes.js', "const { fetchPage } = require('preview-lib')", 'fetchPage(req.query.url)')], 'js/ssrf')).toEqual([])
  })

  it('follows re-exports through barrel files to the file that defines the function', ({ expect }) => {
    const lib = added('src/lib/index.ts', ["export { fetchPage as loadPage } from './preview'", "export * from './other'"])
    const other = added('src/lib/other.ts', ['export function unrelated() {', '  return 1', '}'])
    const service = { ...JS_SERVICE, path: 'src/lib/preview.js', diff: JS_SERVICE.diff }
    const routes = jsRoutes('src/routes.js', "import { loadPage } from './lib'", 'loadPage(req.query.url)')
    expect(ssrf([service, lib, other, routes], 'js/ssrf').map((f) => `${f.path}:${f.line}`)).toEqual(['src/lib/preview.js:4'])
    const star = added('src/lib/index.ts', ["export * from './other'", "export * from './preview'"])
    const direct = jsRoutes('src/routes.js', "import { fetchPage } from '@/lib'", 'fetchPage(req.query.url)')
    expect(ssrf([service, star, other, direct], 'js/ssrf').map((f) => `${f.path}:${f.line}`)).toEqual(['src/lib/preview.js:4'])
  })

  it('keeps file reports in the order the files came in, and survives files that import each other', ({ expect }) => {
    const a = added('app/a.py', ['from app.b import run', 'from flask import request', '', 'def handle():', "    return run(request.args['q'])", '', 'def echo(x):', '    return x'])
    const b = added('app/b.py', ['import subprocess', 'from app.a import echo', '', 'def run(q):', '    return subprocess.run("grep " + echo(q), shell=True)'])
    const result = reviewChangeset([b, a])
    expect(result.files.map((f) => f.path)).toEqual(['app/b.py', 'app/a.py'])
    expect(result.findings.filter((f) => f.ruleId === 'python/shell-injection').map((f) => `${f.filePath}:${f.line}`)).toEqual(['app/b.py:5'])
  })

  it('takes what an imported function returns from its body: sanitised, untainted or markup', ({ expect }) => {
    const files = added('app/files.py', ['import os', '', 'ROOT = "/srv/reports"', '', 'def open_archive(name):', '    return open(os.path.join(ROOT, os.path.basename(name)), "rb")', '', 'def home_url(target):', '    return "/home"'])
    const views = added('app/views.py', [
      'from django.http import FileResponse',
      'from django.shortcuts import redirect',
      'from app.files import open_archive, home_url',
      '',
      'def download(request):',
      '    return FileResponse(open_archive(request.GET["name"]))',
      '',
      'def back(request):',
      '    return redirect(home_url(request.GET["next"]))',
    ])
    const kinds = reviewChangeset([views, files]).findings.filter((f) => /path-traversal|open-redirect/.test(f.ruleId))
    expect(kinds.map((f) => `${f.filePath}:${f.line} ${f.ruleId}`)).toEqual([])
    // Alone, the view's calls are judged by what they are handed.
    expect(reviewChangeset([views]).findings.filter((f) => /path-traversal|open-redirect/.test(f.ruleId)).map((f) => f.line)).toEqual([6, 9])

    const greeting = added('src/views/greeting.js', [
      "const escapeHtml = require('escape-html')",
      'function greetingHtml(name) {',
      "  return '<h1>Hello, ' + name + '</h1>'",
      '}',
      'function escapedGreeting(name) {',
      "  return '<h1>Hello, ' + escapeHtml(name) + '</h1>'",
      '}',
      'module.exports = { greetingHtml, escapedGreeting }',
    ])
    const routes = added('src/routes.js', [
      "const { greetingHtml, escapedGreeting } = require('./views/greeting')",
      "router.get('/a', (req, res) => res.send(greetingHtml(req.query.name)))",
      "router.get('/b', (req, res) => res.send(escapedGreeting(req.query.name)))",
    ])
    expect(reviewChangeset([routes, greeting]).findings.filter((f) => f.ruleId === 'js/xss-sink').map((f) => `${f.filePath}:${f.line}`)).toEqual(['src/routes.js:2'])
  })

  it('takes the request data an imported function reads and returns itself, with the checks it made', ({ expect }) => {
    const utils = added('app/utils.py', [
      'from urllib.parse import urlparse',
      'from flask import request, url_for',
      '',
      'def next_url():',
      "    return request.args.get('next', '/')",
      '',
      'def safe_next():',
      "    target = request.args.get('next', '')",
      "    if urlparse(target).netloc or not target.startswith('/'):",
      "        return url_for('index')",
      '    return target',
    ])
    const views = added('app/views.py', ['from flask import redirect', 'from app.utils import next_url, safe_next', '', 'def login():', '    return redirect(next_url())', '', 'def logout():', '    return redirect(safe_next())'])
    const found = reviewChangeset([utils, views]).findings.filter((f) => f.ruleId === 'python/open-redirect')
    expect(found.map((f) => `${f.filePath}:${f.line}`)).toEqual(['app/views.py:5'])
    expect(found[0]!.message).toContain('app/utils.py line 5')

    const nav = added('src/nav.js', ['export function returnTo() {', "  return new URLSearchParams(window.location.search).get('returnTo') || '/'", '}'])
    const app = added('src/app.js', ["import { returnTo } from './nav'", 'export function finish() {', '  window.location.href = returnTo()', '}'])
    expect(reviewChangeset([nav, app]).findings.filter((f) => f.ruleId === 'js/open-redirect').map((f) => `${f.filePath}:${f.line}`)).toEqual(['src/app.js:3'])
  })

  it('reports a sink of the called file the change left alone at the added call that reaches it, in the caller’s file', ({ expect }) => {
    const service = {
      path: 'app/services/preview.py',
      diff: ['--- a/app/services/preview.py', '+++ b/app/services/preview.py', '@@ -1,6 +1,7 @@', ' import requests', '+import logging', ' ', ' ', ' def fetch_page(url, timeout=5):', '     response = requests.get(url, timeout=timeout)', '     return response.text', ''].join('\n'),
    }
    const found = ssrf([service, pyViews('from app.services.preview import fetch_page', "fetch_page(request.args['url'])")], 'python/ssrf')
    expect(found.map((f) => `${f.path}:${f.line}`)).toEqual(['app/views.py:9'])
    expect(found[0]!.message).toMatch(/hands request data to `app\/services\/preview\.py` line 6, which the change left alone: `requests\.get/)

    // A caller the change did not add either: nothing new to say about this change.
    const routes = {
      path: 'src/routes.js',
      diff: ['--- a/src/routes.js', '+++ b/src/routes.js', '@@ -1,3 +1,4 @@', " const { fetchPage } = require('./lib/preview')", "+const log = require('./log')", " router.get('/p', async (req, res) => res.json(await fetchPage(req.query.url)))", ' module.exports = router', ''].join('\n'),
    }
    const lib = {
      path: 'src/lib/preview.js',
      diff: ['--- a/src/lib/preview.js', '+++ b/src/lib/preview.js', '@@ -1,5 +1,6 @@', " const axios = require('axios')", '+// pages for the composer', ' async function fetchPage(url) {', '   return (await axios.get(url)).data', ' }', ' module.exports = { fetchPage }', ''].join('\n'),
    }
    expect(ssrf([routes, lib], 'js/ssrf')).toEqual([])
    const addedCall = { ...routes, diff: ['--- a/src/routes.js', '+++ b/src/routes.js', '@@ -1,2 +1,3 @@', " const { fetchPage } = require('./lib/preview')", "+router.get('/p', async (req, res) => res.json(await fetchPage(req.query.url)))", ' module.exports = router', ''].join('\n') }
    expect(ssrf([addedCall, lib], 'js/ssrf').map((f) => `${f.path}:${f.line}`)).toEqual(['src/routes.js:2'])
  })
  it('follows calls of methods of classes defined in another file: instances, module-level instances, static and class methods', ({ expect }) => {
    const service = added('app/services/reports.py', [
      'import os',
      'import subprocess',
      '',
      "BASE = '/srv/reports'",
      '',
      'class ReportService:',
      '    def render(self, name):',
      '        with open(os.path.join(BASE, name)) as fh:',
      '            return fh.read()',
      '',
      '    def checked(self, name):',
      '        path = os.path.realpath(os.path.join(BASE, name))',
      '        if not path.startswith(BASE + os.sep):',
      "            raise ValueError('outside')",
      '        return path',
      '',
      '    @staticmethod',
      '    def pack(folder):',
      "        return subprocess.check_output('tar czf out.tgz ' + folder, shell=True)",
      '',
      'report_service = ReportService()',
    ])
    const views = (call: string) => added('app/views.py', ['from flask import request, send_file', 'from app.services.reports import ReportService, report_service', '', 'svc = ReportService()', '', 'def view():', `    return ${call}`])
    const at = (files: ReviewInputFile[], rule: string) => reviewChangeset(files).findings.filter((f) => f.ruleId === rule).map((f) => `${f.filePath}:${f.line}`)
    expect(at([views("svc.render(request.args['name'])"), service], 'python/path-traversal')).toEqual(['app/services/reports.py:8'])
    expect(at([views("report_service.render(request.args['name'])"), service], 'python/path-traversal')).toEqual(['app/services/reports.py:8'])
    expect(at([views("ReportService().render(request.args['name'])"), service], 'python/path-traversal')).toEqual(['app/services/reports.py:8'])
    expect(at([views("ReportService.pack(request.args['folder'])"), service], 'python/shell-injection')).toEqual(['app/services/reports.py:19'])
    // the method's return was checked: the caller's send_file is not reported
    expect(at([views("send_file(svc.checked(request.args['name']))"), service], 'python/path-traversal')).toEqual([])

    const jsService = (exportLine: string) =>
      added('src/services/files.js', ["const fs = require('fs')", "const path = require('path')", 'class FileService {', '  read(name) {', "    return fs.readFileSync(path.join('/srv/files', name), 'utf8')", '  }', '}', exportLine])
    const routes = (lines: string[]) => added('src/routes.js', ["const express = require('express')", ...lines, "express.Router().get('/f', (req, res) => res.send(files.read(req.query.name)))"])
    const js = (files: ReviewInputFile[]) => at(files, 'js/path-traversal')
    expect(js([routes(["const FileService = require('./services/files')", 'const files = new FileService()']), jsService('module.exports = FileService')])).toEqual(['src/services/files.js:5'])
    expect(js([routes(["const files = require('./services/files')"]), jsService('module.exports = new FileService()')])).toEqual(['src/services/files.js:5'])
    expect(js([routes(["const { files } = require('./services/files')"]), jsService('const files = new FileService()\nmodule.exports = { files }')])).toEqual(['src/services/files.js:5'])
    expect(js([routes(["import { FileService } from './services/files'", 'const files = new FileService()']), jsService('export { FileService }')])).toEqual(['src/services/files.js:5'])
  })

  it('does not guess which class a method belongs to when two classes of the file define it', ({ expect }) => {
    const service = added('src/services/files.js', ["const fs = require('fs')", 'class A {', '  read(name) {', '    return fs.readFileSync(name)', '  }', '}', 'class B {', '  read(name) {', '    return fs.readFileSync(name)', '  }', '}', 'module.exports = { a: new A(), b: new B() }'])
    const routes = added('src/routes.js', ["const svc = require('./services/files')", "app.get('/f', (req, res) => res.send(svc.read(req.query.name)))"])
    expect(reviewChangeset([routes, service]).findings.filter((f) => f.ruleId === 'js/path-traversal' && f.filePath === 'src/services/files.js' && /src\/routes\.js line/.test(f.message))).toEqual([])
  })
  it('reports a file opened from request data where it is opened, not again where the open file is sent', ({ expect }) => {
    const files = added('reports/files.py', ['import os', '', "REPORT_DIR = '/srv/reports'", '', 'def open_report(name):', "    return open(os.path.join(REPORT_DIR, name), 'rb')"])
    const views = added('reports/views.py', ['from django.http import FileResponse', 'from reports import files', '', 'def download(request):', "    return FileResponse(files.open_report(request.GET['name']), as_attachment=True)"])
    expect(reviewChangeset([views, files]).findings.filter((f) => f.ruleId === 'python/path-traversal').map((f) => `${f.filePath}:${f.line}`)).toEqual(['reports/files.py:6'])
  })
  it('follows a service kept on the instance, and takes its methods for its own, not a database’s of the same name', ({ expect }) => {
    const service = added('src/services/user-service.js', ["const { exec } = require('child_process')", 'class UserService {', '  find(term) {', "    return exec('grep ' + term + ' /srv/users.txt')", '  }', '}', 'module.exports = UserService'])
    const controller = added('src/controllers/users.js', ["const UserService = require('../services/user-service')", 'class UserController {', '  constructor() {', '    this.users = new UserService()', '  }', '  async search(req, res) {', '    res.json(await this.users.find(req.query.q))', '  }', '}', 'module.exports = new UserController()'])
    const found = reviewChangeset([controller, service]).findings.filter((f) => f.filePath !== null)
    expect(found.map((f) => `${f.filePath}:${f.line}:${f.ruleId}`)).toEqual(['src/services/user-service.js:4:js/shell-injection'])
    expect(found[0]!.message).toContain('src/controllers/users.js line 7')

    // The same in Python: a service made in __init__ and kept on self.
    const pyService = added('app/services/reports.py', ['import os', '', 'class ReportService:', '    def render(self, name):', "        with open(os.path.join('/srv/reports', name)) as fh:", '            return fh.read()'])
    const view = added('app/views.py', ['from django.views import View', 'from app.services.reports import ReportService', '', 'class ReportView(View):', '    def __init__(self, **kwargs):', '        super().__init__(**kwargs)', '        self.reports = ReportService()', '', '    def get(self, request):', "        return self.reports.render(request.GET['name'])"])
    expect(reviewChangeset([view, pyService]).findings.filter((f) => f.ruleId === 'python/path-traversal').map((f) => `${f.filePath}:${f.line}`)).toEqual(['app/services/reports.py:5'])

    // A model another file of the change exports is still a database's: its find takes the client's filter.
    const model = added('src/models/user.js', ["const mongoose = require('mongoose')", "module.exports = mongoose.model('User', new mongoose.Schema({ name: String }))"])
    const routes = added('src/routes/users.js', ["const User = require('../models/user')", "router.get('/users', async (req, res) => res.json(await User.find(req.query)))"])
    expect(reviewChangeset([routes, model]).findings.filter((f) => f.ruleId === 'js/nosql-injection').map((f) => `${f.filePath}:${f.line}`)).toEqual(['src/routes/users.js:2'])
  })
})
