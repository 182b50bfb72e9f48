import type { Rule } from '../../types'
import { goShellInjection } from './go-shell-injection'
import { goSqlInjection } from './go-sql-injection'
import { javaSqlInjection } from './java-sql-injection'
import { jsCodeEval } from './js-code-eval'
import { jsPathTraversal } from './js-path-traversal'
import { jsShellInjection } from './js-shell-injection'
import { jsSqlInjection } from './js-sql-injection'
import { jsXssSink } from './js-xss-sink'
import { phpSqlInjection } from './php-sql-injection'
import { pythonCodeEval } from './python-code-eval'
import { pythonPathTraversal } from './python-path-traversal'
import { pythonSerializerAllFields } from './python-serializer-all-fields'
import { pythonShellInjection } from './python-shell-injection'
import { pythonSqlInjection } from './python-sql-injection'
import { pythonUnsafeDeserialization } from './python-unsafe-deserialization'
import { pythonUnsafeMarkup } from './python-unsafe-markup'
import { rubyShellInjection } from './ruby-shell-injection'
import { promptInjectionRule } from './prompt-injection'
import { redosRule } from './redos'
import { unsafeDeserialization } from './unsafe-deserialization'

/** Grouped by sink (SQL, shell, eval, deserialization, HTML, paths), then by language. */
export const injectionRules: Rule[] = [
  pythonSqlInjection,
  jsSqlInjection,
  goSqlInjection,
  javaSqlInjection,
  phpSqlInjection,
  pythonShellInjection,
  jsShellInjection,
  goShellInjection,
  rubyShellInjection,
  pythonCodeEval,
  jsCodeEval,
  pythonUnsafeDeserialization,
  unsafeDeserialization,
  jsXssSink,
  pythonUnsafeMarkup,
  pythonPathTraversal,
  jsPathTraversal,
  pythonSerializerAllFields,
  redosRule,
  promptInjectionRule,
]
