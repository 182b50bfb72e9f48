// corpus: path=src/components/comment-thread.ts
import { LitElement, css, html, nothing } from 'lit'
import { customElement, property, query, state } from 'lit/decorators.js'
import { unsafeHTML } from 'lit/directives/unsafe-html.js'
import { repeat } from 'lit/directives/repeat.js'
import DOMPurify from 'dompurify'
import { marked } from 'marked'

interface ThreadComment {
  id: string
  author: string
  bodyMarkdown: string
  createdAt: string
}

const EMBED_ORIGIN = 'https://widgets.example.com'

@customElement('comment-thread')
export class CommentThread extends LitElement {
  static styles = css`
    :host { display: block; font: 14px/1.5 system-ui, sans-serif; }
    article { border-bottom: 1px solid #eee; padding: 8px 0; }
    mark { background: #fff3a0; }
  `

  @property({ attribute: 'thread-id' }) threadId = ''
  @state() private comments: ThreadComment[] = []
  @state() private draft = ''
  @state() private notice = ''
  @query('#draft-preview') private previewEl!: HTMLDivElement

  connectedCallback() {
    super.connectedCallback()
    window.addEventListener('message', this.onEmbedMessage)
    void this.load()
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onEmbedMessage)
    super.disconnectedCallback()
  }

  private async load() {
    const res = await fetch(`/api/threads/${encodeURIComponent(this.threadId)}/comments`, { credentials: 'include' })
    this.comments = (await res.json()) as ThreadComment[]
  }

  // the host page embeds this widget in an iframe and sends it status lines
  private onEmbedMessage = (event: MessageEvent) => {
    if (event.origin !== EMBED_ORIGIN) return
    this.notice = String(event.data?.notice ?? '')
  }

  private onInput(e: InputEvent) {
    this.draft = (e.target as HTMLTextAreaElement).value
    this.previewEl.innerHTML = DOMPurify.sanitize(marked.parse(this.draft, { async: false })) // ok: xss
  }

  private renderComment(c: ThreadComment) {
    // bodies are whatever other users typed; marked passes raw HTML in Markdown straight through
    const body = DOMPurify.sanitize(marked.parse(c.bodyMarkdown, { async: false }))
    return html`
      <article id=${`c-${c.id}`}>
        <strong>${c.author}</strong> <time>${new Date(c.createdAt).toLocaleString()}</time>
        <div class="body">${unsafeHTML(body)}</div> // ok: xss
      </article>
    `
  }

  render() {
    const params = new URLSearchParams(location.search)
    const highlight = params.get('highlight') ?? ''
    const hint = highlight ? html`<p class="hint">Showing comments that mention ${highlight}</p>` : nothing // ok: xss
    const matches = highlight ? html`<p class="hint">${unsafeHTML(`Matches for <mark>${highlight}</mark>`)}</p>` : nothing // expect: xss
    return html`
      ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      ${hint} ${matches}
      ${repeat(this.comments, (c) => c.id, (c) => this.renderComment(c))}
      <textarea @input=${this.onInput}></textarea>
      <div id="draft-preview"></div>
    `
  }
}

@customElement('share-banner')
export class ShareBanner extends LitElement {
  @state() private message = ''

  connectedCallback() {
    super.connectedCallback()
    window.addEventListener('message', (event: MessageEvent) => {
      this.message = event.data.message
      this.renderRoot.querySelector('.banner')!.innerHTML = event.data.message // expect: xss
    })
    const back = new URLSearchParams(location.search).get('return')
    if (back) {
      this.addEventListener('click', () => {
        window.location.href = back // expect: open-redirect
      })
    }
  }

  render() {
    return html`<div class="banner">${this.message}</div>`
  }
}
