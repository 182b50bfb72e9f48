// corpus: path=electron/main.ts
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { spawn, exec } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

let win: BrowserWindow | null = null;

function createWindow() {
  win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: { preload: path.join(__dirname, 'preload.js'), contextIsolation: true, nodeIntegration: false },
  });
  void win.loadFile(path.join(__dirname, '../renderer/index.html'));
}

ipcMain.handle('project:open', async () => {
  const { canceled, filePaths } = await dialog.showOpenDialog({ properties: ['openDirectory'] });
  return canceled ? null : filePaths[0];
});

ipcMain.handle('project:read', async (_event, projectDir: string, relPath: string) => {
  return readFile(path.join(projectDir, relPath), 'utf8'); // expect: path-traversal
});

ipcMain.handle('git:log', async (_event, projectDir: string, branch: string) => {
  return new Promise<string>((resolve, reject) => {
    exec(`git log --oneline -n 50 ${branch}`, { cwd: projectDir }, (err, stdout) => (err ? reject(err) : resolve(stdout))); // expect: command-injection
  });
});

ipcMain.handle('git:status', async (_event, projectDir: string) => {
  return new Promise<string>((resolve) => {
    const child = spawn('git', ['status', '--porcelain'], { cwd: projectDir }); // ok: command-injection
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', () => resolve(out));
  });
});

ipcMain.handle('settings:save', async (_event, settings: Record<string, unknown>) => {
  await writeFile(path.join(app.getPath('userData'), 'settings.json'), JSON.stringify(settings, null, 2)); // ok: path-traversal
});

ipcMain.on('open-docs', () => {
  void shell.openExternal('https://docs.example.com/desktop');
});

app.whenReady().then(createWindow);
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
