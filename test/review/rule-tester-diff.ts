function diffPath(path: string): string { return path.includes(' ') ? `${path}\t` : path }
export function addedDiff(path: string, code: string): string {
  const lines = code === '' ? [] : code.replace(/\n$/, '').split('\n')
  const header = [`diff --git a/${path} b/${path}`, 'new file mode 100644', '--- /dev/null', `+++ b/${diffPath(path)}`]
  if (lines.length === 0) return `${header.join('\n')}\n`
  return `${[...header, `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n')}\n`
}
