import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  builtInProfiles,
  type ChangeOrder,
  type ChangeOrderSchema,
  type ErpExport,
  type ExportContext,
  type ExportContextSchema,
  exportChangeOrder,
  type InputIssue,
  parseChangeOrder,
  type Result,
  type RuleCode,
  type rules,
  type Sage300Payload,
  type Sage300Profile,
  sage300Cre,
  toSage300Payload,
  type Violation,
  validate,
} from '../src/index.js';
import type { ChangeOrderInput } from '../src/model/changeOrder.js';
import type { ErpStatus } from '../src/model/enums.js';
import type { LineItem, LineItemSchema } from '../src/model/lineItem.js';

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
    expectTypeOf(validate).returns.toEqualTypeOf<Violation<RuleCode | 'unreadable_input'> | undefined>();
  });
  it('results are discriminated unions', () => {
    expectTypeOf(parseChangeOrder).returns.toEqualTypeOf<Result<ChangeOrder, InputIssue[]>>();
    const r = toSage300Payload({} as ChangeOrder, {} as ExportContext);
    if (r.ok) expectTypeOf(r.value.payload).toEqualTypeOf<Sage300Payload>();
    else expectTypeOf(r.error).toEqualTypeOf<Violation<RuleCode | 'unreadable_input'>[]>();
  });
  it('the Sage payload takes only a Sage 300 profile: another ERP is a type error, not a run-time surprise', () => {
    toSage300Payload({} as ChangeOrder, {} as ExportContext, { profile: sage300Cre });
    const stricter: Sage300Profile = { ...sage300Cre, title: { maxLength: 20 } };
    toSage300Payload({} as ChangeOrder, {} as ExportContext, { profile: stricter });
    // @ts-expect-error CMiC requires no CCO ID and has no Scope: it has no Sage 300 payload.
    toSage300Payload({} as ChangeOrder, {} as ExportContext, { profile: builtInProfiles.cmic });
  });
  it('the export under a Sage 300 profile has its CCO ID, date and description; under another, they are optional', () => {
    const sage = exportChangeOrder({} as ChangeOrder, {} as ExportContext);
    if (sage.ok) expectTypeOf(sage.value.changeOrderId).toEqualTypeOf<string>();
    const other = exportChangeOrder({} as ChangeOrder, {} as ExportContext, {
      profile: builtInProfiles.xero,
    });
    if (other.ok) expectTypeOf(other.value).toEqualTypeOf<ErpExport>();
  });
});
