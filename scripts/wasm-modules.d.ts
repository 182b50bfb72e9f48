// The Worker's bundler turns `.wasm` imports into compiled modules (wrangler's CompiledWasm rule;
// src/env.d.ts declares them for the Worker). Node-side scripts and benches typecheck the same
// engine sources, so they need the same declaration.
declare module '*.wasm' {
  const module: WebAssembly.Module
  export default module
}
