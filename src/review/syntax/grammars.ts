/**
 * The WebAssembly the syntax layer needs, imported as modules: wrangler (and the vitest pool)
 * compile `*.wasm` imports ahead of time, because workerd refuses to compile WebAssembly from
 * bytes at run time. Node scripts cannot import these; they compile the same files themselves.
 */
import runtime from 'web-tree-sitter/web-tree-sitter.wasm'
import javascript from '@vscode/tree-sitter-wasm/wasm/tree-sitter-javascript.wasm'
import python from '@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm'
import tsx from '@vscode/tree-sitter-wasm/wasm/tree-sitter-tsx.wasm'
import typescript from '@vscode/tree-sitter-wasm/wasm/tree-sitter-typescript.wasm'
import type { WasmModules } from './runtime'

export const bundledWasm: WasmModules = { runtime, grammars: { python, javascript, typescript, tsx } }
