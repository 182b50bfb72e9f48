const { app, BrowserWindow, ipcMain, dialog } = require('electron')
const path = require('path')
const fs = require('fs/promises')

let mainWindow

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
  const dir = path.join(app.getPath('userData'), 'notes')
  await fs.mkdir(dir, { recursive: true })
  return fs.readdir(dir)
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
