// corpus: path=app/main/index.js
const { app, BrowserWindow, ipcMain, shell, dialog } = require('electron')
const path = require('path')
const fs = require('fs/promises')
const { exec, execFile } = require('child_process')
const { promisify } = require('util')

const execFileAsync = promisify(execFile)
const ALLOWED_HOSTS = new Set(['docs.example.com', 'status.example.com'])
let mainWindow

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
    },
  })
  mainWindow.loadFile(path.join(__dirname, '../renderer/index.html'))
}

ipcMain.handle('git:status', async (_event, repoDir) => {
  const { stdout } = await execFileAsync('git', ['-C', repoDir, 'status', '--porcelain']) // ok: command-injection
  return stdout.split('\n').filter(Boolean)
})

ipcMain.handle('git:checkout', (_event, repoDir, branch) => {
  return new Promise((resolve, reject) => {
    exec(`git -C "${repoDir}" checkout ${branch}`, (err, stdout) => (err ? reject(err) : resolve(stdout))) // expect: command-injection
  })
})

ipcMain.handle('tools:format', async (_event, file) => {
  const prettier = path.join(app.getAppPath(), 'node_modules', '.bin', 'prettier')
  const { stdout } = await execFileAsync(prettier, ['--write', file]) // ok: command-injection
  return stdout
})

ipcMain.handle('link:open', async (_event, url) => {
  const parsed = new URL(url)
  if (parsed.protocol !== 'https:' || !ALLOWED_HOSTS.has(parsed.hostname)) return false
  await shell.openExternal(parsed.toString())
  return true
})

ipcMain.handle('theme:apply', async (_event, css) => {
  await mainWindow.webContents.executeJavaScript( // expect: code-injection
    `document.getElementById('user-theme').textContent = '${css}'`,
  )
})

ipcMain.handle('theme:apply-safe', async (_event, css) => {
  await mainWindow.webContents.insertCSS(String(css)) // ok: code-injection
})

ipcMain.handle('notes:save', async (_event, contents) => {
  const { filePath, canceled } = await dialog.showSaveDialog(mainWindow, { defaultPath: 'notes.md' })
  if (canceled || !filePath) return null
  await fs.writeFile(filePath, contents, 'utf8') // ok: path-traversal
  return filePath
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
