// corpus: path=src/plugins/sandbox.ts
import vm from 'node:vm';
import type { Context } from 'koa';

const BUILTIN_FILTERS: Record<string, (v: number) => boolean> = {
  positive: (v) => v > 0,
  even: (v) => v % 2 === 0,
};

export async function runFilter(ctx: Context) {
  const { filter, values } = ctx.request.body as { filter: string; values: number[] };
  const predicate = new Function('v', `return ${filter};`) as (v: number) => boolean; // expect: code-injection
  ctx.body = values.filter(predicate);
}

export async function runBuiltinFilter(ctx: Context) {
  const { filter, values } = ctx.request.body as { filter: string; values: number[] };
  const predicate = BUILTIN_FILTERS[filter] ?? BUILTIN_FILTERS.positive; // ok: code-injection
  ctx.body = values.filter(predicate);
}

export async function runScript(ctx: Context) {
  const source = String(ctx.request.body.source);
  const script = new vm.Script(source); // expect: code-injection
  ctx.body = { result: script.runInNewContext({ input: ctx.request.body.input }, { timeout: 100 }) };
}

export async function parseConfig(ctx: Context) {
  const config = JSON.parse(String(ctx.request.body.config)); // ok: code-injection
  ctx.body = { keys: Object.keys(config) };
}

export function evaluate(expr: string, scope: Record<string, number>): number {
  const names = Object.keys(scope);
  return eval(`(function(${names.join(',')}) { return ${expr}; })`)(...Object.values(scope)); // expect: code-injection
}
