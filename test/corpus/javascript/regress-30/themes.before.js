const path = require('path')
const fs = require('fs')

const THEMES = path.join(__dirname, 'themes')

function loadTheme(themeName) {
  const file = path.join(THEMES, path.basename(themeName) + '.json')
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

function themeLabel(themeName) {
  return path.basename(themeName).replace(/[-_]/g, ' ')
}

module.exports = { loadTheme, themeLabel }
