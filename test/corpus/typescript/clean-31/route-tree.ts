// corpus: path=src/server/route-tree.ts
import type { Request, Response } from "express"

type Tree = { [key: string]: Tree | Handler }
type Handler = (req: Request, res: Response) => void

interface LazyRoute {
  path: string[]
  key: string
  ref: Handler
}

function emptyTree(): Tree {
  return Object.create(null)
}

export function mountLazyRoutes(base: Tree, lazy: LazyRoute[]): Tree {
  const input = Object.assign(emptyTree(), base)
  for (const route of lazy) {
    let node = input
    for (const key of route.path) {
      node = node[key] = Object.assign(emptyTree(), node[key]) as Tree
    }
    node[route.key] = route.ref // ok: prototype-pollution
  }
  return input
}

export function withOverride(tree: Tree, path: string[], handler: Handler): Tree {
  let node = tree
  for (const key of path.slice(0, -1)) {
    node = node[key] = { ...(node[key] as Tree) }
  }
  node[path[path.length - 1]] = handler // ok: prototype-pollution
  return tree
}

export function setPreference(prefs: Record<string, unknown>, dotted: string, value: unknown) {
  const keys = dotted.split(".")
  let node = prefs as Record<string, any>
  for (const key of keys.slice(0, -1)) {
    node = node[key] = node[key] || {}
  }
  node[keys[keys.length - 1]] = value // expect: prototype-pollution
}
