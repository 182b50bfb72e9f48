// corpus: path=public/js/settings.js
import $ from 'jquery';

const params = new URLSearchParams(window.location.search);

export function renderGreeting(user) {
  $('#greeting').html(`Hi <strong>${user.displayName}</strong>`); // expect: xss
}

export function renderGreetingSafe(user) {
  $('#greeting').empty().append('Hi ', $('<strong>').text(user.displayName)); // ok: xss
}

export function renderTab() {
  const tab = params.get('tab') || 'profile';
  $(`#tab-${CSS.escape(tab)}`).addClass('active'); // ok: xss
  $('#breadcrumbs').append('<li>' + tab + '</li>'); // expect: xss
}

export function prefill() {
  const email = params.get('email');
  if (email) {
    $('input[name=email]').val(email); // ok: xss
    $('#email-hint').prepend(`<span>We will write to ${email}</span>`); // expect: xss
  }
}

export function openDocs() {
  const page = params.get('docs');
  if (page) window.open(page); // expect: open-redirect
}
