/**
 * The files the AI reviewer looks at: parsed like the engine parses them (the submitted path
 * wins), minus what the engine skipped (generated, vendored, ignored, binary) and minus files
 * with no added line, since no AI finding could be anchored in them.
 */
import { parseUnifiedDiff } from '../review/diff'
import type { ParsedFile, ReviewInputFile } from '../review/types'

export function parseReviewFiles(inputs: readonly ReviewInputFile[], skippedPaths: ReadonlySet<string>): ParsedFile[] {
  const out: ParsedFile[] = []
  for (const input of inputs) {
    for (const file of parseInput(input)) {
      if (file.binary || skippedPaths.has(file.path)) continue
      if (!file.hunks.some((h) => h.lines.some((l) => l.kind === 'add'))) continue
      out.push(file)
    }
  }
  return out
}

function parseInput(input: ReviewInputFile): ParsedFile[] {
  let files: ParsedFile[]
  try {
    files = parseUnifiedDiff(input.diff, input.path)
  } catch {
    // The rule engine already reported this file as unparseable.
    return []
  }
  const only = files[0]
  if (files.length === 1 && only && input.path && input.path !== only.oldPath) return [{ ...only, path: input.path }]
  return files
}
