// corpus: path=src/public/comment-preview.js
import {marked} from 'marked';

const input = document.getElementById('comment-body');
const preview = document.getElementById('comment-preview');

function excerptOf(markup) {
    const inert = document.implementation.createHTMLDocument('');
    const holder = inert.createElement('div');
    holder.innerHTML = markup; // ok: xss
    return holder.textContent.slice(0, 140);
}

function renderPreview() {
    const html = marked.parse(input.value);
    preview.innerHTML = html; // expect: xss
    document.getElementById('comment-excerpt').textContent = excerptOf(html);
}

input.addEventListener('input', renderPreview);
