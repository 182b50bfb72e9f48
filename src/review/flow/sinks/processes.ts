/** Calls that start another program, shared by the shell-injection matchers and the database-client matcher. */
import type { CallEvent } from '../events'

/** Node's launchers that take the program and an argument array (no shell unless `shell: true`), execa, cross-spawn. */
const JS_SPAWN = /^child_process\.(spawn|spawnSync|execFile|execFileSync|fork)$|^execa(\.execa|\.sync)?$|^(execa|execaSync)$|^cross-spawn$/

/** `spawn(…)`, `execFile(…)`, or the same called bare and bound nowhere in sight (a hunk whose `child_process` import is above it). */
export function jsSpawn(ev: CallEvent): boolean {
  const q = ev.qname ?? ''
  return JS_SPAWN.test(q) || (!ev.receiver && /^(spawn|spawnSync|execFile|execFileSync)$/.test(q))
}

/** Python's subprocess launchers and asyncio's exec. */
export const PY_SUBPROCESS = /^(subprocess\.(run|call|check_call|check_output|Popen)|asyncio\.create_subprocess_exec)$/
