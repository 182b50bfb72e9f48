// corpus: path=app/main.js
const { app, BrowserWindow, ipcMain, shell, dialog } = require('electron')
const path = require('path')
const fs = require('fs/promises')
const { spawn } = require('child_process')

let win

function createWindow() {
  win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
    },
  })
  win.loadFile(path.join(__dirname, 'renderer', 'index.html'))

  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) shell.openExternal(url)
    return { action: 'deny' }
  })
}

const WORKSPACE = path.join(app.getPath('documents'), 'Notes')

ipcMain.handle('notes:read', async (_event, name) => {
  return fs.readFile(path.join(WORKSPACE, name), 'utf8') // expect: path-traversal
})

ipcMain.handle('notes:save', async (_event, name, body) => {
  const target = path.resolve(WORKSPACE, name)
  if (!target.startsWith(WORKSPACE + path.sep)) throw new Error('outside workspace')
  await fs.writeFile(target, body, 'utf8') // ok: path-traversal
  return true
})

ipcMain.handle('notes:export', async (_event, format) => {
  const { filePath } = await dialog.showSaveDialog(win, { defaultPath: `notes.${format === 'pdf' ? 'pdf' : 'html'}` })
  if (!filePath) return null
  const data = await win.webContents.printToPDF({})
  await fs.writeFile(filePath, data) // ok: path-traversal
  return filePath
})

ipcMain.handle('git:sync', async (_event, remote) => {
  return new Promise((resolve, reject) => {
    const child = spawn(`git pull ${remote} main`, { cwd: WORKSPACE, shell: true }) // expect: command-injection
    child.on('close', (code) => (code === 0 ? resolve(true) : reject(new Error(`git exited ${code}`))))
  })
})

ipcMain.handle('git:status', async () => {
  return new Promise((resolve) => {
    const child = spawn('git', ['status', '--porcelain'], { cwd: WORKSPACE }) // ok: command-injection
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('close', () => resolve(out))
  })
})

ipcMain.on('plugin:run', (event, source) => {
  const result = win.webContents.executeJavaScript(source) // expect: code-injection
  result.then((value) => event.reply('plugin:result', value)) // expect: unhandled-promise
})

app.whenReady().then(createWindow)
app.on('window-all-closed', () => process.platform !== 'darwin' && app.quit())
