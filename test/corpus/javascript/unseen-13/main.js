// corpus: path=electron/main.js
const { app, BrowserWindow, ipcMain, shell, dialog } = require('electron')
const path = require('node:path')
const fs = require('node:fs/promises')
const { exec, spawn } = require('node:child_process')
const Store = require('electron-store')

const store = new Store({ defaults: { recent: [], theme: 'system' } })
let mainWindow

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
    },
  })
  mainWindow.loadFile(path.join(__dirname, '..', 'dist', 'index.html'))
}

ipcMain.handle('settings:get', () => store.store)

ipcMain.handle('settings:set', (_event, key, value) => {
  if (!['theme', 'fontSize', 'spellcheck'].includes(key)) throw new Error(`unknown setting ${key}`)
  store.set(key, value)
  return store.store
})

ipcMain.handle('git:log', async (_event, repoDir, branch) => {
  return new Promise((resolve, reject) => {
    exec(`git -C "${repoDir}" log --oneline ${branch}`, (err, stdout) => (err ? reject(err) : resolve(stdout))) // expect: command-injection
  })
})

ipcMain.handle('git:status', async (_event, repoDir) => {
  const child = spawn('git', ['-C', repoDir, 'status', '--porcelain']) // ok: command-injection
  let out = ''
  for await (const chunk of child.stdout) out += chunk
  return out.split('\n').filter(Boolean)
})

ipcMain.handle('file:open', async () => {
  const { canceled, filePaths } = await dialog.showOpenDialog(mainWindow, { properties: ['openFile'] })
  if (canceled || filePaths.length === 0) return null
  const text = await fs.readFile(filePaths[0], 'utf8') // ok: path-traversal
  store.set('recent', [filePaths[0], ...store.get('recent')].slice(0, 10))
  return { path: filePaths[0], text }
})

ipcMain.handle('link:open', async (_event, href) => {
  const url = new URL(href)
  if (url.protocol === 'https:' || url.protocol === 'http:') await shell.openExternal(url.toString())
})

app.whenReady().then(() => {
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
