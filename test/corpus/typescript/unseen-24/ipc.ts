// corpus: path=src/main/ipc.ts
import { app, BrowserWindow, dialog, ipcMain, shell, session } from 'electron'
import { exec, spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import Store from 'electron-store'

const store = new Store<{ recent: string[]; proxyUrl?: string }>({ defaults: { recent: [] } })
const NOTES_DIR = path.join(app.getPath('documents'), 'Notes')

export function createWindow() {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
    },
  })
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url)
    return { action: 'deny' }
  })
  return win
}

export function registerIpc() {
  ipcMain.handle('notes:read', async (_event, name: string) => {
    return readFile(path.join(NOTES_DIR, name), 'utf8') // expect: path-traversal
  })

  ipcMain.handle('notes:read-recent', async (_event, index: number) => {
    const recent = store.get('recent')
    const file = recent[Number(index)]
    if (!file) return null
    return readFile(file, 'utf8') // ok: path-traversal
  })

  ipcMain.handle('notes:open-dialog', async (event) => {
    const win = BrowserWindow.fromWebContents(event.sender)!
    const { canceled, filePaths } = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: [{ name: 'Markdown', extensions: ['md'] }] })
    if (canceled || !filePaths[0]) return null
    store.set('recent', [filePaths[0], ...store.get('recent')].slice(0, 10))
    return { path: filePaths[0], text: await readFile(filePaths[0], 'utf8') } // ok: path-traversal
  })

  ipcMain.handle('git:clone', async (_event, repoUrl: string) => {
    return new Promise((resolve, reject) => {
      exec(`git clone --depth 1 ${repoUrl}`, { cwd: NOTES_DIR }, (err, stdout) => (err ? reject(err) : resolve(stdout))) // expect: command-injection
    })
  })

  ipcMain.handle('git:pull', async (_event, repoDir: string) => {
    const cwd = path.join(NOTES_DIR, path.basename(repoDir))
    const child = spawn('git', ['pull', '--ff-only'], { cwd }) // ok: command-injection
    return new Promise((resolve) => child.on('close', (code) => resolve(code === 0)))
  })

  ipcMain.handle('settings:set-proxy', async (_event, proxyUrl: string) => {
    store.set('proxyUrl', proxyUrl)
    await session.defaultSession.setProxy({ proxyRules: proxyUrl })
  })
}

app.on('certificate-error', (event, _webContents, url, _error, _certificate, callback) => {
  const proxy = store.get('proxyUrl')
  if (proxy && new URL(url).host === new URL(proxy).host) {
    event.preventDefault()
    callback(true) // expect: tls-verify-disabled
    return
  }
  callback(false) // ok: tls-verify-disabled
})
