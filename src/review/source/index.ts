/**
 * The source model rules read instead of lexing text themselves: one model per file (`model.ts`),
 * the line scanner and string lexer behind it, comment and docstring facts, path facts and the
 * text helpers rules quote code with.
 */
export * from './comments'
export * from './lexer'
export * from './lines'
export * from './model'
export * from './paths'
export * from './python'
export * from './scanner'
export * from './text'
export { tripleQuotedRows } from './docstrings'
export { findEnclosingIndex } from './enclosing'
export * from './tokens'
