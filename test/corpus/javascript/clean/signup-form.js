// corpus: path=public/js/signup.js
const form = document.querySelector('#signup');
const errors = form.querySelector('.errors');

const rules = {
  email: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? null : 'Enter a valid e-mail address'),
  password: (v) => (v.length >= 12 ? null : 'Use at least 12 characters'),
  confirm: (v, all) => (v === all.password ? null : 'Passwords do not match'),
};

function showErrors(list) {
  errors.replaceChildren(
    ...list.map((message) => {
      const li = document.createElement('li');
      li.textContent = message;
      return li;
    }),
  );
  errors.hidden = list.length === 0;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const values = Object.fromEntries(new FormData(form));
  const problems = Object.entries(rules)
    .map(([field, check]) => check(values[field] || '', values))
    .filter(Boolean);
  showErrors(problems);
  if (problems.length) return;

  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const res = await fetch('/api/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: values.email, password: values.password }),
    });
    if (res.ok) {
      window.location.assign('/welcome');
      return;
    }
    const body = await res.json().catch(() => ({}));
    showErrors([body.error?.message || 'Sign-up failed, please try again']);
  } finally {
    button.disabled = false;
  }
});
