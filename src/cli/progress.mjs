// The live view of one review, driven by the stream's `status` and `progress` events: a redrawn
// line with a bar on a terminal, plain lines (changes only, no control codes) anywhere else.

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']
const BAR_WIDTH = 16
const PLAIN_PROGRESS_EVERY_MS = 5000
const TERMINAL_WORDS = new Set(['reviewed', 'failed'])
const STATUS_WORDS = { pending: 'queued', in_progress: 'reviewing', reviewed: 'reviewed', failed: 'failed' }

/**
 * `files` is how many files are under review when the caller knows it: a review that ends before
 * the stream attaches sends no progress, and the closing line still says what was reviewed.
 * @param {{ stream: NodeJS.WritableStream & { columns?: number }, interactive: boolean, style: import('./style.mjs').Style,
 *   label: string, revision: number, files?: number, now?: () => number }} options
 */
export function createProgress({ stream, interactive, style, label, revision, files, now = Date.now }) {
  const started = now()
  let status = 'pending'
  /** @type {{ phase: string, done: number, total: number } | null} */
  let progress = null
  let frame = 0
  let lastPlainProgress = started
  let lastPrinted = ''
  const elapsed = () => `${((now() - started) / 1000).toFixed(1)} s`

  const line = () => {
    const parts = [`${style.cyan(SPINNER[frame % SPINNER.length])} ${label}`, STATUS_WORDS[status] ?? status]
    if (progress && status === 'in_progress') parts.push(`${bar(progress.done, progress.total)} ${describe(progress)}`)
    parts.push(style.dim(elapsed()))
    return parts.join(' · ')
  }
  const redraw = () => {
    if (!interactive) return
    const width = (stream.columns || 80) - 1
    stream.write(`\r\x1b[2K${fit(line(), width)}`)
  }
  const plain = (text) => {
    if (interactive || text === lastPrinted) return
    lastPrinted = text
    stream.write(`${text} (${elapsed()})\n`)
  }

  const note = (text) => {
    stream.write(interactive ? `\r\x1b[2K${text}\n` : `${text}\n`)
    redraw()
  }

  const timer = interactive ? setInterval(() => { frame++; redraw() }, 100) : null
  timer?.unref()
  if (!interactive) plain(`${label}: ${STATUS_WORDS.pending}`)
  redraw()

  return {
    /** Feeds one stream event; events of earlier revisions are ignored. */
    event(event) {
      if (typeof event.revision === 'number' && event.revision < revision) return
      if ((event.type === 'status' || event.type === 'snapshot') && event.status) {
        // The end is announced once, by stop().
        if (event.status !== status && !TERMINAL_WORDS.has(event.status)) plain(`${label}: ${STATUS_WORDS[event.status] ?? event.status}`)
        status = event.status
        if (event.type === 'snapshot' && event.progress) progress = { phase: 'rules', done: event.progress.files_done, total: event.progress.files_total }
      } else if (event.type === 'progress') {
        const ai = event.phase === 'ai'
        progress = { phase: event.phase, done: ai ? event.chunks_done ?? 0 : event.files_done, total: ai ? event.chunks_total ?? 0 : event.files_total }
        if (status === 'pending') status = 'in_progress'
        const t = now()
        if (progress.done === progress.total || t - lastPlainProgress >= PLAIN_PROGRESS_EVERY_MS) {
          lastPlainProgress = t
          plain(`${label}: ${describe(progress)}`)
        }
      } else if (event.type === 'warning' && event.message) {
        note(`${style.yellow('warning')} ${event.message}`)
      }
      redraw()
    },
    /** Prints a line above the live one. */
    note,
    /** Stops redrawing and leaves one line saying how it ended. */
    stop(outcome) {
      if (timer) clearInterval(timer)
      const total = progress?.phase === 'rules' ? progress.total : outcome === 'reviewed' ? files : undefined
      const done = total === undefined ? '' : `, ${total} file${total === 1 ? '' : 's'}`
      const text = outcome ? `${label}: ${STATUS_WORDS[outcome] ?? outcome}${done} in ${elapsed()}` : null
      if (interactive) {
        const mark = outcome === 'failed' ? style.red('✖') : outcome ? style.green('✔') : ''
        stream.write(`\r\x1b[2K${text ? `${mark} ${text}\n` : ''}`)
      } else if (text) {
        stream.write(`${text}\n`)
      }
    },
  }
}

function describe({ phase, done, total }) {
  return phase === 'ai' ? `AI pass ${done}/${total} chunks` : `${done}/${total} files`
}

function bar(done, total) {
  const filled = total > 0 ? Math.round((Math.min(done, total) / total) * BAR_WIDTH) : 0
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`
}

/** Cuts a line to the terminal's width, counting visible characters only. */
function fit(text, width) {
  let visible = 0
  let out = ''
  for (const part of text.split(/(\x1b\[[0-9;]*m)/)) {
    if (part.startsWith('\x1b[')) {
      out += part
      continue
    }
    const room = width - visible
    if (room <= 0) continue
    out += part.slice(0, room)
    visible += Math.min(part.length, room)
  }
  return out
}
