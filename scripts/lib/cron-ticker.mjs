// Cloudflare fires the Worker's cron triggers; `wrangler dev` never does (with `--test-scheduled`
// it only exposes them on `/__scheduled`). The local servers fire them themselves, so the cron
// sweep, the backstop that recovers a changeset whose watchdog was never armed (an isolate that
// died between the D1 commit and the deferred watchdog call), runs under `wrangler dev` too.

/** The flag that makes `wrangler dev` accept scheduled events over HTTP. */
export const TEST_SCHEDULED = '--test-scheduled'

/** Locally every minute (production: every 5), so a crash is recovered within a test's patience. */
const EVERY_MS = 60_000

/** Fires the `scheduled` handler of the server at `base` every minute; returns a stop function. */
export function tickCron(base, everyMs = EVERY_MS) {
  const fire = () =>
    fetch(`${base}/__scheduled?cron=${encodeURIComponent('*/5 * * * *')}`)
      .then((res) => res.arrayBuffer())
      .catch(() => {
        // not listening (yet, or any more): the next tick tries again
      })
  const timer = setInterval(fire, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
