// corpus: path=electron/main.js
const { app, BrowserWindow, ipcMain, shell, dialog } = require('electron');
const { exec, execFile } = require('child_process');
const path = require('path');
const fs = require('fs/promises');

let win;

function createWindow() {
  win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: { preload: path.join(__dirname, 'preload.js'), contextIsolation: true, sandbox: true },
  });
  win.loadFile(path.join(__dirname, 'renderer', 'index.html'));
}

ipcMain.handle('repo:status', async (_event, repoPath) => {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', repoPath, 'status', '--porcelain'], (err, stdout) => (err ? reject(err) : resolve(stdout))); // ok: command-injection
  });
});

ipcMain.handle('repo:checkout', async (_event, repoPath, branch) => {
  return new Promise((resolve, reject) => {
    exec(`git -C "${repoPath}" checkout ${branch}`, (err, stdout) => (err ? reject(err) : resolve(stdout))); // expect: command-injection
  });
});

ipcMain.handle('file:read', async (_event, name) => {
  const base = path.join(app.getPath('userData'), 'notes');
  const target = path.resolve(base, name);
  if (!target.startsWith(base + path.sep)) throw new Error('outside notes folder');
  return fs.readFile(target, 'utf8'); // ok: path-traversal
});

ipcMain.handle('file:export', async (_event, name, contents) => {
  const dir = path.join(app.getPath('documents'), 'Acme Notes');
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, name), contents, 'utf8'); // expect: path-traversal
  return dir;
});

ipcMain.handle('dialog:open', async () => {
  const { canceled, filePaths } = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: [{ name: 'Markdown', extensions: ['md'] }] });
  return canceled ? null : fs.readFile(filePaths[0], 'utf8');
});

ipcMain.on('link:open', (_event, url) => {
  if (/^https:\/\//.test(url)) shell.openExternal(url);
});

app.whenReady().then(createWindow);
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
