import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ErpProfile,
  ErpProfileSchema,
  type InputIssue,
  profileFromProcoreMetadata,
  sage300Cre,
  validate,
  validateAll,
} from '../../src/index.js';
import { stripJsonComments } from '../../src/profiles/stripJsonComments.js';
import {
  changeOrderArb,
  exportContextArb,
  sendableChangeOrderArb,
  sendingContextArb,
} from '../../src/testing/index.js';
import { parseLenientJson, readMetadataExample } from './helpers.js';

function load(json: unknown): ErpProfile {
  const r = profileFromProcoreMetadata(json);
  if (!r.ok) throw new Error(`expected a profile, got ${JSON.stringify(r.error)}`);
  return r.value;
}

function problems(json: unknown): InputIssue[] {
  const r = profileFromProcoreMetadata(json);
  if (r.ok) throw new Error('expected problems, got a profile');
  return r.error;
}

/** A minimal metadata document with the given CCO and CCO-item entities. */
function metadata(cco: unknown, items?: unknown, name: unknown = 'My ERP'): unknown {
  return {
    settings: {
      labels: { name },
      entities: {
        commitment_change_orders: cco,
        ...(items === undefined ? {} : { commitment_change_order_items: items }),
      },
    },
  };
}

const onlyExport = (fields: unknown) => ({ rules: { export: { fields } } });
const CCO = ['settings', 'entities', 'commitment_change_orders'];
const ITEMS = ['settings', 'entities', 'commitment_change_order_items'];

describe("Procore's metadata example", () => {
  const profile = load(readMetadataExample());

  it('loads into a profile whose change order rules equal those of sage300Cre', () => {
    expect(ErpProfileSchema.parse(profile)).toEqual(profile);
    expect(profile.name).toBe('ERP Integration');
    const { label: _, ...id } = profile.changeOrderId;
    const { label: __, ...sageId } = sage300Cre.changeOrderId;
    expect(id).toEqual(sageId);
    expect(profile.title).toEqual(sage300Cre.title);
    expect(profile.repeatedLines).toBe(sage300Cre.repeatedLines);
    expect(profile.lineItemsRequireSingleCategory).toBe(sage300Cre.lineItemsRequireSingleCategory);
    expect(profile.amount).toEqual(sage300Cre.amount);
    expect(profile.lines.quantity).toEqual(sage300Cre.lines.quantity);
    expect(profile.lines.unitCost).toEqual(sage300Cre.lines.unitCost);
    expect(profile.lines.uom).toEqual(sage300Cre.lines.uom);
  });

  it('and decides like sage300Cre on every change order (line descriptions within 30, no division codes)', () => {
    fc.assert(
      fc.property(changeOrderArb(), exportContextArb(), (co, ctx) => {
        const codes = (p: ErpProfile) => validateAll(co, ctx, { profile: p }).map((v) => v.code);
        expect(codes(profile)).toEqual(codes(sage300Cre));
      }),
    );
    fc.assert(
      fc.property(sendableChangeOrderArb({ profile: sage300Cre }), sendingContextArb(), (co, ctx) => {
        const lines = co.lineItems.map((l) => ({ ...l, description: l.description.slice(0, 15) }));
        expect(validate({ ...co, lineItems: lines }, ctx, { profile })).toBeUndefined();
      }),
    );
  });

  it('keeps what sage300Cre leaves off on purpose: line descriptions of 30 and no division codes', () => {
    expect(profile.lines.description.maxLength).toBe(30);
    expect(profile.lines.disallowDivisionCostCode).toBe(true);
  });

  it("uses the metadata's messages, with %{length} replaced", () => {
    expect(profile.messages).toEqual({
      erp_id_missing: "Commitment Change Order ID can't be blank.",
      erp_id_too_long: 'Commitment Change Order ID cannot be more than 5 characters.',
    });
    fc.assert(
      fc.property(sendableChangeOrderArb(), sendingContextArb(), (co, ctx) => {
        expect(validate({ ...co, erpId: 'ABCDEF' }, ctx, { profile })).toEqual({
          code: 'erp_id_too_long',
          path: [],
          message: 'Commitment Change Order ID cannot be more than 5 characters.',
        });
      }),
      { numRuns: 5 },
    );
    expect(profile.exportWarning).toMatch(/^Caution: Please ensure .* your Sage representative\.$/);
  });
});

