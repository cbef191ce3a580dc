// A line alone whose amount has 39 integer digits, on a profile without an integer-digit limit: its
// canonical text ("…999.00", 42 characters) is longer than the 40 characters an amount may have,
// and the export's total used to re-read that text, fail, and leave the line's money out.
import { expect, it } from 'vitest';
import { aggregateLineItems, builtInProfiles, exportChangeOrder, reviseSov } from '../../src/index.js';
import { aChangeOrder, aCommitment, aLineItem, anExportContext } from '../../src/testing/builders.js';
import { oracleText } from '../helpers/oracle.js';
import { value } from '../helpers/result.js';

it('the total counts a line alone whose canonical amount is longer than 40 characters', () => {
  const big = '9'.repeat(39);
  const co = aChangeOrder()
    .withLineItems(aLineItem().withAmount(big), aLineItem().withAmount('1.00').onCommitmentLine('502'))
    .build();
  const exported = value(exportChangeOrder(co, anExportContext().build(), { profile: builtInProfiles.xero }));
  expect(exported.lines.map((l) => l.amount)).toEqual([`${big}.00`, '1.00']);
  expect(exported.total).toBe(oracleText([big, '1.00']));
});

it('a merged group counts its first line when that line has 39 integer digits', () => {
  const big = '9'.repeat(39);
  const co = aChangeOrder()
    .withLineItems(aLineItem().withAmount(big), aLineItem().withAmount('1.00'))
    .build();
  const exported = value(
    exportChangeOrder(co, anExportContext().build(), {
      profile: { ...builtInProfiles.xero, repeatedLines: 'aggregate' },
    }),
  );
  expect(exported.lines.map((l) => l.amount)).toEqual([oracleText([big, '1.00'])]);
  expect(exported.total).toBe(oracleText([big, '1.00']));
});

it('aggregateLineItems counts a first line of 39 integer digits', () => {
  const big = '9'.repeat(39);
  const lines = [
    aLineItem().withAmount(big).buildWithId('1'),
    aLineItem().withAmount('1.00').buildWithId('2'),
  ];
  expect(value(aggregateLineItems(lines)).map((l) => l.amount)).toEqual([oracleText([big, '1.00'])]);
});

it('reviseSov counts an SOV line whose amount has 39 integer digits, in its line and in the totals', () => {
  const big = '9'.repeat(39);
  const commitment = aCommitment().withLine('501', { amount: big }).build();
  const revised = value(reviseSov(commitment, []));
  const line = revised.lines.find((l) => l.commitmentLineItemId === '501');
  expect(line?.original).toBe(`${big}.00`);
  expect(line?.revised).toBe(`${big}.00`);
  expect(revised.original).toBe(oracleText(commitment.sov.map((l) => l.amount)));
  expect(revised.revised).toBe(revised.original);
});
