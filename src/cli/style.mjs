// ANSI colours, only for a terminal that wants them (https://no-color.org).

const CODES = { bold: [1, 22], dim: [2, 22], underline: [4, 24], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], gray: [90, 39] }

/** @typedef {Record<keyof typeof CODES, (text: string) => string>} Style */

/** @param {{ isTTY?: boolean }} stream @param {Record<string, string | undefined>} env */
export function wantsColor(stream, env) {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb'
}

/** @param {{ isTTY?: boolean }} stream @param {Record<string, string | undefined>} env */
export function isInteractive(stream, env) {
  return Boolean(stream.isTTY) && env.TERM !== 'dumb' && !env.CI
}

/** @returns {Style} */
export function createStyle(enabled) {
  /** @type {any} */
  const style = {}
  for (const [name, [open, close]] of Object.entries(CODES)) {
    style[name] = enabled ? (text) => `\x1b[${open}m${text}\x1b[${close}m` : (text) => String(text)
  }
  return style
}