describe('reading metadata', () => {
  it('takes the stricter limit of save and export, and its message', () => {
    const p = load(
      metadata({
        rules: {
          save: {
            fields: {
              title: { validation: { max_length: { enabled: true, length: 40, message: 'save %{length}' } } },
              code: { validation: { max_length: { enabled: true, length: 8 } } },
            },
          },
          export: {
            fields: {
              title: {
                validation: {
                  max_length: { enabled: true, length: 35, message: 'Max %{length}, %{length}!' },
                },
              },
              code: { validation: { max_length: { enabled: true, length: 8, message: 'ID %{length}' } } },
            },
          },
        },
      }),
    );
    expect(p.title.maxLength).toBe(35);
    expect(p.messages.title_too_long).toBe('Max 35, 35!');
    expect(p.changeOrderId.maxLength).toBe(8);
    expect(p.messages.erp_id_too_long).toBe('ID 8');
  });

  it('a looser later limit keeps the earlier message; a stricter one without a message drops it', () => {
    const p = load(
      metadata({
        rules: {
          save: {
            fields: { title: { validation: { max_length: { enabled: true, length: 30, message: 'm' } } } },
          },
          export: { fields: { title: { validation: { max_length: { enabled: true, length: 50 } } } } },
        },
      }),
    );
    expect([p.title.maxLength, p.messages.title_too_long]).toEqual([30, 'm']);
    const q = load(
      metadata({
        rules: {
          save: {
            fields: { title: { validation: { max_length: { enabled: true, length: 30, message: 'm' } } } },
          },
          export: { fields: { title: { validation: { max_length: { enabled: true, length: 20 } } } } },
        },
      }),
    );
    expect([q.title.maxLength, q.messages.title_too_long]).toEqual([20, undefined]);
  });

  it('skips rules and fields that are switched off or have no "enabled": true', () => {
    const p = load(
      metadata(
        onlyExport({
          title: { enabled: false, validation: { max_length: { enabled: true, length: 5 } } },
          code: { validation: { max_length: { enabled: false, length: 5 }, present: { message: 'x' } } },
        }),
      ),
    );
    expect([p.title.maxLength, p.changeOrderId.maxLength, p.changeOrderId.required]).toEqual([
      null,
      null,
      false,
    ]);
  });

  it('reads the configs, the column label, the warning and every line rule', () => {
    const p = load(
      metadata(
        {
          configs: {
            line_items_require_single_category: { enabled: true },
            procore_change_order_number: { enabled: false },
          },
          tab: { columns: { code: { text: 'Change Order #' } } },
          rules: {
            export: {
              warning_message: { enabled: true, message: 'Close the commitment in the ERP first.' },
              fields: { description: { validation: { max_length: { enabled: true, length: 500 } } } },
            },
          },
        },
        onlyExport({
          total_amount: {
            validation: {
              max_length_units: { enabled: true, length: 10 },
              max_length_decimal: { enabled: true, length: 2, message: 'Cents only' },
              numeric: { enabled: true },
              positive: { enabled: true, message: 'Positive only' },
            },
          },
          quantity: {
            validation: { positive: { enabled: true }, max_length_decimal: { enabled: true, length: 0 } },
          },
          unit_cost: {
            validation: { max_length_units: { enabled: true, length: 7, message: '%{length} digits' } },
          },
          uom: { validation: { max_length: { enabled: true, length: 4 } } },
          description: { validation: { max_line_length: { enabled: true, length: 60 } } },
          cost_code: {
            validation: {
              present: { enabled: true },
              disallow_division: { enabled: true, message: 'No divisions' },
            },
          },
          line_item_type: { validation: { present: { enabled: true } } },
        }),
      ),
    );
    expect(p.lineItemsRequireSingleCategory).toBe(true);
    expect(p.changeOrderId).toEqual({
      label: 'Change Order #',
      maxLength: null,
      required: false,
      fromNumber: false,
    });
    expect(p.exportWarning).toBe('Close the commitment in the ERP first.');
    expect(p.description).toEqual({ target: 'Description', maxLength: 500, onOverflow: 'block' });
    expect(p.amount).toEqual({ integerDigits: 10, decimals: 2, positive: true });
    expect(p.lines).toEqual({
      description: { maxLength: null, maxLineLength: 60 },
      uom: { maxLength: 4 },
      quantity: { integerDigits: null, decimals: 0, positive: true },
      unitCost: { integerDigits: 7, decimals: null, positive: false },
      disallowDivisionCostCode: true,
    });
    expect(p.messages).toEqual({
      amount_too_precise: 'Cents only',
      amount_not_positive: 'Positive only',
      unit_cost_integer_digits: '7 digits',
      division_cost_code: 'No divisions',
    });
    expect(ErpProfileSchema.parse(p)).toEqual(p);
  });

  it('reports every problem at once, each with its JSON path', () => {
    const bad = {
      settings: {
        labels: { name: 42 },
        entities: {
          commitment_change_orders: {
            enabled: false,
            configs: { line_items_require_single_category: { enabled: 'yes' } },
            rules: {
              save: 'none',
              export: {
                fields: {
                  code: {
                    validation: { max_length: { enabled: true, length: '5' }, numeric: { enabled: true } },
                  },
                  title: { validation: { max_length: { enabled: true } } },
                  name: { validation: { present: { enabled: true } } },
                },
              },
            },
          },
          commitment_change_order_items: onlyExport({
            uom: { validation: { max_length: { enabled: true, length: 0 } } },
            quantity: { validation: { format: { enabled: true } } },
            description: [],
          }),
        },
      },
    };
    const found = problems(bad).map((i) => [i.code, i.path.join('.')]);
    const r = [...CCO, 'rules', 'export', 'fields'].join('.');
    const l = [...ITEMS, 'rules', 'export', 'fields'].join('.');
    expect(found).toEqual([
      ['invalid_type', 'settings.labels.name'],
      ['export_disabled', `${CCO.join('.')}.enabled`],
      ['invalid_type', `${CCO.join('.')}.configs.line_items_require_single_category.enabled`],
      ['invalid_type', `${CCO.join('.')}.rules.save`],
      ['invalid_length', `${r}.code.validation.max_length.length`],
      ['unsupported_rule', `${r}.code.validation.numeric`],
      ['missing', `${r}.title.validation.max_length.length`],
      ['unsupported_rule', `${r}.name.validation.present`],
      ['invalid_length', `${l}.uom.validation.max_length.length`],
      ['unsupported_rule', `${l}.quantity.validation.format`],
      ['invalid_type', `${l}.description`],
    ]);
    for (const issue of problems(bad)) expect(issue.message.length).toBeGreaterThan(20);
    const unsupported = problems(bad).find((i) => i.path.at(-1) === 'numeric')!;
    expect(unsupported.message).toMatch(/"numeric" on "code".*present, max_length/);
    expect(problems(bad).find((i) => i.path.at(-1) === 'present')!.message).toMatch(
      /the fields code, number, title, description/,
    );
  });

  it('reports a missing or empty name, missing entities and values of the wrong type', () => {
    expect(problems(null)).toEqual([
      { code: 'invalid_type', path: [], message: 'The metadata must be an object, not null.' },
    ]);
    expect(problems({}).map((i) => [i.code, i.path])).toEqual([['missing', ['settings']]]);
    expect(problems({ settings: { labels: {}, entities: {} } }).map((i) => [i.code, i.path])).toEqual([
      ['missing', ['settings', 'labels', 'name']],
      ['missing', CCO],
    ]);
    expect(problems(metadata({}, undefined, ' ')).map((i) => i.message)).toEqual([
      'settings.labels.name must name the ERP, such as "Sage 300 CRE"; got a blank string.',
    ]);
    expect(
      problems(
        metadata({
          tab: { columns: { code: { text: 7 } } },
          rules: { export: { warning_message: { enabled: 1 } } },
        }),
      ).map((i) => i.path.at(-1)),
    ).toEqual(['text', 'enabled']);
  });

  it('never throws, and never reads inherited keys', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    expect(problems(hostile)).toEqual([
      { code: 'unreadable_input', path: [], message: 'The metadata could not be read: Error: boom' },
    ]);
    const proto = JSON.parse('{"__proto__": {"settings": 1}}');
    expect(problems(proto).map((i) => i.path)).toEqual([['settings']]);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => profileFromProcoreMetadata(value)).not.toThrow();
        expect(profileFromProcoreMetadata(value).ok).toBe(false);
      }),
    );
  });
});

