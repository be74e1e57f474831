import type { GbnfJsonSchema } from 'node-llama-cpp';

// node-llama-cpp's grammar accepts a subset of JSON Schema. Keywords it does not know (numeric bounds, patterns,
// multipleOf) are dropped: the grammar then guarantees the JSON shape and zod checks the rest (with one retry).
const KEEP = new Set([
  'type',
  'properties',
  'required',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'enum',
  'const',
  'minLength',
  'maxLength',
  'description',
  '$defs',
  '$ref',
]);

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (node === null || typeof node !== 'object') return node;
  const src = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(src)) {
    if (key === 'anyOf' || key === 'oneOf') out.oneOf = convert(value);
    else if (key === 'properties' || key === '$defs')
      out[key] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, convert(v)]));
    else if (key === 'additionalProperties') out.additionalProperties = value === false ? false : convert(value);
    else if (key === 'definitions') out.$defs = convert(value);
    else if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/definitions/', '#/$defs/');
    else if (KEEP.has(key)) out[key] = convert(value);
  }
  return out;
}

/** Converts zod's JSON Schema output into the subset node-llama-cpp turns into a grammar. */
export function toGbnfJsonSchema(jsonSchema: Record<string, unknown>): GbnfJsonSchema {
  return convert(jsonSchema) as GbnfJsonSchema;
}
