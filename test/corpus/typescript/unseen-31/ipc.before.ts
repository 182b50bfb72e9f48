import { app, BrowserWindow, ipcMain, dialog } from 'electron'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const WORKSPACE = join(app.getPath('userData'), 'workspace')

export function registerIpc(win: BrowserWindow): void {
  ipcMain.handle('project:open', async () => {
    const { canceled, filePaths } = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: [{ name: 'Project', extensions: ['proj'] }] })
    if (canceled || !filePaths[0]) return null
    return JSON.parse(await readFile(filePaths[0], 'utf8'))
  })

  ipcMain.handle('project:save', async (_event, project: unknown) => {
    const { canceled, filePath } = await dialog.showSaveDialog(win, { defaultPath: join(WORKSPACE, 'untitled.proj') })
    if (canceled || !filePath) return false
    await writeFile(filePath, JSON.stringify(project, null, 2))
    return true
  })
}
