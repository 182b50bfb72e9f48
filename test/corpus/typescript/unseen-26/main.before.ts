import { app, BrowserWindow, ipcMain, dialog } from 'electron'
import path from 'node:path'
import { readFile } from 'node:fs/promises'

let win: BrowserWindow | null = null

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
  return { path: result.filePaths[0], content: await readFile(result.filePaths[0], 'utf8') }
})

app.whenReady().then(createWindow)
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
