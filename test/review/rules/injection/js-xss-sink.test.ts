import { jsXssSink } from '../../../../src/review/rules/injection/js-xss-sink'
import { testRule } from '../../rule-tester'

testRule(jsXssSink, {
  valid: [
    // a file of the repository imported as text and rendered at build time
    { code: "import intro from '../content/intro.md?raw'\nimport { marked } from 'marked'\n\nconst introHtml = marked.parse(intro)\n\nexport function Intro() {\n  return <div dangerouslySetInnerHTML={{ __html: introHtml }} />\n}\n", path: 'src/components/Intro.jsx' },
    { code: "import logo from './logo.svg?raw'\n\nexport const Logo = () => <span dangerouslySetInnerHTML={{ __html: logo }} />\n", path: 'src/components/Logo.tsx' },
    "el.textContent = name\nlist.innerHTML = ''",
    "container.innerHTML = '<p class=\"empty\">No results</p>'",
    'el.innerHTML = `<span class="spinner"></span>`',
    'el.innerHTML = DOMPurify.sanitize(html)',
    'preview.innerHTML = sanitizeHtml(markdown)',
    'clone.innerHTML = template.innerHTML',
    'if (el.innerHTML === "") show()',
    "// el.innerHTML = userInput",
    'const html = "<b>Loading</b>"\nbox.innerHTML = html',
    'toggle.innerHTML = open ? "&minus;" : "+"',
    'this.innerHTML = this.innerHTML.includes("+") ? this.innerHTML.replace("+", "-") : this.innerHTML.replace("-", "+")',
    { code: 'export const Bio = ({ html }) => <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />', path: 'src/Bio.tsx' },
    { code: '<template>\n  <div v-html="sanitize(post.body)"></div>\n  <p>{{ post.title }}</p>\n</template>', path: 'src/Post.vue' },
    { code: 'document.getElementById("out").innerHTML = `<b>${name}</b>`', path: 'src/__tests__/render.test.js' },
    // text about the sinks (a linter's messages), not the sinks
    'const message = `\\`v-html="${snippet(expr, 40)}"\\` renders ${what} as raw HTML`',
    'const message = `\\`{@html ${expr}}\\` renders ${what} as raw HTML`',
    'const message = `\\`dangerouslySetInnerHTML={{ __html: ${snippet(value, 40)} }}\\` renders ${what}`',
    // the page's own structured data as JSON in a script element
    { code: 'export const Ld = ({ data }) => <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data) }} />', path: 'src/Ld.tsx' },
    // the script element opened on a line above, and `<` escaped as the Next.js docs show, whatever the data holds
    { code: "return (\n  <script\n    type=\"application/ld+json\"\n    nonce={nonce}\n    dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\\\u003c') }}\n  />\n)", path: 'src/app/page.tsx' },
    { code: "<script type=\"application/ld+json\" dangerouslySetInnerHTML={{ __html: JSON.stringify({ name: searchParams.q }).replace(/</g, '\\\\u003c') }} />", path: 'src/app/search/page.tsx' },
    // a trusted URL whose scheme and host are written out
    'this.video = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${notice.videoId}`)',
    // A SCREAMING_CASE constant declared at the top of a long module, holding fixed markup.
    {
      code: `const EYE_SVG = \`<svg viewBox="0 0 24 24"><path d="M12 5c-7 0-10 7-10 7"/></svg>\`\nexport function Field() {\n${Array.from({ length: 40 }, (_, i) => `  const row${i} = ${i}`).join('\n')}\n  return <template dangerouslySetInnerHTML={{ __html: EYE_SVG }} />\n}`,
      path: 'src/Field.tsx',
    },
    // elements of a document the code made that is no page: a renderer's own, jsdom's, an inert parse
    'function renderCard(node, options = {}) {\n    const document = options.createDocument();\n    const figure = document.createElement("figure");\n    if (node.caption) {\n        const figcaption = document.createElement("figcaption");\n        figcaption.innerHTML = node.caption;\n        figure.appendChild(figcaption);\n    }\n    return {element: figure};\n}',
    'const {JSDOM} = require("jsdom")\nfunction toText(html) {\n  const parsed = new JSDOM().window.document\n  const body = parsed.createElement("body")\n  body.innerHTML = html\n  return body.textContent\n}',
    'function excerpt(markup) {\n  const inert = document.implementation.createHTMLDocument("")\n  inert.body.innerHTML = markup\n  return inert.body.textContent.slice(0, 140)\n}',
    'const { document: page } = parseHTML("<html><body></body></html>")\nexport function wrap(html) {\n  const box = page.createElement("div")\n  box.innerHTML = html\n  return box.outerHTML\n}',
    // a helper handed the document its module made server-side (`options.createDocument()`), for every binding of that name
    'function renderCallout(card, options = {}) {\n    const document = options.createDocument();\n    return emailTemplate(card, document);\n}\n\nfunction emailTemplate(card, document) {\n    const container = document.createElement("div");\n    container.innerHTML = `<td>${card.text}</td>`;\n    return container.firstElementChild;\n}',
    // statements beside the write that open arrow functions are not the function the write is in
    'function renderBookmark(node, options) {\n    const document = options.createDocument();\n    return emailTemplate(node, document);\n}\nfunction emailTemplate(node, document) {\n    const element = document.createElement("div");\n    const tags = node.tags.map((t) => t.name).join(", ");\n    element.innerHTML = node.html + tags;\n    return element;\n}',
    'const renderCaption = (caption, document) => {\n    const figcaption = document.createElement("figcaption");\n    figcaption.innerHTML = caption;\n    return figcaption;\n};\nfunction render(node, options) {\n    const document = options.createDocument();\n    return renderCaption(node.caption, document);\n}',
  ],
  invalid: [
    // the imported file only chooses nothing: the rendered value is the prop, not the file
    { code: "import intro from '../content/intro.md?raw'\nimport { marked } from 'marked'\n\nexport function Note({ note }) {\n  const noteHtml = marked.parse(note)\n  return <div dangerouslySetInnerHTML={{ __html: noteHtml }} />\n}\n", path: 'src/components/Note.jsx', findings: [{ line: 6 }] },
    // an import of a package, not a file of the repository
    { code: "import banner from 'remote-banner'\n\nexport const Banner = () => <div dangerouslySetInnerHTML={{ __html: banner }} />\n", path: 'src/components/Banner.jsx', findings: [{ line: 3 }] },
    // the page's own document, a document handed in (the page's, as far as the code shows), or another function's renderer document
    { code: 'function showBio(user) {\n  const box = document.createElement("div")\n  box.innerHTML = user.bio\n  document.body.appendChild(box)\n}', findings: [{ line: 3 }] },
    { code: 'function wrap(document, content) {\n  const container = document.createElement("div")\n  container.innerHTML = content\n  return container\n}', findings: [{ line: 3 }] },
    // a module that also binds the name to a page's document: the helper may be handed that one
    { code: 'function render(options) {\n  const document = options.createDocument()\n  return wrap(document, "")\n}\nfunction preview(frame, html) {\n  const document = frame.contentDocument\n  return wrap(document, html)\n}\nfunction wrap(document, content) {\n  const container = document.createElement("div")\n  container.innerHTML = content\n  return container\n}', findings: [{ line: 11 }] },
    { code: 'function render(options) {\n  const document = options.createDocument()\n  return document.createElement("hr")\n}\nfunction showBio(user) {\n  const box = document.createElement("div")\n  box.innerHTML = user.bio\n}', findings: [{ line: 7 }] },
    { code: 'const doc = document.implementation.createHTMLDocument("")\nconst live = document.createElement("div")\nlive.innerHTML = location.hash.slice(1)', findings: [{ line: 3 }] },
    // A constant's name does not make markup built from a prop constant.
    {
      code: `export function Field({ label }) {\n  const LABEL_HTML = \`<b>\${label}</b>\`\n${Array.from({ length: 40 }, (_, i) => `  const row${i} = ${i}`).join('\n')}\n  return <span dangerouslySetInnerHTML={{ __html: LABEL_HTML }} />\n}`,
      path: 'src/Field.tsx',
      findings: [{ line: 43 }],
    },
    // JSON of the request's data in a script element, `<` left as it is: `</script>` in it closes the element.
    { code: "<script\n  type=\"application/ld+json\"\n  dangerouslySetInnerHTML={{ __html: JSON.stringify({ name: searchParams.q }) }}\n/>", path: 'src/app/search/page.tsx', findings: [{ line: 3 }] },
    // Serialised JSON in a div is markup, whatever element is opened above it.
    { code: "<script src=\"/a.js\" />\n<div\n  dangerouslySetInnerHTML={{ __html: JSON.stringify(searchParams.q) }}\n/>", path: 'src/app/search/page.tsx', findings: [{ line: 3 }] },
    {
      code: 'export function showName(el, name) {\n  el.innerHTML = `<b>${name}</b>`\n}',
      findings: [{ line: 2, message: /`innerHTML = `<b>\$\{name\}<\/b>`` parses markup built from `name` as HTML/, severity: 'major', suggestion: /textContent/ }],
    },
    {
      code: "const q = new URLSearchParams(location.search).get('q')\nresults.innerHTML = '<h2>Results for ' + q + '</h2>'",
      findings: [{ line: 2, message: /markup built from `q`/ }],
    },
    {
      code: 'banner.innerHTML = user ? user.bio : ""',
      findings: [{ line: 1, message: /user \? user\.bio/ }],
    },
    {
      code: 'output.innerHTML = location.hash.slice(1)',
      findings: [{ line: 1, severity: 'critical' }],
    },
    {
      code: "list.insertAdjacentHTML('beforeend', `<li>${item.title}</li>`)\ndocument.write(message)",
      findings: [{ line: 1, message: /insertAdjacentHTML/ }, { line: 2, message: /document\.write/ }],
    },
    {
      code: 'export const Comment = ({ body }) => (\n  <div dangerouslySetInnerHTML={{ __html: body }} />\n)',
      path: 'src/Comment.jsx',
      findings: [{ line: 2, message: /__html: body/, suggestion: /DOMPurify\.sanitize\(body\)/ }],
    },
    {
      code: '<template>\n  <div class="content" v-html="comment.body"></div>\n</template>',
      path: 'src/Comment.vue',
      findings: [{ line: 2, message: /v-html="comment\.body"/, suggestion: /\{\{ comment\.body \}\}/ }],
    },
    {
      code: '<article>{@html post.content}</article>',
      path: 'src/Post.svelte',
      findings: [{ line: 1, message: /\{@html post\.content\}/ }],
    },
    {
      code: 'this.trusted = this.sanitizer.bypassSecurityTrustHtml(this.userBio)',
      findings: [{ line: 1, message: /Angular/ }],
    },
    {
      code: 'this.video = this.sanitizer.bypassSecurityTrustResourceUrl(`${this.embedBase}/${notice.videoId}`)',
      findings: [{ line: 1, message: /Angular/ }],
    },
    {
      code: 'export const State = () => <script dangerouslySetInnerHTML={{ __html: JSON.stringify(location.search) }} />',
      path: 'src/State.tsx',
      findings: [{ line: 1 }],
    },
    {
      code: 'this.frame = this.sanitizer.bypassSecurityTrustHtml(`<iframe src="https://www.youtube.com/embed/${id}"></iframe>`)',
      findings: [{ line: 1, message: /Angular/ }],
    },
  ],
})

