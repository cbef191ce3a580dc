import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  type ChangeOrder,
  type ChangeOrderInput,
  type ChangeOrderSchema,
  type ErpStatus,
  type ExportContext,
  type ExportContextSchema,
  type InputIssue,
  type LineItem,
  type LineItemSchema,
  parseChangeOrder,
  type Result,
  type RuleCode,
  type rules,
  type Sage300Payload,
  toSage300Payload,
  type Violation,
  validate,
} from '../src/index.js';

describe('types', () => {
  it('exported types are the schemas’ inferred types', () => {
    expectTypeOf<ChangeOrder>().toEqualTypeOf<z.infer<typeof ChangeOrderSchema>>();
    expectTypeOf<ChangeOrderInput>().toEqualTypeOf<z.input<typeof ChangeOrderSchema>>();
    expectTypeOf<LineItem>().toEqualTypeOf<z.infer<typeof LineItemSchema>>();
    expectTypeOf<ExportContext>().toEqualTypeOf<z.infer<typeof ExportContextSchema>>();
  });
  it('money is a string, never a number', () => {
    expectTypeOf<LineItem['amount']>().toEqualTypeOf<string>();
    expectTypeOf<Sage300Payload['total']>().toEqualTypeOf<string>();
  });
  it('erpStatus is required after parsing and optional before', () => {
    expectTypeOf<ChangeOrder['erpStatus']>().toEqualTypeOf<ErpStatus>();
    expectTypeOf<ChangeOrderInput['erpStatus']>().toEqualTypeOf<ErpStatus | undefined>();
  });
  it('rule codes are a union derived from the rules array', () => {
    expectTypeOf<RuleCode>().toEqualTypeOf<(typeof rules)[number]['code']>();
    expectTypeOf<'title_too_long'>().toExtend<RuleCode>();
    expectTypeOf<'no_such_rule'>().not.toExtend<RuleCode>();
    expectTypeOf(validate).returns.toEqualTypeOf<Violation<RuleCode> | undefined>();
  });
  it('results are discriminated unions', () => {
    expectTypeOf(parseChangeOrder).returns.toEqualTypeOf<Result<ChangeOrder, InputIssue[]>>();
    const r = toSage300Payload({} as ChangeOrder, {} as ExportContext);
    if (r.ok) expectTypeOf(r.value.payload).toEqualTypeOf<Sage300Payload>();
    else expectTypeOf(r.error).toEqualTypeOf<Violation<RuleCode>[]>();
  });
});
