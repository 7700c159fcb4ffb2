// Proves the schema DSL's defaults: a block's children take its change strategy (or its `children` defaults)
// unless they state their own, nested blocks pass them on, and a field left without any change strategy fails
// when its resource is defined, naming the field.
import { block, defineResource, int, replace, str, update } from '../../provider/schema/dsl';

const define = (fields: Parameters<typeof defineResource>[0]['fields']) =>
  defineResource({
    name: 'T',
    terraform: 'novaform_t',
    description: 't',
    version: 0,
    importId: 'id',
    timeouts: { create: 1, update: 1, delete: 1 },
    fields,
  });

describe('schema DSL defaults', () => {
  it('gives children the block change, the children defaults, or their own', () => {
    const t = define({
      b: block(
        'list',
        {
          plain: str({ description: 'p' }),
          own: str({ description: 'o', change: update('x') }),
          inner: block('single', { deep: int({ description: 'd' }) }, { description: 'i' }),
        },
        { description: 'b', change: replace('block'), children: { compare: 'set' } },
      ),
    });
    const b = t.fields.b;
    expect(b.change).toEqual(replace('block'));
    expect(b.compare).toBe('exact');
    expect(b.fields.plain.change).toEqual(replace('block'));
    expect(b.fields.plain.compare).toBe('set');
    expect(b.fields.own.change).toEqual(update('x'));
    expect(b.fields.inner.fields.deep.change).toEqual(replace('block'));
    expect(b.fields.inner.fields.deep.compare).toBe('exact');
  });

  it('lets a block give its children a change other than its own', () => {
    const t = define({
      b: block(
        'single',
        { c: str({ description: 'c' }) },
        { description: 'b', change: update('u'), children: { change: replace('r') } },
      ),
    });
    expect(t.fields.b.change).toEqual(update('u'));
    expect(t.fields.b.fields.c.change).toEqual(replace('r'));
  });

  it('refuses a field with no change strategy, naming it', () => {
    expect(() => define({ a: str({ description: 'a' }) })).toThrow("schema: 'novaform_t.a' needs a change strategy");
    expect(() => define({ b: block('single', { c: str({ description: 'c' }) }, { description: 'b' }) })).toThrow(
      "schema: 'novaform_t.b' needs a change strategy",
    );
  });
});
