// corpus: path=public/worker-loader.js
const params = new URL(self.location.href).searchParams
const PLUGINS = { charts: '/plugins/charts.js', maps: '/plugins/maps.js' }

function loadPlugin() {
  importScripts(params.get('plugin')) // expect: xss
}

function loadPluginSafe() {
  const src = PLUGINS[params.get('plugin')]
  if (src) importScripts(src) // ok: xss
}

self.onmessage = (event) => (event.data === 'strict' ? loadPluginSafe() : loadPlugin())
