// corpus: path=app/preload.js
const { contextBridge, ipcRenderer } = require('electron')

contextBridge.exposeInMainWorld('notes', {
  read: (name) => ipcRenderer.invoke('notes:read', name),
  save: (name, body) => ipcRenderer.invoke('notes:save', name, body),
  exportAs: (format) => ipcRenderer.invoke('notes:export', format),
  sync: (remote) => ipcRenderer.invoke('git:sync', remote),
  status: () => ipcRenderer.invoke('git:status'),
})

window.addEventListener('DOMContentLoaded', () => {
  const params = new URLSearchParams(window.location.search)
  const banner = document.getElementById('banner')
  if (banner && params.get('welcome')) banner.innerHTML = `<strong>${params.get('welcome')}</strong>` // expect: xss
  const footer = document.getElementById('versions')
  if (footer) footer.textContent = `Electron ${process.versions.electron}` // ok: xss
})
