import type { Rule } from '../../types'
import { invalidTypeof } from './js-invalid-typeof'
import { looseEquality } from './js-loose-equality'
import { jsNanComparison } from './js-nan-comparison'
import { mapParseInt } from './js-map-parseint'
import { parseIntRadix } from './js-parseint-radix'
import { unhandledPromiseChain } from './js-unhandled-promise-chain'
import { assertRuntimeCheck } from './python-assert-runtime-check'
import { bareExcept } from './python-bare-except'
import { baseException } from './python-base-exception-swallowed'
import { isLiteral } from './python-is-literal'
import { mutableDefaultArgument } from './python-mutable-default-argument'
import { pythonNanComparison } from './python-nan-comparison'
import { noneComparison } from './python-none-comparison'
import { swallowedException } from './python-swallowed-exception'

/** Real bugs first (core), then smells, Python before JavaScript/TypeScript. */
export const bugsRules: Rule[] = [
  bareExcept,
  baseException,
  mutableDefaultArgument,
  isLiteral,
  pythonNanComparison,
  swallowedException,
  noneComparison,
  assertRuntimeCheck,
  jsNanComparison,
  invalidTypeof,
  looseEquality,
  mapParseInt,
  parseIntRadix,
  unhandledPromiseChain,
]
