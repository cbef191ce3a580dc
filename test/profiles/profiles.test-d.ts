import { describe, expectTypeOf, it } from 'vitest';
import {
  type ErpProfile,
  type ErpProfileSchema,
  type RuleCode,
  sage300Cre,
  type Violation,
  validate,
} from '../../src/index.js';
import type { ErpProfileInput } from '../../src/profiles/ErpProfile.js';
import { type Breaker, breakers, breakersFor, type Sage300RuleCode } from '../../src/testing/index.js';

describe('profile types', () => {
  it('the profile type is what the schema outputs, and a 0.1 profile is a valid input', () => {
    expectTypeOf<ErpProfile>().toEqualTypeOf<ReturnType<typeof ErpProfileSchema.parse>>();
    expectTypeOf({
      name: 'Old ERP',
      changeOrderId: { label: 'CCO ID', maxLength: 5, required: true },
      title: { maxLength: 30 },
      description: { target: 'Scope', maxLength: 1000, onOverflow: 'truncate' as const },
      amount: { integerDigits: 9, decimals: 2 },
    }).toExtend<ErpProfileInput>();
  });

  it('the new codes are rule codes; Sage breakers cover only what Sage can break', () => {
    expectTypeOf<'uom_too_long' | 'mixed_categories' | 'amount_not_positive'>().toExtend<RuleCode>();
    expectTypeOf<'mixed_categories'>().not.toExtend<Sage300RuleCode>();
    expectTypeOf(breakers.uom_too_long).toEqualTypeOf<Breaker>();
    expectTypeOf(breakersFor(sage300Cre).mixed_categories).toEqualTypeOf<Breaker | undefined>();
    expectTypeOf(validate).returns.toEqualTypeOf<Violation<RuleCode | 'unreadable_input'> | undefined>();
  });
});
