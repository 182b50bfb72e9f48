// corpus: path=services/campaigns/preview.js
const Hogan = require('hogan.js')
const dust = require('dustjs-linkedin')
const { promisify } = require('util')
const fs = require('fs/promises')
const path = require('path')

const renderSource = promisify(dust.renderSource)
const SAMPLE_CONTACT = { first_name: 'Ada', last_name: 'Lovelace', company: 'Analytical Engines Ltd' }
const LAYOUT_DIR = path.join(__dirname, 'layouts')

const layoutCache = new Map()

async function loadLayout(name) {
  if (!layoutCache.has(name)) {
    const text = await fs.readFile(path.join(LAYOUT_DIR, `${name}.mustache`), 'utf8')
    layoutCache.set(name, Hogan.compile(text)) // ok: template-injection
  }
  return layoutCache.get(name)
}

module.exports = function mount(app) {
  // Marketers type the campaign body in the editor; the preview pane posts it here on every keystroke.
  app.post('/campaigns/preview', async (req, res) => {
    const { body, layout = 'default' } = req.body
    const inner = Hogan.compile(body).render(SAMPLE_CONTACT) // expect: template-injection
    const frame = await loadLayout(layout.replace(/[^a-z0-9-]/gi, ''))
    res.json({ html: frame.render({ content: inner }) })
  })

  app.post('/campaigns/preview/subject', async (req, res) => {
    try {
      const subject = await renderSource(req.body.subject, SAMPLE_CONTACT) // expect: template-injection
      res.json({ subject })
    } catch (e) {
      res.status(422).json({ error: 'Template error' })
    }
  })
}
