// corpus: path=packages/shared/src/object-utils.ts
/** Object helpers shared by the web app and the API. */

export type PlainObject = Record<string, unknown>

const UNSAFE_KEYS = ['__proto__', 'prototype', 'constructor']

export function isPlainObject(value: unknown): value is PlainObject {
  return Object.prototype.toString.call(value) === '[object Object]'
}

/** Deep merge into a new object; neither input is modified. */
export function deepMerge<T extends PlainObject>(base: T, ...overrides: PlainObject[]): T {
  const result: PlainObject = { ...base }
  for (const override of overrides) {
    for (const [key, value] of Object.entries(override)) {
      if (UNSAFE_KEYS.includes(key)) continue
      const current = result[key]
      result[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value // ok: prototype-pollution
    }
  }
  return result as T
}

/** Sets a value at a dotted path, creating objects along the way. */
export function setIn(target: PlainObject, path: string | string[], value: unknown): void {
  const keys = Array.isArray(path) ? path : path.split('.')
  let node: PlainObject = target
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]!
    if (UNSAFE_KEYS.includes(key)) return
    if (!Object.prototype.hasOwnProperty.call(node, key) || !isPlainObject(node[key])) node[key] = {}
    node = node[key] as PlainObject
  }
  const last = keys[keys.length - 1]!
  if (UNSAFE_KEYS.includes(last)) return
  node[last] = value // ok: prototype-pollution
}

/** Groups items by a key into a prototype-less dictionary. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Record<string, T[]> {
  const groups: Record<string, T[]> = Object.create(null)
  for (const item of items) {
    const key = keyOf(item)
    ;(groups[key] ??= []).push(item) // ok: prototype-pollution
  }
  return groups
}

export function compact<T extends PlainObject>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>
}
