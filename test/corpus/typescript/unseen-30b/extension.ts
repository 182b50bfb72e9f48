// corpus: path=src/extension.ts
import * as vscode from 'vscode'
import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import * as path from 'node:path'
import { marked } from 'marked'
import DOMPurify from 'isomorphic-dompurify'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

interface FormatterSettings {
  executable: string
  flags: string
}

function settings(): FormatterSettings {
  // Workspace settings come from `.vscode/settings.json` of whatever folder was opened.
  const config = vscode.workspace.getConfiguration('sqlfmt')
  return { executable: config.get<string>('executable', 'sqlfmt'), flags: config.get<string>('flags', '') }
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  return Array.from({ length: 32 }, () => chars[Math.floor(Math.random() * chars.length)]).join('') // expect: insecure-random
}

async function formatDocument(document: vscode.TextDocument): Promise<vscode.TextEdit[]> {
  const { executable, flags } = settings()
  const { stdout } = await execAsync(`${executable} ${flags} "${document.uri.fsPath}"`) // expect: command-injection
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length))
  return [vscode.TextEdit.replace(whole, stdout)]
}

async function explainQuery(editor: vscode.TextEditor): Promise<void> {
  const query = editor.document.getText(editor.selection)
  const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri)
  const { stdout } = await execAsync(`psql "$DATABASE_URL" -c "EXPLAIN ${query}"`, { cwd: folder?.uri.fsPath }) // expect: command-injection
  vscode.window.showInformationMessage(stdout.split('\n')[2] ?? 'no plan')
}

async function explainQuerySafely(editor: vscode.TextEditor): Promise<void> {
  const query = editor.document.getText(editor.selection)
  const { stdout } = await execFileAsync('psql', [process.env.DATABASE_URL ?? '', '-c', `EXPLAIN ${query}`]) // ok: command-injection
  vscode.window.showInformationMessage(stdout.split('\n')[2] ?? 'no plan')
}

async function pickDialect(): Promise<string | undefined> {
  const dialect = await vscode.window.showQuickPick(['postgres', 'mysql', 'sqlite'], { placeHolder: 'SQL dialect' })
  if (!dialect) return undefined
  await execFileAsync('sqlfmt', ['--set-dialect', dialect]) // ok: command-injection
  return dialect
}

function previewReadme(context: vscode.ExtensionContext, document: vscode.TextDocument): void {
  const panel = vscode.window.createWebviewPanel('readme', `Preview ${path.basename(document.fileName)}`, vscode.ViewColumn.Beside, { enableScripts: true })
  const body = marked.parse(document.getText()) as string
  panel.webview.html = `<!DOCTYPE html><html><body>${body}<script src="${panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'media', 'preview.js'))}"></script></body></html>` // expect: xss
  context.subscriptions.push(panel)
}

function previewReadmeSafely(context: vscode.ExtensionContext, document: vscode.TextDocument): void {
  const panel = vscode.window.createWebviewPanel('readme', `Preview ${path.basename(document.fileName)}`, vscode.ViewColumn.Beside, { enableScripts: true })
  const body = DOMPurify.sanitize(marked.parse(document.getText()) as string)
  const n = nonce()
  const csp = `default-src 'none'; img-src ${panel.webview.cspSource} https:; script-src 'nonce-${n}'; style-src ${panel.webview.cspSource};`
  panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body>${body}<script nonce="${n}" src="${panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'media', 'preview.js'))}"></script></body></html>` // ok: xss
  context.subscriptions.push(panel)
}

function showTableList(panel: vscode.WebviewPanel, document: vscode.TextDocument): void {
  const tables = [...document.getText().matchAll(/create\s+table\s+(\w+)/gi)].map((m) => m[1])
  panel.webview.html = `<ul>${tables.map((t) => `<li>${t}</li>`).join('')}</ul>` // ok: xss
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentFormattingEditProvider('sql', { provideDocumentFormattingEdits: formatDocument }),
    vscode.commands.registerTextEditorCommand('sqlfmt.explain', explainQuery),
    vscode.commands.registerTextEditorCommand('sqlfmt.explainSafe', explainQuerySafely),
    vscode.commands.registerCommand('sqlfmt.dialect', pickDialect),
    vscode.commands.registerCommand('sqlfmt.preview', () => {
      const doc = vscode.window.activeTextEditor?.document
      if (doc) previewReadme(context, doc)
    }),
    vscode.commands.registerCommand('sqlfmt.previewSafe', () => {
      const doc = vscode.window.activeTextEditor?.document
      if (doc) previewReadmeSafely(context, doc)
    }),
    vscode.commands.registerCommand('sqlfmt.tables', () => {
      const doc = vscode.window.activeTextEditor?.document
      if (!doc) return
      const panel = vscode.window.createWebviewPanel('tables', 'Tables', vscode.ViewColumn.Beside, {})
      showTableList(panel, doc)
    }),
  )
}

export function deactivate(): void {}
