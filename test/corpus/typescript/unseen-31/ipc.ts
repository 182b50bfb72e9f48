import { app, BrowserWindow, ipcMain, dialog } from 'electron'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { exec, execFile } from 'node:child_process'

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

  ipcMain.handle('workspace:read', async (_event, relative: string) => {
    return readFile(join(WORKSPACE, relative), 'utf8') // expect: path-traversal
  })

  ipcMain.handle('workspace:write', async (_event, relative: string, contents: string) => {
    const target = resolve(WORKSPACE, relative)
    if (!target.startsWith(WORKSPACE + sep)) throw new Error('outside the workspace')
    await writeFile(target, contents) // ok: path-traversal
  })

  ipcMain.handle('git:log', async (_event, branch: string) => {
    return new Promise((done, fail) => {
      exec(`git log --oneline -n 50 ${branch}`, { cwd: WORKSPACE }, (err, stdout) => (err ? fail(err) : done(stdout))) // expect: command-injection
    })
  })

  ipcMain.handle('git:show', async (_event, ref: string) => {
    return new Promise((done, fail) => {
      execFile('git', ['show', '--stat', '--end-of-options', ref], { cwd: WORKSPACE }, (err, stdout) => (err ? fail(err) : done(stdout))) // ok: command-injection
    })
  })
}
