// corpus: path=app/preload/index.js
const { contextBridge, ipcRenderer } = require('electron')

contextBridge.exposeInMainWorld('workspace', {
  status: (repoDir) => ipcRenderer.invoke('git:status', repoDir),
  checkout: (repoDir, branch) => ipcRenderer.invoke('git:checkout', repoDir, branch),
  format: (file) => ipcRenderer.invoke('tools:format', file),
  openLink: (url) => ipcRenderer.invoke('link:open', url),
  applyTheme: (css) => ipcRenderer.invoke('theme:apply-safe', css),
  saveNotes: (contents) => ipcRenderer.invoke('notes:save', contents),
})

window.addEventListener('DOMContentLoaded', () => {
  const version = document.getElementById('app-version')
  if (version) version.textContent = process.versions.electron // ok: xss
})
