// corpus: path=resources/js/components/comments.js
import { createApp, h, ref, computed, onMounted } from 'vue'
import Alpine from 'alpinejs'
import DOMPurify from 'dompurify'
import { marked } from 'marked'

const CommentBody = {
  props: ['body', 'format'],
  render() {
    if (this.format === 'markdown') return h('div', { class: 'body md', innerHTML: marked.parse(this.body) }) // expect: xss
    return h('div', { class: 'body', innerHTML: DOMPurify.sanitize(this.body) }) // ok: xss
  },
}

const CommentList = {
  components: { CommentBody },
  props: ['threadId'],
  setup(props) {
    const comments = ref([])
    const draft = ref('')
    onMounted(async () => {
      const res = await fetch(`/api/threads/${encodeURIComponent(props.threadId)}/comments`)
      comments.value = await res.json()
    })
    const preview = computed(() => DOMPurify.sanitize(marked.parse(draft.value)))
    return { comments, draft, preview }
  },
  template: `
    <ul class="comments">
      <li v-for="c in comments" :key="c.id">
        <strong>{{ c.author }}</strong>
        <comment-body :body="c.body" :format="c.format" />
      </li>
    </ul>
    <textarea v-model="draft"></textarea>
    <div class="preview" v-html="preview"></div>
  `,
}

createApp({ components: { CommentList } }).mount('#comments')

Alpine.data('searchBox', () => ({
  query: new URLSearchParams(location.search).get('q') || '',
  results: [],
  async search() {
    const res = await fetch(`/api/search?q=${encodeURIComponent(this.query)}`)
    this.results = await res.json()
  },
}))

Alpine.start()

export function renderSearchHeading(el) {
  const q = new URLSearchParams(location.search).get('q') || ''
  el.innerHTML = `Results for <em>${q}</em>` // expect: xss
}

export function renderSearchHeadingSafe(el) {
  const q = new URLSearchParams(location.search).get('q') || ''
  const em = document.createElement('em')
  em.textContent = q // ok: xss
  el.replaceChildren('Results for ', em)
}

export function openResult(result) {
  const next = new URLSearchParams(location.search).get('return')
  if (next) {
    location.assign(next) // expect: open-redirect
    return
  }
  location.assign(`/items/${encodeURIComponent(result.id)}`) // ok: open-redirect
}

export function renderAnnouncement(container, announcement) {
  container.innerHTML = DOMPurify.sanitize(marked.parse(announcement.markdown)) // ok: xss
}

export function trackClick(result) {
  const img = new Image()
  img.src = `/t.gif?id=${encodeURIComponent(result.id)}&q=${encodeURIComponent(new URLSearchParams(location.search).get('q') || '')}` // ok: xss
}