describe('hostile and odd metadata', () => {
  const field = (validation: unknown) => metadata(onlyExport({ title: { validation } }));
  const rulePath = (kind: string) => [...CCO, 'rules', 'export', 'fields', 'title', 'validation', kind];

  it('reports an enabled rule named after a prototype key as unsupported, and nothing else', () => {
    for (const kind of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const json = JSON.parse(
        JSON.stringify(field({})).replace('"validation":{}', `"validation":{"${kind}":{"enabled":true}}`),
      );
      const [issue, ...rest] = problems(json);
      expect(rest).toEqual([]);
      expect(issue).toMatchObject({ code: 'unsupported_rule', path: rulePath(kind) });
      expect(issue!.message).toContain(`"${kind}" on "title"`);
      expect(issue!.message).not.toMatch(/native code/);
    }
  });

  it('quotes the keys it names, so a 5 MB field or rule name makes a short message', () => {
    const huge = 'k'.repeat(5_000_000);
    const found = problems(metadata(onlyExport({ [huge]: { validation: { [huge]: { enabled: true } } } })));
    expect(found.map((i) => i.code)).toEqual(['unsupported_rule']);
    expect(found[0]!.message.length).toBeLessThan(600);
    expect(found[0]!.message).toContain('kkk…"');
  });

  it('reads null as absent, like a missing key', () => {
    const p = load(
      metadata({
        configs: null,
        tab: { columns: { code: null } },
        rules: {
          save: null,
          export: {
            warning_message: null,
            fields: {
              title: null,
              code: { enabled: null, validation: { max_length: null, present: { enabled: true } } },
            },
          },
        },
      }),
    );
    expect([p.title.maxLength, p.changeOrderId.maxLength, p.changeOrderId.required]).toEqual([
      null,
      null,
      true,
    ]);
    expect(problems(metadata(null)).map((i) => [i.code, i.path])).toEqual([['missing', CCO]]);
  });

  it('never reads a key from a prototype, even a real one', () => {
    expect(problems(Object.create(metadata({}) as object)).map((i) => [i.code, i.path])).toEqual([
      ['missing', ['settings']],
    ]);
  });
});

