// corpus: path=src/extension.js
'use strict'

const vscode = require('vscode')
const cp = require('child_process')
const path = require('path')
const fs = require('fs')

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c])

function workspaceRoot() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0]
  return folder ? folder.uri.fsPath : undefined
}

function output() {
  if (!output.channel) output.channel = vscode.window.createOutputChannel('Lint Runner')
  return output.channel
}

/**
 * `.vscode/settings.json` ships with the repository that was opened, so a cloned project chooses these values.
 */
function runLinter(document) {
  const config = vscode.workspace.getConfiguration('lintRunner')
  const linter = config.get('command', 'eslint')
  const extraArgs = config.get('extraArgs', '')
  const cwd = workspaceRoot()
  cp.exec(`${linter} ${extraArgs} --format json "${document.fileName}"`, { cwd }, (err, stdout) => { // expect: command-injection
    if (stdout) output().appendLine(stdout)
  })
}

function runLinterSafely(document) {
  const config = vscode.workspace.getConfiguration('lintRunner')
  const args = config.get('args', [])
  const cwd = workspaceRoot()
  cp.execFile(path.join(cwd, 'node_modules', '.bin', 'eslint'), [...args, '--format', 'json', document.fileName], { cwd }, (err, stdout) => { // ok: command-injection
    if (stdout) output().appendLine(stdout)
  })
}

function runSelection() {
  const editor = vscode.window.activeTextEditor
  if (!editor) return
  const selected = editor.document.getText(editor.selection)
  cp.exec(`node -e "${selected}"`, (err, stdout, stderr) => { // expect: command-injection
    output().appendLine(stdout || stderr)
    output().show(true)
  })
}

async function checkoutBranch() {
  const name = await vscode.window.showInputBox({ prompt: 'Branch to check out', validateInput: (v) => (/^[\w./-]+$/.test(v) ? null : 'Not a branch name') })
  if (!name) return
  cp.execFile('git', ['checkout', name], { cwd: workspaceRoot() }, (err) => { // ok: command-injection
    if (err) vscode.window.showErrorMessage(err.message)
  })
}

function previewChangelog(context) {
  const root = workspaceRoot()
  const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')
  const panel = vscode.window.createWebviewPanel('changelog', 'Changelog', vscode.ViewColumn.Beside, { enableScripts: true })
  const entries = changelog.split(/^## /m).slice(1)
  panel.webview.html = `<!DOCTYPE html><html><body>${entries.map((e) => `<section><h2>${e.split('\n')[0]}</h2><pre>${e}</pre></section>`).join('')}</body></html>` // expect: xss
  context.subscriptions.push(panel)
}

function previewPackage(context) {
  const root = workspaceRoot()
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  const panel = vscode.window.createWebviewPanel('pkg', 'Package', vscode.ViewColumn.Beside, {})
  const rows = Object.entries(pkg.scripts || {}).map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td><code>${escapeHtml(v)}</code></td></tr>`)
  panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${panel.webview.cspSource};"></head><body><table>${rows.join('')}</table></body></html>` // ok: xss
  context.subscriptions.push(panel)
}

function showDiagnostics(panel, document) {
  const text = document.getText()
  const todos = text.split('\n').filter((line) => line.includes('TODO'))
  panel.webview.postMessage({ type: 'todos', items: todos })
}

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('lintRunner.run', () => {
      const editor = vscode.window.activeTextEditor
      if (editor) runLinter(editor.document)
    }),
    vscode.commands.registerCommand('lintRunner.runSafe', () => {
      const editor = vscode.window.activeTextEditor
      if (editor) runLinterSafely(editor.document)
    }),
    vscode.commands.registerCommand('lintRunner.runSelection', runSelection),
    vscode.commands.registerCommand('lintRunner.checkout', checkoutBranch),
    vscode.commands.registerCommand('lintRunner.changelog', () => previewChangelog(context)),
    vscode.commands.registerCommand('lintRunner.package', () => previewPackage(context)),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (vscode.workspace.getConfiguration('lintRunner').get('runOnSave')) runLinter(doc)
    }),
  )
}

function deactivate() {
  if (output.channel) output.channel.dispose()
}

module.exports = { activate, deactivate, showDiagnostics }