// `innerHTML` as a key of render-function props (Vue 3 `h()`, Vue 2 `domProps`) or of `Object.assign(el, …)`.
testRule(jsXssSink, {
  valid: [
    "return h('div', { class: 'body', innerHTML: DOMPurify.sanitize(this.body) })",
    "return h('div', { domProps: { textContent: this.comment.body } })",
    "const cleanBody = computed(() => DOMPurify.sanitize(props.body))\nreturn () => h('div', { innerHTML: cleanBody.value })",
    "Object.assign(el, { innerHTML: '<span class=\"spinner\"></span>' })",
    "const message = 'set innerHTML: only sanitised markup'",
  ],
  invalid: [
    { code: "return h('div', { class: 'comment-body', domProps: { innerHTML: this.comment.body } })", findings: [{ line: 1, message: /innerHTML: this\.comment\.body/ }] },
    { code: "return h('div', { class: 'body md', innerHTML: marked.parse(this.body) })", findings: [{ line: 1 }] },
    { code: "const signature = computed(() => String(route.query.sig ?? ''))\nreturn () => h('footer', { innerHTML: signature.value })", findings: [{ line: 2 }] },
    { code: 'Object.assign(panel, { innerHTML: event.data.html, hidden: false })', findings: [{ line: 1 }] },
  ],
})

