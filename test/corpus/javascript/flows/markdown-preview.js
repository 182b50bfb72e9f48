// corpus: path=src/editor/preview.js
import { marked } from 'marked';
import DOMPurify from 'dompurify';

const output = document.getElementById('preview');
const source = document.getElementById('source');

function render() {
  output.innerHTML = marked.parse(source.value); // expect: xss
}

function renderSafe() {
  output.innerHTML = DOMPurify.sanitize(marked.parse(source.value)); // ok: xss
}

function renderTitle(doc) {
  document.title = `${doc.title} – Editor`; // ok: xss
  const heading = document.querySelector('h1');
  heading.innerText = doc.title; // ok: xss
}

function loadShared() {
  const shared = new URLSearchParams(location.search).get('content');
  if (shared) {
    source.value = shared; // ok: xss
    output.innerHTML = shared; // expect: xss
  }
}

function runUserScript(doc) {
  const script = document.createElement('script');
  script.textContent = doc.customScript; // expect: xss
  document.body.appendChild(script);
}

source.addEventListener('input', render);
export { render, renderSafe, renderTitle, loadShared, runUserScript };
