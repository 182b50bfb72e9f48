// corpus: path=electron/main.ts
import { app, BrowserWindow, ipcMain, dialog, shell } from 'electron'
import path from 'node:path'
import { readFile, writeFile } from 'node:fs/promises'
import { exec, spawn } from 'node:child_process'
import Store from 'electron-store'

let win: BrowserWindow | null = null
const store = new Store<{ recent: string[]; exportDir: string }>({ defaults: { recent: [], exportDir: app.getPath('documents') } })
const opened = new Set<string>()

function createWindow() {
  win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      nodeIntegration: false,
    },
  })
  win.loadFile(path.join(__dirname, '../renderer/index.html'))
}

ipcMain.handle('dialog:open', async () => {
  const result = await dialog.showOpenDialog({ properties: ['openFile'], filters: [{ name: 'Markdown', extensions: ['md'] }] })
  if (result.canceled || !result.filePaths[0]) return null
  opened.add(result.filePaths[0])
  store.set('recent', [result.filePaths[0], ...store.get('recent')].slice(0, 10))
  return { path: result.filePaths[0], content: await readFile(result.filePaths[0], 'utf8') }
})

ipcMain.handle('file:save', async (_event, filePath: string, content: string) => {
  if (!opened.has(filePath)) throw new Error('File was not opened through the dialog')
  await writeFile(filePath, content, 'utf8') // ok: path-traversal
  return true
})

ipcMain.handle('file:export', async (_event, name: string, html: string) => {
  const target = path.join(store.get('exportDir'), name)
  await writeFile(target, html, 'utf8') // expect: path-traversal
  return target
})

ipcMain.handle('link:open', async (_event, href: string) => {
  const url = new URL(href)
  if (url.protocol === 'https:' || url.protocol === 'mailto:') {
    await shell.openExternal(url.toString())
  }
})

ipcMain.handle('pandoc:convert', async (_event, input: string, format: string) => {
  return new Promise<string>((resolve, reject) => {
    exec(`pandoc "${input}" -t ${format}`, (err, stdout) => (err ? reject(err) : resolve(stdout))) // expect: command-injection
  })
})

ipcMain.handle('git:log', async (_event, repoDir: string) => {
  if (!opened.has(repoDir)) throw new Error('unknown repository')
  return new Promise<string>((resolve, reject) => {
    const child = spawn('git', ['log', '--oneline', '-n', '50'], { cwd: repoDir }) // ok: command-injection
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`git exited ${code}`))))
  })
})

ipcMain.handle('plugin:eval', async (_event, source: string) => {
  const fn = new Function('api', source) // expect: code-injection
  return fn({ version: app.getVersion() })
})

app.whenReady().then(createWindow)
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
