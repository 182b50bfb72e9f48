// Flags `fields = "__all__"` in the Meta of a DRF ModelSerializer or a Django ModelForm: every column of
// the model, the ones the server sets included (`is_staff`, `owner`, `balance`, `is_verified`), becomes a
// field the client may write (mass assignment, CWE-915). Quiet when the Meta lists read-only fields (the
// author decided what is writable), when the serializer is named or used as output only (a `ListSerializer`,
// a read-only viewset's `serializer_class`), for Django admin forms (staff edit every field by design), and in
// test code, and for a serializer built per model by a factory (its Meta's model is a variable). Known false positives: models whose every column is the client's to set.
import { newSideText } from '../../needles'
import { indentWidth } from '../../source'
import type { DiffLine, LineContext, LineRule } from '../../types'

const ALL_FIELDS = /^\s*fields\s*=\s*(["'])__all__\1\s*(?:#.*)?$/
const META = /^\s*class\s+Meta\s*(?:\(\s*\w*\s*\))?\s*:/
const CLASS = /^\s*class\s+([A-Za-z_]\w*)\s*\(([^)]*)\)\s*:/
/** Classes that bind client input onto a model: DRF's model serializers and Django's model forms. */
const WRITABLE_BASE = /\b(?:ModelSerializer|HyperlinkedModelSerializer|GeoFeatureModelSerializer|ModelForm)\b/
/** A serializer named for what it shows, not what it takes (`AccountSummarySerializer`, `OrderListSerializer`). */
const OUTPUT_NAME = /(?:Read|ReadOnly|List|Summary|Output|Out|Response|Export|Display|Public)Serializer$/
/** Views that only read: their serializer never takes input. */
const READ_ONLY_VIEW = /\b(?:ReadOnlyModelViewSet|ListAPIView|RetrieveAPIView|ListModelMixin|RetrieveModelMixin)\b/
const WRITING_VIEW = /\b(?:ModelViewSet|CreateAPIView|UpdateAPIView|ListCreateAPIView|RetrieveUpdateAPIView|RetrieveUpdateDestroyAPIView|CreateModelMixin|UpdateModelMixin|CreateView|UpdateView|FormView)\b/

interface Enclosing {
  name: string
  bases: string
  model: string | undefined
  /** `model = related_model`, `model = relation_info.related_model`: a variable, so the class is built per model. */
  modelHeld: boolean
  readOnlyFields: boolean
}

/**
 * A Meta whose model is a variable (a parameter, `relation_info.related_model`): the class is a factory's, built for
 * whatever model each caller passes (DRF's own nested serializers for `depth`), so which columns it exposes, and
 * whether a client ever writes through it, is the caller's to show. Models are classes (`Account`, `models.Account`);
 * `model = get_user_model()` is a call, and stays judged.
 */
const HELD_MODEL = /^\s*model\s*=\s*(?:[A-Za-z_]\w*\.)*[a-z_]\w*\s*(?:#.*)?$/

/** The class whose Meta holds the line, read from the lines around it (and the hunk's heading). */
function enclosing(ctx: LineContext): Enclosing | undefined {
  const indent = indentWidth(ctx.line.text)
  const above = ctx.before(40)
  const below = ctx.after(20)
  let metaIndent: number | undefined
  let metaAt = -1
  const body: DiffLine[] = []
  for (let i = above.length - 1; i >= 0; i--) {
    const text = above[i]!.text
    if (!text.trim()) continue
    const w = indentWidth(text)
    if (metaIndent === undefined) {
      if (w >= indent) {
        body.push(above[i]!)
        continue
      }
      if (!META.test(text)) return undefined
      metaIndent = w
      metaAt = i
      continue
    }
    if (w >= metaIndent) continue
    const cls = CLASS.exec(text)
    return cls ? finish(cls[1]!, cls[2]!) : undefined
  }
  const heading = ctx.hunk.section ? CLASS.exec(ctx.hunk.section) : null
  if (metaAt < 0 || !heading) return undefined
  return finish(heading[1]!, heading[2]!)

  function finish(name: string, bases: string): Enclosing {
    for (const l of below) {
      if (l.text.trim() && indentWidth(l.text) < indent) break
      body.push(l)
    }
    const model = body.map((l) => /^\s*model\s*=\s*([\w.]+)/.exec(l.text)?.[1]).find((m) => m !== undefined)
    const modelHeld = body.some((l) => HELD_MODEL.test(l.text))
    return { name, bases, model, modelHeld, readOnlyFields: body.some((l) => /^\s*read_only_fields\s*=/.test(l.text)) }
  }
}

/** Whether what the file shows of the serializer's use is output only: read-only views, no `Name(data=…)`. */
function usedForOutputOnly(name: string, text: string): boolean {
  if (new RegExp(`\\b${name}\\s*\\([^)]*\\bdata\\s*=`).test(text)) return false
  const uses = new RegExp(`^\\s+serializer_class\\s*=\\s*${name}\\s*(?:#.*)?$`)
  // Called without `data=` (`AccountSerializer(rows, many=True).data`, nested as `owner = UserSerializer(read_only=True)`):
  // it serializes records for output.
  const calls = [...text.matchAll(new RegExp(`^.*?\\b${name}\\s*\\(`, 'gm'))].filter((m) => !/^\s*class\s/.test(m[0]))
  const views: string[] = []
  let bases: string | undefined
  for (const line of text.split('\n')) {
    const cls = CLASS.exec(line)
    if (cls) bases = cls[2]
    else if (bases !== undefined && uses.test(line)) views.push(bases)
  }
  if (views.length === 0) return calls.length > 0
  return views.every((b) => READ_ONLY_VIEW.test(b) && !WRITING_VIEW.test(b))
}

export const pythonSerializerAllFields: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/serializer-all-fields',
    title: 'Writable serializer or ModelForm takes every model field',
    severity: 'major',
    category: 'security',
    pack: 'injection',
    tier: 'recommended',
    languages: ['python'],
    description:
      '`fields = "__all__"` on a DRF `ModelSerializer` or a Django `ModelForm` makes every column of the model writable by the client, including the ones only the server should set (`is_staff`, `owner`, `balance`, `is_verified`), and every column added to the model later (mass assignment, CWE-915). List the fields the client may write, and mark the rest read-only.',
    examples: {
      bad: 'class AccountSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Account\n        fields = "__all__"\n',
      good: 'class AccountSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Account\n        fields = ["id", "display_name", "timezone", "balance"]\n        read_only_fields = ["id", "balance"]\n',
    },
  },
  trigger: ['__all__'],
  check(ctx) {
    if (ctx.file.isTest || ctx.file.language !== 'python') return undefined
    if (!ALL_FIELDS.test(ctx.line.text)) return undefined
    const cls = enclosing(ctx)
    if (!cls || !WRITABLE_BASE.test(cls.bases) || cls.readOnlyFields || cls.modelHeld) return undefined
    const form = /\bModelForm\b/.test(cls.bases)
    // Django admin forms are staff's, who edit every field by design (`form = ProductAdminForm` on a ModelAdmin).
    if (form && (/Admin/.test(cls.name) || /(^|\/)admin(\.py$|\/)/.test(ctx.file.path))) return undefined
    if (!form && (OUTPUT_NAME.test(cls.name) || usedForOutputOnly(cls.name, newSideText(ctx.file)))) return undefined
    const model = cls.model ? `\`${cls.model}\`` : 'the model'
    return {
      line: ctx.line.newLine,
      message: `\`${cls.name}\` ${form ? 'binds' : 'accepts'} every field of ${model} from the client (\`fields = "__all__"\`): a request can set columns the ${form ? 'form' : 'API'} never meant to offer (\`is_staff\`, \`owner\`, \`balance\`), and every column added to the model later`,
      suggestion: form ? 'List the fields the form edits: `fields = ["display_name", "timezone"]`.' : 'List the fields explicitly, and mark the ones the server sets read-only: `fields = ["id", "display_name", "balance"]`, `read_only_fields = ["id", "balance"]`.',
    }
  },
}
