// corpus: path=public/js/widgets.js
/* global Vue, axios, DOMPurify, marked */
// Widgets mounted on the server-rendered pages (Vue 2 from the CDN build, which ships the template
// compiler). Comments, bios and product reviews are written by other users of the site, so whatever
// the API returns for them is text from another account; the page's own query string is whatever a
// link someone sent the victim says.

const params = new URLSearchParams(window.location.search)

Vue.filter('shortDate', (value) => new Date(value).toLocaleDateString())

Vue.component('comment-body', {
  props: { comment: { type: Object, required: true } },
  render(h) {
    if (this.comment.format === 'html') {
      return h('div', { class: 'comment-body', domProps: { innerHTML: this.comment.body } }) // expect: xss
    }
    return h('div', { class: 'comment-body', domProps: { textContent: this.comment.body } }) // ok: xss
  },
})

Vue.component('user-bio', {
  props: ['user'],
  computed: {
    bioHtml() {
      return DOMPurify.sanitize(marked.parse(this.user.bio || ''))
    },
  },
  template: '<section class="bio"><h3>{{ user.name }}</h3><div v-html="bioHtml"></div></section>', // ok: xss
})

Vue.component('review-card', {
  props: ['item'],
  template: '<article class="review"><strong>{{ item.title }}</strong><div v-html="item.body"></div></article>', // expect: xss
})

Vue.component('comment-preview', {
  data: () => ({ draft: '' }),
  computed: {
    rendered() {
      return DOMPurify.sanitize(marked.parse(this.draft))
    },
  },
  template: '<div><textarea v-model="draft"></textarea><div class="preview" v-html="rendered"></div></div>', // ok: xss
})

function mountThread(el) {
  return new Vue({
    el,
    data: { comments: [], loading: true, error: null },
    async created() {
      try {
        const { data } = await axios.get(`/api/threads/${encodeURIComponent(el.dataset.thread)}/comments`)
        this.comments = data.items
      } catch (err) {
        this.error = 'Could not load comments'
      } finally {
        this.loading = false
      }
    },
    template: `
      <div class="thread">
        <p v-if="loading">Loading…</p>
        <p v-else-if="error" class="error">{{ error }}</p>
        <comment-body v-for="c in comments" :key="c.id" :comment="c" />
      </div>`,
  })
}

// The search banner repeats the query the results are for.
function mountSearchBanner(el) {
  const q = params.get('q') || ''
  return new Vue({
    el,
    template: '<div class="search-banner">Results for <em>' + q + '</em></div>', // expect: xss
  })
}

function mountSearchBannerSafe(el) {
  return new Vue({
    el,
    data: { q: params.get('q') || '' },
    template: '<div class="search-banner">Results for <em>{{ q }}</em></div>', // ok: xss
  })
}

function mountReviews(el) {
  return new Vue({
    el,
    data: { items: [] },
    async created() {
      const { data } = await axios.get(`/api/products/${encodeURIComponent(el.dataset.product)}/reviews`)
      this.items = data
    },
    template: '<div><review-card v-for="r in items" :key="r.id" :item="r" /></div>',
  })
}

// After sign-in the page sends the user back where the login link said.
function continueAfterLogin() {
  const next = params.get('next') || '/'
  window.location.href = next // expect: open-redirect
}

function continueAfterLoginSafe() {
  const next = params.get('next') || '/'
  const local = next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
  window.location.href = local ? next : '/' // ok: open-redirect
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-thread]').forEach(mountThread)
  const banner = document.getElementById('search-banner')
  if (banner) (banner.dataset.safe ? mountSearchBannerSafe : mountSearchBanner)(banner)
  const reviews = document.getElementById('reviews')
  if (reviews) mountReviews(reviews)
  new Vue({ el: '#preview', template: '<comment-preview />' })
  if (document.body.dataset.justSignedIn) {
    if (document.body.dataset.strictRedirects) continueAfterLoginSafe()
    else continueAfterLogin()
  }
})
