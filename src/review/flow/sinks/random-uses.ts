/**
 * What a random value's use looks like when it only shapes timing or the page, so a local named
 * like a secret (`nonce`, `token`) but used that way is not one. Shared by the JS/TS flow matcher
 * and the insecure-random line rule, which judge the same uses with different reach.
 */

/** A retry or back-off delay, a `Retry-After` header, an animation's duration (`wait`, not the `await` of a line that stores the value). */
export const TIMING_USE = /jitter|backoff|delay|sleep|timeout|interval|retry|retries|(?<![a-z])wait|latency|duration|throttle|animation|(?<![a-z])ms\b|Ms\b|seconds?\b|setTimeout/i

/** A dismissed banner, a colour, a React `key`. */
export const PRESENTATION_USE = /banner|dismiss|toast|theme|colou?r|className|style|animation|placeholder|\bkey=\{/i