describe('stripJsonComments', () => {
  it('removes line and block comments outside strings, keeping newlines', () => {
    const text = '{\n  "a": "http://x//y", // one\n  /* two\n  lines */ "b": "say \\"/*hi*/\\"" }';
    const stripped = stripJsonComments(text);
    expect(stripped.split('\n').length).toBe(text.split('\n').length);
    expect(stripped.length).toBe(text.length);
    expect(JSON.parse(stripped)).toEqual({ a: 'http://x//y', b: 'say "/*hi*/"' });
  });

  it('handles CR line ends, an unterminated block comment, a lone slash and text without comments', () => {
    expect(JSON.parse(stripJsonComments('// c\r\n[1]\r// d'))).toEqual([1]);
    expect(JSON.parse(stripJsonComments('[1] /* open'))).toEqual([1]);
    expect(stripJsonComments('"a/b" /')).toBe('"a/b" /');
    expect(stripJsonComments('{"a": 1}')).toBe('{"a": 1}');
  });

  it('leaves valid JSON alone', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        expect(stripJsonComments(text)).toBe(text);
      }),
    );
  });

  it('removes comments between any JSON tokens, keeping the length and every line break', () => {
    const commentArb = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '*', '/', '"', ' ', '\\') }).map((t) => `// ${t}`),
      fc
        .string({ unit: fc.constantFrom('a', '*', '/', '"', '\n', '\r') })
        // "*a/" rather than removing "*/", which could make a new one ("**//").
        .map((t) => `/* ${t.replaceAll('*/', '*a/')} */`),
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(commentArb, { minLength: 1 }), (value, comments) => {
        const lines = JSON.stringify(value, null, 2).split('\n');
        const text = lines.map((line, i) => `${line} ${comments[i % comments.length]}`).join('\n');
        const stripped = stripJsonComments(text);
        expect(JSON.parse(stripped)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(stripped.length).toBe(text.length);
        const breaks = (t: string) => [...t.matchAll(/[\r\n]/g)].map((m) => m.index);
        expect(breaks(stripped)).toEqual(breaks(text));
      }),
    );
  });

  it('looks at each character a bounded number of times: linear on 64 KiB and 512 KiB of comments', () => {
    for (const unit of ['// c\n1,\n', '// c\r1,\r', '/* c */ 1,\n', '"a//b", // "\n']) {
      const doc = (bytes: number) => `[${unit.repeat(Math.floor(bytes / unit.length))}0]`;
      const small = doc(2 ** 16);
      const large = doc(2 ** 19);
      const [smallWork, largeWork] = [charactersExamined(small), charactersExamined(large)];
      // Every character is looked at at least once; the old scan to the end of the text for
      // every comment made the ratio about 64.
      expect(smallWork).toBeGreaterThanOrEqual(small.length);
      expect(largeWork / smallWork).toBeLessThan(8.5);
    }
  });

  it('the lenient reader of the test helper repairs broken strings and trailing commas', () => {
    expect(parseLenientJson('{ "a": "one\n     two", "b": [1, 2, ], }')).toEqual({ a: 'one two', b: [1, 2] });
  });
});

