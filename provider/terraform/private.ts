// The resource's private bytes carry one thing for novaform: during a replacement, the id of the object being
// replaced. Terraform plans a replacement twice (with the prior state, then with none) and hands the first
// plan's private to the second, and that one's to the create, so the create of an identical replacement
// (taint, -replace, create_before_destroy) knows which server carrying its token is the one it replaces and
// never adopts it.
const KEY = 'novaform_replaces';

type Bytes = unknown;

function parse(b: Bytes): Record<string, unknown> {
  if (!(b instanceof Uint8Array) || !b.length) return {};
  try {
    const v = JSON.parse(Buffer.from(b).toString('utf8')) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The private bytes for the plan of a replacement of `id`. */
export const replacing = (id: string): Uint8Array => Buffer.from(JSON.stringify({ [KEY]: id }), 'utf8');

/** The id a create replaces, if its plan was one half of a replacement. */
export function replacedId(b: Bytes): string | undefined {
  const v = parse(b)[KEY];
  return typeof v === 'string' && v ? v : undefined;
}

/** What is kept in the state: nothing of the replacement (it is over once the create returns). */
export function withoutReplacing(b: Bytes): Uint8Array | undefined {
  const v = parse(b);
  if (!(KEY in v)) return b as Uint8Array | undefined;
  delete v[KEY];
  return Object.keys(v).length ? Buffer.from(JSON.stringify(v), 'utf8') : Buffer.alloc(0);
}
