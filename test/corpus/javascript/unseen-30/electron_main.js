'use strict'

const { app, BrowserWindow, ipcMain, dialog, shell } = require('electron')
const path = require('path')
const fs = require('fs/promises')
const { spawn, exec } = require('child_process')

const NOTES_DIR = path.join(app.getPath('documents'), 'Notebook')
let mainWindow

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
    },
  })
  mainWindow.loadFile(path.join(__dirname, 'renderer', 'index.html'))
}

ipcMain.handle('notes:list', async () => {
  const entries = await fs.readdir(NOTES_DIR, { withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => e.name)
})

ipcMain.handle('notes:read', async (event, name) => {
  const file = path.join(NOTES_DIR, path.basename(name))
  return fs.readFile(file, 'utf8')
})

ipcMain.handle('notes:save', async (event, name, body) => {
  const file = path.join(NOTES_DIR, name) // expect: path-traversal
  await fs.writeFile(file, body, 'utf8') // also: path-traversal
  return true
})

ipcMain.handle('notes:delete', async (event, name) => {
  await fs.unlink(path.join(NOTES_DIR, name)) // expect: path-traversal
  return true
})

ipcMain.handle('notes:rename', async (event, from, to) => {
  await fs.rename(path.join(NOTES_DIR, path.basename(from)), path.join(NOTES_DIR, path.basename(to))) // ok: path-traversal
  return true
})

ipcMain.handle('notes:export', async (event, name, format) => {
  const { filePath, canceled } = await dialog.showSaveDialog(mainWindow, { defaultPath: name.replace(/\.md$/, `.${format}`) })
  if (canceled) return false
  const child = spawn('pandoc', [path.join(NOTES_DIR, path.basename(name)), '-t', String(format), '-o', filePath]) // ok: command-injection
  return new Promise((resolve) => child.on('close', (code) => resolve(code === 0)))
})

ipcMain.handle('notes:wordcount', async (event, name) => {
  return new Promise((resolve, reject) => {
    exec(`wc -w "${path.join(NOTES_DIR, name)}"`, (err, stdout) => (err ? reject(err) : resolve(parseInt(stdout, 10)))) // expect: command-injection
  })
})

ipcMain.handle('link:open', async (event, url) => {
  const parsed = new URL(url)
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false
  await shell.openExternal(parsed.toString())
  return true
})

app.whenReady().then(createWindow)
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
