// `.code-review.yml`: the per-repository review settings the GitHub App reads, validated here
// with messages that name the line, the key and what would be accepted.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { usageError } from './errors.mjs'
import { parseFlatYaml, YamlError } from './yaml-subset.mjs'

export const CONFIG_FILE = '.code-review.yml'
export const SEVERITIES = ['critical', 'major', 'minor', 'info']
export const FAIL_ON = [...SEVERITIES, 'none']
export const PROFILES = ['strict', 'default', 'prototype']
const MAX_FINDINGS = 1000

/**
 * @typedef {{ profile?: string, min_severity?: string, enable?: string[], disable?: string[],
 *   ignore_paths?: string[], max_findings?: number }} ReviewOptions
 * @typedef {{ options: ReviewOptions, failOn?: string }} RepoConfig
 */

const KEYS = {
  profile: (value, where) => oneOf(value, PROFILES, where),
  min_severity: (value, where) => oneOf(value, SEVERITIES, where),
  fail_on: (value, where) => oneOf(value, FAIL_ON, where),
  enable: (value, where) => stringList(value, where, 100),
  disable: (value, where) => stringList(value, where, 100),
  ignore_paths: (value, where) => stringList(value, where, 300),
  max_findings: (value, where) => {
    if (!Number.isInteger(value) || value < 1 || value > MAX_FINDINGS) {
      throw usageError(`${where} must be a whole number from 1 to ${MAX_FINDINGS} (got ${show(value)})`)
    }
    return value
  },
}

/**
 * Reads and validates the config file: `explicitPath` when given (it must exist), else
 * `.code-review.yml` at the repository root if there is one.
 * @returns {RepoConfig & { file: string | null }}
 */
export function loadRepoConfig(root, explicitPath) {
  const file = explicitPath ? path.resolve(explicitPath) : path.join(root, CONFIG_FILE)
  if (!existsSync(file)) {
    if (explicitPath) throw usageError(`The config file ${explicitPath} does not exist`)
    return { options: {}, file: null }
  }
  const name = explicitPath ?? CONFIG_FILE
  return { ...parseRepoConfig(readFileSync(file, 'utf8'), name), file }
}

/** @returns {RepoConfig} */
export function parseRepoConfig(text, name = CONFIG_FILE) {
  let entries
  try {
    entries = parseFlatYaml(text)
  } catch (err) {
    if (err instanceof YamlError) throw usageError(`${name} line ${err.line}: ${err.message}`)
    throw err
  }
  /** @type {Record<string, unknown>} */
  const values = {}
  for (const [key, { value, line }] of entries) {
    const check = KEYS[key]
    if (!check) throw usageError(`${name} line ${line}: unknown key \`${key}\`${suggestKey(key)}`)
    if (value === null) continue // `key:` with no value means "not set", as in YAML
    values[key] = check(value, `${name} line ${line}: \`${key}\``)
  }
  const { fail_on: failOn, ...options } = values
  return { options: /** @type {ReviewOptions} */ (options), ...(failOn ? { failOn: /** @type {string} */ (failOn) } : {}) }
}

/**
 * Flags win over the file for single values; list flags add to the file's lists.
 * @param {ReviewOptions} fromFile
 * @param {ReviewOptions} fromFlags
 * @returns {ReviewOptions}
 */
export function mergeOptions(fromFile, fromFlags) {
  /** @type {Record<string, any>} */
  const merged = { ...fromFile }
  for (const [key, value] of Object.entries(fromFlags)) {
    if (value === undefined) continue
    merged[key] = Array.isArray(value) ? [...new Set([...(merged[key] ?? []), ...value])] : value
  }
  return merged
}

function oneOf(value, allowed, where) {
  if (typeof value === 'string' && allowed.includes(value)) return value
  throw usageError(`${where} must be one of ${allowed.join(', ')} (got ${show(value)})`)
}

function stringList(value, where, maxLength) {
  if (!Array.isArray(value)) {
    throw usageError(`${where} must be a list, e.g. [${typeof value === 'string' ? value : 'item'}] or one \`- item\` per line (got ${show(value)})`)
  }
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') throw usageError(`${where} item ${i + 1} must be a non-empty string (got ${show(item)})`)
    if (item.length > maxLength) throw usageError(`${where} item ${i + 1} is longer than ${maxLength} characters`)
  })
  return value
}

function suggestKey(key) {
  const normal = key.toLowerCase().replaceAll('-', '_')
  if (KEYS[normal]) return `; did you mean \`${normal}\`?`
  return `; the keys are ${Object.keys(KEYS).join(', ')}`
}

const show = (value) => (typeof value === 'string' ? `"${value}"` : Array.isArray(value) ? 'a list' : String(value))
