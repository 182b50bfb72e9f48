import type { Rule } from '../../types'
import { assertRuntimeCheck } from './assert-runtime-check'
import { bareExcept } from './bare-except'
import { baseException } from './base-exception-swallowed'
import { invalidTypeof } from './invalid-typeof'
import { isLiteral } from './is-literal'
import { jsNanComparison } from './js-nan-comparison'
import { looseEquality } from './loose-equality'
import { mutableDefaultArgument } from './mutable-default-argument'
import { noneComparison } from './none-comparison'
import { parseIntRadix } from './parseint-radix'
import { pythonNanComparison } from './python-nan-comparison'
import { swallowedException } from './swallowed-exception'
import { unhandledPromiseChain } from './unhandled-promise-chain'

export const bugsRules: Rule[] = [
  // Python
  bareExcept,
  baseException,
  swallowedException,
  mutableDefaultArgument,
  isLiteral,
  pythonNanComparison,
  noneComparison,
  assertRuntimeCheck,
  // JavaScript / TypeScript
  jsNanComparison,
  invalidTypeof,
  looseEquality,
  parseIntRadix,
  unhandledPromiseChain,
]