/** String methods that look at characters, and how many each call may look at. */
const SCANS: Record<string, (self: string, args: unknown[], result: unknown) => number> = {
  charCodeAt: () => 1,
  codePointAt: () => 1,
  charAt: () => 1,
  at: () => 1,
  slice: (_, __, result) => (result as string).length,
  substring: (_, __, result) => (result as string).length,
  indexOf: (self, [search, from = 0], result) =>
    (result === -1 ? self.length : (result as number) + String(search).length) - Number(from),
  lastIndexOf: (self) => self.length,
  includes: (self) => self.length,
  replace: (self) => self.length,
  replaceAll: (self) => self.length,
  split: (self) => self.length,
  match: (self) => self.length,
  matchAll: (self) => self.length,
  search: (self) => self.length,
};

/**
 * How many characters `stripJsonComments(text)` looks at, counted over the string methods above
 * (and regular expressions): a deterministic stand-in for its running time.
 */
function charactersExamined(text: string): number {
  const proto = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = Object.fromEntries(Object.keys(SCANS).map((name) => [name, proto[name]!]));
  const exec = RegExp.prototype.exec;
  let count = 0;
  for (const [name, cost] of Object.entries(SCANS)) {
    const original = originals[name]!;
    proto[name] = function (this: string, ...args: unknown[]) {
      const result = original.apply(this, args);
      count += cost(String(this), args, result);
      return result;
    };
  }
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, input);
    count += (match === null ? input.length : match.index + match[0].length) - from;
    return match;
  };
  try {
    stripJsonComments(text);
  } finally {
    Object.assign(proto, originals);
    RegExp.prototype.exec = exec;
  }
  return count;
}
