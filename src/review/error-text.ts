/** The text of something a rule or check threw, for a review's warnings: its message, cut to 200 characters. */
export function describeError(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message : String(error)
    return text.length > 200 ? `${text.slice(0, 200)}…` : text
  } catch {
    return 'unprintable error'
  }
}
