/**
 * The review page's live layer, served as a same-origin ES module (no build step, no framework).
 * It trades the page token for a short-lived event ticket, follows the changeset's event stream,
 * and re-renders the findings from the server's own HTML (`/r/{id}/findings`), so the markup
 * and its escaping live in one place. After a dropped socket it resumes with `since`.
 */
export const PAGE_CLIENT_JS = String.raw`const body = document.body
const token = body.dataset.token
const base = '/r/' + encodeURIComponent(body.dataset.changesetId)
const $ = (selector) => document.querySelector(selector)
const state = { lastSeq: 0, attempt: 0, socket: null, stopped: false, refresh: 0, ping: 0 }
window.reviewPage = state

function setConnection(text) {
  $('#connection').textContent = text
}

function setStatus(status) {
  const el = $('#status')
  el.textContent = status
  el.className = 'status status-' + status
  body.dataset.status = status
  if (status !== 'in_progress') {
    $('#progress').hidden = true
    $('#progress-text').textContent = ''
  }
}

function setProgress(done, total, unit) {
  const bar = $('#progress')
  bar.hidden = false
  bar.max = Math.max(total, 1)
  bar.value = done
  $('#progress-text').textContent = unit + ' ' + done + '/' + total
}

function setCounts(bySeverity, byStatus, verdict) {
  for (const el of document.querySelectorAll('[data-severity-count]')) el.textContent = String(bySeverity[el.dataset.severityCount] ?? 0)
  for (const el of document.querySelectorAll('[data-status-count]')) el.textContent = String(byStatus[el.dataset.statusCount] ?? 0)
  $('#verdict').textContent = verdict ?? 'pending'
}

function filterQuery() {
  const params = new URLSearchParams(location.search)
  params.set('t', token)
  return params.toString()
}

/** Replaces the findings with the server's rendering; a slower, older answer never wins. */
async function refreshFindings() {
  const mine = ++state.refresh
  const res = await fetch(base + '/findings?' + filterQuery(), { headers: { accept: 'text/html' } })
  if (!res.ok || mine !== state.refresh) return
  const markup = await res.text()
  if (mine !== state.refresh) return
  const open = new Set([...document.querySelectorAll('details.file[open]')].map((d) => d.dataset.path))
  $('#findings').innerHTML = markup
  // Files the reader opened stay open.
  for (const d of document.querySelectorAll('details.file')) if (open.has(d.dataset.path)) d.open = true
}

function handle(event) {
  if (event.type === 'snapshot') {
    $('#revision').textContent = String(event.revision)
    setStatus(event.status)
    setCounts(event.findings.by_severity, event.findings.by_status, event.verdict)
    if (event.progress) setProgress(event.progress.files_done, event.progress.files_total, 'files')
    void refreshFindings()
  } else if (event.type === 'status') {
    $('#revision').textContent = String(event.revision)
    setStatus(event.status)
    if (event.status === 'reviewed' || event.status === 'failed' || event.status === 'pending') void refreshFindings()
  } else if (event.type === 'progress') {
    if (event.phase === 'ai' && event.chunks_total) setProgress(event.chunks_done ?? 0, event.chunks_total, 'AI chunks')
    else setProgress(event.files_done, event.files_total, 'files')
  } else if (event.type === 'findings') {
    setCounts(event.by_severity, event.by_status, event.verdict)
    void refreshFindings()
  }
}

async function connect() {
  if (state.stopped) return
  let url
  try {
    const res = await fetch(base + '/ticket?t=' + encodeURIComponent(token), { method: 'POST' })
    if (res.status === 404) return stop('This link is no longer valid.')
    if (!res.ok) throw new Error('ticket ' + res.status)
    url = (await res.json()).url
  } catch {
    return retry()
  }
  const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://'
  const ws = new WebSocket(scheme + location.host + url + (state.lastSeq ? '&since=' + state.lastSeq : ''))
  state.socket = ws
  ws.onopen = () => {
    state.attempt = 0
    setConnection('Live')
    state.ping = setInterval(() => ws.readyState === 1 && ws.send('{"type":"ping"}'), 30000)
  }
  ws.onmessage = (message) => {
    const event = JSON.parse(message.data)
    if (typeof event.seq !== 'number') return
    // Resumes replay only what came after lastSeq; this guard keeps a repeat from counting twice.
    if (event.type !== 'snapshot' && event.seq <= state.lastSeq) return
    state.lastSeq = Math.max(state.lastSeq, event.seq)
    handle(event)
  }
  ws.onclose = (e) => {
    clearInterval(state.ping)
    if (state.socket !== ws) return
    if (e.code === 4404) return stop('This changeset was deleted.')
    retry()
  }
}

function retry() {
  if (state.stopped) return
  setConnection('Reconnecting…')
  const delay = Math.min(1000 * 2 ** state.attempt++, 15000)
  setTimeout(connect, delay)
}

function stop(text) {
  state.stopped = true
  setConnection(text)
}

async function triage(form) {
  const data = new FormData(form)
  const button = form.querySelector('button')
  button.disabled = true
  const res = await fetch(form.action, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ status: data.get('status'), reason: data.get('reason') || undefined }),
  })
  button.disabled = false
  if (!res.ok) {
    setConnection('Could not update the finding (' + res.status + ').')
    return
  }
  await refreshFindings()
  const id = form.action.split('/findings/')[1]?.split('?')[0]
  document.getElementById('finding-' + decodeURIComponent(id ?? ''))?.querySelector('button, a')?.focus()
}

document.addEventListener('submit', (e) => {
  const form = e.target
  if (form.matches('form.triage')) {
    e.preventDefault()
    void triage(form)
  } else if (form.id === 'filters') {
    e.preventDefault()
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(form)) if (value && name !== 't') params.set(name, String(value))
    params.set('t', token)
    history.replaceState(null, '', base + '?' + params.toString())
    void refreshFindings()
  }
})

document.addEventListener('change', (e) => {
  if (e.target.closest('#filters')) e.target.form.requestSubmit()
})

void connect()
`
