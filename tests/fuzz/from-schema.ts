// Inputs for a route from its own zod schema (the `<verb>.types.ts` contract): objects with the schema's
// fields, each value mostly of the kind the field wants — real ids from the database, revisions and
// offsets in range, enum members — and otherwise nasty text, deep JSON or another type; fields left out,
// unknown fields added. Valid-looking inputs reach the lib/ function; the rest test the parsing.
import fc from "fast-check";
import type { z } from "zod";
import { nastyString, orNasty, wrongType } from "./nasty";

export interface FuzzPools {
  /** Real record ids of every kind (articles, claims, verdicts, flags, ratings, imports…). */
  ids: () => string[];
  /** The longest article text, for offsets. */
  textLength: () => number;
  /** A file for a form's file field. */
  file: fc.Arbitrary<File>;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const idArb = (pools: FuzzPools) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pools.ids()) }, { weight: 1, arbitrary: fc.constantFrom("cmissing000000000000000000", "%00", "a b", "../x", "x".repeat(65)) }, { weight: 1, arbitrary: nastyString() });

const urlArb = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  nastyString().map((s) => `https://example.org/${s}`),
  fc.constantFrom("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "https://", "http://[::1", "https://evil.example/a)[x](javascript:alert(1))", ""),
);

const dateArb = fc.oneof(
  fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date("1000-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("0000-01-01", "2025-02-30", "2025-13-01", "2025-10-30T25:61:00Z", "+275760-09-13", "", "yesterday"),
);

/** A number field by its name: revisions small, offsets within the text, the rest anything. */
function numberArb(key: string, pools: FuzzPools): fc.Arbitrary<number> {
  if (/revision/i.test(key)) return fc.integer({ min: -1, max: 8 });
  if (/^(start|end|at)$/.test(key)) return fc.oneof(fc.integer({ min: -2, max: pools.textLength() + 5 }), fc.constantFrom(0.5, 2 ** 31, Number.MAX_SAFE_INTEGER));
  if (/version/i.test(key)) return fc.integer({ min: -1, max: 5 });
  if (/confidence/.test(key)) return fc.integer({ min: -5, max: 105 });
  return fc.oneof(fc.integer({ min: -10, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
}

function stringArb(key: string, def: Def, pools: FuzzPools): fc.Arbitrary<string> {
  if (/(^id$|Id$|^versionOf$)/.test(key)) return idArb(pools);
  if (/url/i.test(key)) return urlArb;
  if (/publishedAt|date/i.test(key)) return dateArb;
  if (key === "after") return fc.oneof(nastyString(), fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v)).toString("base64url")));
  const checks = (def.checks as { _zod: { def: { check: string; maximum?: number } } }[] | undefined) ?? [];
  const max = checks.find((c) => c._zod.def.check === "max_length")?._zod.def.maximum;
  return nastyString(max ? { sizes: [max, max + 1, Math.min(max * 3, 300_000)] } : {});
}

/** An arbitrary for `schema`; `key` is the field's name (it picks ids, URLs, dates and offsets). */
export function fromSchema(schema: z.ZodType, pools: FuzzPools, key = ""): fc.Arbitrary<unknown> {
  return orNasty(validish(schema, pools, key));
}

function validish(schema: z.ZodType, pools: FuzzPools, key: string): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, fromSchema(v, pools, k)]));
      const keys = Object.keys(shape);
      return fc
        .tuple(fc.record(fields), fc.subarray(keys, { maxLength: 1 }), fc.option(fc.dictionary(nastyString(), wrongType, { maxKeys: 2 }), { freq: 4 }))
        .map(([record, dropped, extra]) => {
          const value: Record<string, unknown> = { ...(extra ?? {}), ...record };
          for (const k of dropped) delete value[k];
          for (const k of Object.keys(value)) if (value[k] === undefined) delete value[k];
          return value;
        });
    }
    case "string":
      return stringArb(key, def, pools);
    case "number":
      return numberArb(key, pools);
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "array":
      return fc.array(validish(def.element as z.ZodType, pools, key), { maxLength: 6 });
    case "tuple":
      return fc.tuple(...(def.items as z.ZodType[]).map((item) => fromSchema(item, pools, key)));
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
    case "catch":
      return fc.option(validish(def.innerType as z.ZodType, pools, key), { nil: undefined, freq: 5 });
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => validish(option, pools, key)));
    case "intersection":
      return fc.tuple(validish(def.left as z.ZodType, pools, key), validish(def.right as z.ZodType, pools, key)).map(([a, b]) => ({ ...(a as object), ...(b as object) }));
    case "pipe":
      return validish(def.in as z.ZodType, pools, key);
    case "custom":
      return pools.file;
    default:
      return wrongType;
  }
}