// `v-html` bound to the component's own computed property or method that returns a sanitiser's output.
testRule(jsXssSink, {
  valid: [
    { code: "Vue.component('user-bio', {\n  props: ['user'],\n  computed: {\n    bioHtml() {\n      return DOMPurify.sanitize(marked.parse(this.user.bio || ''))\n    },\n  },\n  template: '<div v-html=\"bioHtml\"></div>',\n})", path: 'public/js/bio.js' },
    { code: "<template>\n  <div class=\"preview\" v-html=\"rendered\"></div>\n</template>\n<script setup>\nconst props = defineProps(['draft'])\nconst rendered = computed(() => DOMPurify.sanitize(marked.parse(props.draft)))\n</script>", path: 'src/Preview.vue' },
  ],
  invalid: [
    // the computed property renders the Markdown without sanitising it
    { code: "Vue.component('user-bio', {\n  props: ['user'],\n  computed: {\n    bioHtml() {\n      return marked.parse(this.user.bio || '')\n    },\n  },\n  template: '<div v-html=\"bioHtml\"></div>',\n})", path: 'public/js/bio.js', findings: [{ line: 8 }] },
    // no definition in sight
    { code: "<template>\n  <div v-html=\"rendered\"></div>\n</template>", path: 'src/Preview.vue', findings: [{ line: 2 }] },
  ],
})

