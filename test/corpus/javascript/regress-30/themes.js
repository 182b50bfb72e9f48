const path = require('path')
const fs = require('fs')

const THEMES = path.join(__dirname, 'themes')
const KNOWN = new Set(fs.readdirSync(THEMES).map((f) => path.parse(f).name))

function loadTheme(themeName) {
  if (!KNOWN.has(themeName)) throw new Error(`unknown theme ${themeName}`)
  const file = path.join(THEMES, themeName + '.json') // ok: path-traversal
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

function themeLabel(themeName) {
  return themeName.replace(/[-_]/g, ' ') // ok: path-traversal
}

module.exports = { loadTheme, themeLabel }
