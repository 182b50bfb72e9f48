const { app, BrowserWindow, ipcMain, dialog } = require('electron')
const path = require('path')
const fs = require('fs/promises')
const { exec, execFile } = require('child_process')

let mainWindow

function notesDir() {
  return path.join(app.getPath('userData'), 'notes')
}

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      nodeIntegration: false,
    },
  })
  mainWindow.loadFile(path.join(__dirname, 'renderer', 'index.html'))
}

ipcMain.handle('notes:list', async () => {
  const dir = notesDir()
  await fs.mkdir(dir, { recursive: true })
  return fs.readdir(dir)
})

ipcMain.handle('notes:read', async (_event, name) => {
  return fs.readFile(path.join(notesDir(), name), 'utf8') // expect: path-traversal
})

ipcMain.handle('notes:save', async (_event, name, body) => {
  const safe = path.basename(String(name)).replace(/[^\w.-]/g, '_')
  await fs.writeFile(path.join(notesDir(), safe), String(body), 'utf8') // ok: path-traversal
  return safe
})

ipcMain.handle('notes:reveal', async (_event, name) => {
  const target = path.join(notesDir(), path.basename(name))
  exec(`open -R "${target}"`) // expect: command-injection
})

ipcMain.handle('notes:export-pdf', async (_event, name) => {
  const source = path.join(notesDir(), path.basename(name))
  const out = path.join(app.getPath('downloads'), `${path.basename(name, '.md')}.pdf`)
  return new Promise((resolve, reject) => {
    execFile('pandoc', [source, '-o', out], (err) => (err ? reject(err) : resolve(out))) // ok: command-injection
  })
})

ipcMain.handle('notes:pick', async () => {
  const { filePaths } = await dialog.showOpenDialog(mainWindow, { properties: ['openFile'] })
  if (!filePaths.length) return null
  return fs.readFile(filePaths[0], 'utf8')
})

app.whenReady().then(createWindow)
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