testRule(jsXssSink, {
  valid: [],
  invalid: [
    // a Vue component's inline template in a template literal is still a template
    { code: "export default {\n  props: ['post'],\n  template: `<div class=\"body\" v-html=\"post.body\"></div>`,\n}", path: 'src/components/Post.js', findings: [{ line: 3 }] },
  ],
})

// An iframe's `srcdoc` is a whole document parsed as HTML, scripts included, unless the frame is sandboxed without them.
testRule(jsXssSink, {
  valid: [
    { code: "export function embedPreview(html: string) {\n  const frame = document.querySelector<HTMLIFrameElement>('#preview')!\n  frame.setAttribute('sandbox', '')\n  frame.srcdoc = html\n}", path: 'src/preview.ts' },
    { code: "export function embedPreview(html: string) {\n  const frame = document.querySelector<HTMLIFrameElement>('#preview')!\n  frame.srcdoc = DOMPurify.sanitize(html)\n}", path: 'src/preview.ts' },
  ],
  invalid: [
    { code: "export function embedPreview(html: string) {\n  const frame = document.querySelector<HTMLIFrameElement>('#preview')!\n  frame.srcdoc = html\n}", path: 'src/preview.ts', findings: [{ line: 3, message: /srcdoc/ }] },
    { code: "export function embedPreview(html: string) {\n  const frame = document.createElement('iframe')\n  frame.setAttribute('sandbox', 'allow-scripts')\n  frame.srcdoc = html\n}", path: 'src/preview.ts', findings: [{ line: 4 }] },
  ],
})
