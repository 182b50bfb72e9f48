/** Path and file facts shared by the hygiene rules. */
import type { FileUnderReview, Language } from '../../types'

// Tooling, examples and command-line entry points, where printing to the console is the point.
const SCRIPT_PATH =
  /(?:^|\/)(?:scripts?|bin|cli|tools?|examples?|demos?|docs?|benchmarks?|bench|samples?|playground|\.storybook|\.github|fixtures)\/|(?:^|\/)(?:cli|__main__|manage|setup|noxfile|tasks|fabfile|main|run|wsgi|asgi)\.py$|(?:^|\/)(?:cli|bin)\.[cm]?[jt]sx?$|\.config\.[cm]?[jt]s$|(?:^|\/)(?:gulpfile|gruntfile|webpack\.[\w.]+|rollup\.[\w.]+)\.[cm]?js$|\.stories\.[jt]sx?$|(?:^|\/|[._-])(?:examples?|demo)[._-][^/]*$|(?:^|\/)\.?(?:examples?|demo)\.[cm]?[jt]sx?$/i

export function isScriptPath(path: string): boolean {
  return SCRIPT_PATH.test(path)
}

/** Programming languages, where line length and file size speak to readability. */
export const CODE_LANGUAGES: Language[] = [
  'typescript', 'javascript', 'python', 'go', 'java', 'kotlin', 'ruby', 'php', 'csharp', 'rust', 'c', 'cpp', 'swift', 'shell', 'vue', 'svelte',
]

/** The first line of the file, when the diff shows it (shebang detection). */
export function firstLine(file: FileUnderReview): string | undefined {
  const hunk = file.hunks[0]
  if (!hunk || hunk.newStart > 1) return undefined
  return hunk.lines.find((l) => l.kind !== 'del')?.text
}
