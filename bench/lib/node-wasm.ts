/**
 * The Worker imports its WebAssembly as precompiled modules (src/review/syntax/grammars.ts);
 * Node scripts compile the same files from node_modules and hand them to `loadSyntaxRuntime`.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadSyntaxRuntime, type SyntaxRuntime, type WasmModules } from '../../src/review/syntax/runtime'

const require = createRequire(import.meta.url)

function compile(specifier: string): WebAssembly.Module {
  return new WebAssembly.Module(readFileSync(require.resolve(specifier)))
}

export function nodeWasmModules(): WasmModules {
  const grammar = (name: string) => compile(`@vscode/tree-sitter-wasm/wasm/tree-sitter-${name}.wasm`)
  return {
    runtime: compile('web-tree-sitter/web-tree-sitter.wasm'),
    grammars: { python: grammar('python'), javascript: grammar('javascript'), typescript: grammar('typescript'), tsx: grammar('tsx') },
  }
}

export function loadSyntaxRuntimeInNode(): Promise<SyntaxRuntime> {
  return loadSyntaxRuntime(nodeWasmModules())
}
