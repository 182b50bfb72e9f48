// corpus: path=src/ui/scheduler.js
let pending = false;
const queue = [];

function flush() {
    pending = false;
    const jobs = queue.splice(0);
    for (const job of jobs) job();
}

export function schedule(job) {
    queue.push(job);
    if (pending) return;
    pending = true;
    Promise.resolve().then(flush); // ok: unhandled-promise
}

export function debounceMicrotask(fn) {
    let called = false;
    return function () {
        if (called) return;
        called = true;
        window.Promise.resolve().then(function () { // ok: unhandled-promise
            called = false;
            fn();
        });
    };
}

export function refreshBadge(el) {
    fetch('/api/notifications/count').then((res) => res.json()).then((body) => { // expect: unhandled-promise
        el.textContent = String(body.count);
    });
}
