import { userOf } from '../internal/user.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { Commitment, CommitmentLine } from '../model/commitment.js';
import type { ExportContext } from '../model/context.js';
import type { ChangeOrderStatus, ErpStatus } from '../model/enums.js';
import type { ErpCode, LineItem } from '../model/lineItem.js';

// Builders for hand-written tests: each starts from a CCO (or context) that breaks no rule, and
// each `with…` returns a new builder, so a builder can be shared between tests and forked.

/** The id a line builder gives its line until `withId` chooses one. */
const DEFAULT_LINE_ID = 11;

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _, ...rest } = value;
  return rest;
}

/** A linked ERP code: `code` and an `erpId` equal to it unless given. */
function linked(code: string, erpId: string | undefined): ErpCode {
  return erpId === undefined ? { code } : { code, erpId };
}

/**
 * Builds one schedule-of-values line; start one with {@link aLineItem}. Its id is `11` until
 * {@link LineItemBuilder.withId} chooses one; on a change order a default id that another line
 * already holds becomes the next free number (see {@link ChangeOrderBuilder.addLine}).
 * @example
 * aLineItem().withAmount('0.001').build().amount //=> '0.001'
 */
export class LineItemBuilder {
  /** @internal */
  constructor(
    private readonly line: Omit<LineItem, 'id'>,
    private readonly id?: string,
  ) {}

  private with(patch: Partial<Omit<LineItem, 'id'>>): LineItemBuilder {
    return new LineItemBuilder({ ...this.line, ...patch }, this.id);
  }

  /**
   * Sets the line's own id. A chosen id is kept as given on a change order, even when another line
   * holds it (which is how a test builds a duplicate on purpose).
   */
  withId(id: string): LineItemBuilder {
    return new LineItemBuilder(this.line, id);
  }

  /**
   * The id `withId` chose, or `undefined` while the line has the default id.
   * @internal
   */
  get chosenId(): string | undefined {
    return this.id;
  }

  /** Sets the commitment line item the line modifies (lines with one id are aggregated). */
  onCommitmentLine(commitmentLineItemId: string): LineItemBuilder {
    return this.with({ commitmentLineItemId });
  }

  /** Sets the description. */
  withDescription(description: string): LineItemBuilder {
    return this.with({ description });
  }

  /** Sets the amount, a decimal string such as `"-1250.5"`. */
  withAmount(amount: string): LineItemBuilder {
    return this.with({ amount });
  }

  /**
   * Sets the cost code; its ERP id is the code itself unless given. Pass `erpId: null` for a code
   * that is not linked to the ERP.
   */
  withCostCode(code: string, erpId: string | null = code): LineItemBuilder {
    return this.with({ costCode: linked(code, erpId ?? undefined) });
  }

  /** Removes the cost code. */
  withoutCostCode(): LineItemBuilder {
    return new LineItemBuilder(withoutKey(this.line, 'costCode'), this.id);
  }

  /**
   * Sets the category (Procore cost type); its ERP id is the code itself unless given. Pass
   * `erpId: null` for a category that is not linked to the ERP.
   */
  withCategory(code: string, erpId: string | null = code): LineItemBuilder {
    return this.with({ category: linked(code, erpId ?? undefined) });
  }

  /** Removes the category. */
  withoutCategory(): LineItemBuilder {
    return new LineItemBuilder(withoutKey(this.line, 'category'), this.id);
  }

  /** A fresh copy of the line. */
  build(): LineItem {
    return this.buildWithId(this.id ?? String(DEFAULT_LINE_ID));
  }

  /**
   * A fresh copy of the line with the given id.
   * @internal
   */
  buildWithId(id: string): LineItem {
    return { id, ...structuredClone(this.line) };
  }
}

/**
 * The lines as a change order holds them: plain lines, and lines whose id was chosen with `withId`,
 * as given; a line builder's default id that `held` or another of `lines` has becomes the next free
 * number, counting up from 11.
 */
function place(lines: readonly (LineItem | LineItemBuilder)[], held: readonly LineItem[]): LineItem[] {
  const taken = new Set(held.map((l) => l.id));
  for (const l of lines) {
    const id = l instanceof LineItemBuilder ? l.chosenId : l.id;
    if (id !== undefined) taken.add(id);
  }
  return lines.map((l) => {
    if (!(l instanceof LineItemBuilder)) return l;
    if (l.chosenId !== undefined) return l.build();
    let n = DEFAULT_LINE_ID;
    while (taken.has(String(n))) n++;
    taken.add(String(n));
    return l.buildWithId(String(n));
  });
}

/**
 * Builds a change order; start one with {@link aChangeOrder}. `addLine` appends a line,
 * `withLineItems` replaces them all.
 * @example
 * aChangeOrder().addLine(aLineItem().withoutCategory()).build().lineItems.length //=> 3
 */
export class ChangeOrderBuilder {
  /** @internal */
  constructor(private readonly changeOrder: ChangeOrder) {}

  private with(patch: Partial<ChangeOrder>): ChangeOrderBuilder {
    return new ChangeOrderBuilder({ ...this.changeOrder, ...patch });
  }

  /** Sets Procore's id of the CCO. */
  withId(id: string): ChangeOrderBuilder {
    return this.with({ id });
  }

  /** Sets the change order number. */
  withNumber(number: string): ChangeOrderBuilder {
    return this.with({ number });
  }

  /** Sets the Sage CCO ID as typed. */
  withErpId(erpId: string): ChangeOrderBuilder {
    return this.with({ erpId });
  }

  /** Removes the Sage CCO ID (the number may still supply it, by setting). */
  withoutErpId(): ChangeOrderBuilder {
    return new ChangeOrderBuilder(withoutKey(this.changeOrder, 'erpId'));
  }

  /** Sets the title. */
  withTitle(title: string): ChangeOrderBuilder {
    return this.with({ title });
  }

  /** Sets the description (Sage's Scope). */
  withDescription(description: string): ChangeOrderBuilder {
    return this.with({ description });
  }

  /** Sets Procore's status. */
  withStatus(status: ChangeOrderStatus): ChangeOrderBuilder {
    return this.with({ status });
  }

  /** Sets the creation instant, ISO-8601 with a zone. */
  withCreatedAt(createdAt: string): ChangeOrderBuilder {
    return this.with({ createdAt });
  }

  /** Sets where the CCO stands in the ERP export. */
  withErpStatus(erpStatus: ErpStatus): ChangeOrderBuilder {
    return this.with({ erpStatus });
  }

  /** Replaces fields of the commitment. */
  withCommitment(commitment: Partial<ChangeOrder['commitment']>): ChangeOrderBuilder {
    return this.with({ commitment: { ...this.changeOrder.commitment, ...commitment } });
  }

  /** Makes the commitment unsynced: no ERP id. */
  withUnsyncedCommitment(): ChangeOrderBuilder {
    return this.with({ commitment: withoutKey(this.changeOrder.commitment, 'erpId') });
  }

  /** Replaces fields of the contract company (the vendor). */
  withVendor(company: Partial<ChangeOrder['contractCompany']>): ChangeOrderBuilder {
    return this.with({ contractCompany: { ...this.changeOrder.contractCompany, ...company } });
  }

  /** Unlinks the vendor: no ERP vendor id. */
  withUnlinkedVendor(): ChangeOrderBuilder {
    return this.with({ contractCompany: withoutKey(this.changeOrder.contractCompany, 'erpVendorId') });
  }

  /**
   * **Replaces** the whole schedule of values, the two default lines included, with `lines` in
   * order (no argument: no lines). Ids as in {@link ChangeOrderBuilder.addLine}: a line builder's
   * default id that another of `lines` holds becomes the next free number; plain lines and ids
   * chosen with `withId` are kept as given.
   * @example
   * aChangeOrder().withLineItems(aLineItem(), aLineItem().onCommitmentLine('502')).build().lineItems.map((l) => l.id) //=> ['11', '12']
   */
  withLineItems(...lines: readonly (LineItem | LineItemBuilder)[]): ChangeOrderBuilder {
    return this.with({ lineItems: place(lines, []) });
  }

  /**
   * **Appends** one line after the lines already there (the two default lines, `11` and `12`,
   * unless replaced with {@link ChangeOrderBuilder.withLineItems}). A line builder that still has
   * its default id gets the next free number when another line holds it (`13` after the default
   * lines), so the change order keeps unique line ids. A plain line, or an id chosen with `withId`,
   * is kept as given, so a duplicate id can still be built on purpose.
   * @example
   * aChangeOrder().addLine(aLineItem().withoutCategory()).build().lineItems.map((l) => l.id) //=> ['11', '12', '13']
   * aChangeOrder().addLine(aLineItem().withId('11')).build().lineItems.map((l) => l.id) //=> ['11', '12', '11']
   */
  addLine(line: LineItem | LineItemBuilder): ChangeOrderBuilder {
    return this.with({
      lineItems: [...this.changeOrder.lineItems, ...place([line], this.changeOrder.lineItems)],
    });
  }

  /** A fresh copy of the change order. */
  build(): ChangeOrder {
    return structuredClone(this.changeOrder);
  }
}

/**
 * Builds an export context; start one with {@link anExportContext}.
 * @example
 * anExportContext().withUnsyncedProject().build().project.erpSynced //=> false
 */
export class ExportContextBuilder {
  /** @internal */
  constructor(private readonly context: ExportContext) {}

  /** Replaces fields of the user's permissions. */
  withUser(user: Partial<NonNullable<ExportContext['user']>>): ExportContextBuilder {
    return new ExportContextBuilder({ ...this.context, user: { ...userOf(this.context), ...user } });
  }

  /** Replaces fields of the project. */
  withProject(project: Partial<ExportContext['project']>): ExportContextBuilder {
    return new ExportContextBuilder({ ...this.context, project: { ...this.context.project, ...project } });
  }

  /** Sets the project's IANA time zone. */
  withTimeZone(timeZone: string): ExportContextBuilder {
    return this.withProject({ timeZone });
  }

  /** Makes the project unsynced with the ERP. */
  withUnsyncedProject(): ExportContextBuilder {
    return this.withProject({ erpSynced: false });
  }

  /** Replaces fields of the company settings. */
  withSettings(settings: Partial<ExportContext['settings']>): ExportContextBuilder {
    return new ExportContextBuilder({
      ...this.context,
      settings: { ...this.context.settings, ...settings },
    });
  }

  /** A fresh copy of the context. */
  build(): ExportContext {
    return structuredClone(this.context);
  }
}

/**
 * A line builder, starting from a line that is fully ERP-coded: commitment line `501`, `1250.50`,
 * cost code `03-200`, category `M`. Its id is `11` until `withId` chooses one; placed on a change
 * order where `11` is taken, it gets the next free number instead (see
 * {@link ChangeOrderBuilder.addLine}), so `aChangeOrder().addLine(aLineItem())` has unique line ids.
 * @example
 * aLineItem().onCommitmentLine('502').withAmount('-20.00').withCategory('L').build()
 */
export function aLineItem(): LineItemBuilder {
  return new LineItemBuilder({
    commitmentLineItemId: '501',
    description: 'Rebar material',
    amount: '1250.50',
    costCode: { code: '03-200', erpId: '03-200' },
    category: { code: 'M', erpId: 'M' },
  });
}

/**
 * A change-order builder, starting from a CCO that breaks no rule when sent with
 * {@link anExportContext}'s default: approved, synced commitment, linked vendor, Sage ID `CO007`,
 * two coded lines on two commitment lines (`1250.50` and `233.0`).
 * @example
 * const co = aChangeOrder().withTitle('Additional rebar at levels 3 to 7').build();
 * validate(co, anExportContext().build())?.code //=> 'title_too_long'
 */
export function aChangeOrder(): ChangeOrderBuilder {
  return new ChangeOrderBuilder({
    id: '9001',
    number: '7',
    erpId: 'CO007',
    title: 'Additional rebar, level 3',
    description: 'Add #5 rebar at 12" o.c. in the level 3 slab per RFI 42.',
    status: 'approved',
    createdAt: '2024-03-10T07:30:00Z',
    erpStatus: 'not_sent',
    commitment: { id: '2', erpId: 'SC-001' },
    contractCompany: { id: '47', name: 'Acme Rebar Inc.', erpVendorId: 'ACME' },
    lineItems: [
      aLineItem().build(),
      aLineItem()
        .withId('12')
        .onCommitmentLine('502')
        .withDescription('Placing labor')
        .withAmount('233.0')
        .withCategory('L')
        .build(),
    ],
  });
}

/**
 * An export-context builder, starting from a context in which the user may send: synced project in
 * `US/Pacific`, Admin on Commitments and Change Orders, the ERP ID typed (not the number), approval
 * before export.
 * @example
 * anExportContext().withUser({ commitments: 'standard' }).withTimeZone('Asia/Kolkata').build()
 */
export function anExportContext(): ExportContextBuilder {
  return new ExportContextBuilder({
    user: {
      commitments: 'admin',
      changeOrders: 'admin',
      erpIntegrations: 'standard',
      canPushToAccounting: true,
    },
    project: { erpSynced: true, timeZone: 'US/Pacific' },
    settings: { useChangeOrderNumberAsErpId: false, directExport: false },
  });
}

/**
 * The SOV lines a change order's lines need that `sov` lacks: one per commitment line item its
 * lines name, in order of first appearance, coded like the first line on it, synced (an `erpId`),
 * with `amount` `0.00`.
 */
function linesCovering(changeOrder: ChangeOrder, sov: readonly CommitmentLine[]): CommitmentLine[] {
  const have = new Set(sov.map((l) => l.id));
  const added: CommitmentLine[] = [];
  for (const line of changeOrder.lineItems) {
    if (have.has(line.commitmentLineItemId)) continue;
    have.add(line.commitmentLineItemId);
    added.push({
      id: line.commitmentLineItemId,
      erpId: `SOV-${line.commitmentLineItemId}`,
      position: sov.length + added.length + 1,
      description: line.description,
      ...(line.costCode === undefined ? {} : { costCode: structuredClone(line.costCode) }),
      ...(line.category === undefined ? {} : { category: structuredClone(line.category) }),
      amount: '0.00',
    });
  }
  return added;
}

/**
 * `commitment` made the change order's own: its id and vendor, and SOV lines for the commitment
 * line items the change order's lines name that it lacks (see {@link CommitmentBuilder.covering}).
 * @internal
 */
export function commitmentCovering(changeOrder: ChangeOrder, commitment: Commitment): Commitment {
  return {
    ...commitment,
    id: changeOrder.commitment.id,
    vendorId: changeOrder.contractCompany.id,
    sov: [...commitment.sov, ...linesCovering(changeOrder, commitment.sov)],
  };
}

/**
 * Builds a commitment with its schedule of values; start one with {@link aCommitment}. Each `with…`
 * returns a new builder.
 * @example
 * aCommitment().withLine('502', { erpId: undefined }).build().sov[1] // line 502, not synced
 */
export class CommitmentBuilder {
  /** @internal */
  constructor(private readonly commitment: Commitment) {}

  private with(patch: Partial<Commitment>): CommitmentBuilder {
    return new CommitmentBuilder({ ...this.commitment, ...patch });
  }

  /** Sets Procore's id of the commitment (what a CCO's `commitment.id` names). */
  withId(id: string): CommitmentBuilder {
    return this.with({ id });
  }

  /** Sets the commitment's ERP key. */
  withErpId(erpId: string): CommitmentBuilder {
    return this.with({ erpId });
  }

  /** Makes the commitment unsynced: no ERP key. */
  withoutErpId(): CommitmentBuilder {
    return new CommitmentBuilder(withoutKey(this.commitment, 'erpId'));
  }

  /** Sets the number people see (`SC-001`). */
  withNumber(number: string): CommitmentBuilder {
    return this.with({ number });
  }

  /** Sets the kind: a subcontract or a purchase order. */
  withKind(kind: Commitment['kind']): CommitmentBuilder {
    return this.with({ kind });
  }

  /** Sets the vendor's Procore company id. */
  withVendorId(vendorId: string): CommitmentBuilder {
    return this.with({ vendorId });
  }

  /** **Replaces** the whole schedule of values with `lines`, in order. */
  withSov(...lines: readonly CommitmentLine[]): CommitmentBuilder {
    return this.with({ sov: structuredClone([...lines]) });
  }

  /** **Appends** one SOV line. */
  addLine(line: CommitmentLine): CommitmentBuilder {
    return this.with({ sov: [...this.commitment.sov, structuredClone(line)] });
  }

  /**
   * Changes fields of the SOV line `id`; a field given as `undefined` is removed (`{ erpId:
   * undefined }` unsyncs the line). A line that is not there is an error in the test.
   */
  withLine(
    id: string,
    patch: { readonly [K in keyof CommitmentLine]?: CommitmentLine[K] | undefined },
  ): CommitmentBuilder {
    if (!this.commitment.sov.some((l) => l.id === id)) {
      throw new RangeError(`[cco-erp] aCommitment().withLine: the SOV has no line ${JSON.stringify(id)}.`);
    }
    const sov = this.commitment.sov.map((line) => {
      if (line.id !== id) return line;
      const next: Record<string, unknown> = { ...line, ...patch };
      for (const key of Object.keys(patch)) if (next[key] === undefined) delete next[key];
      return next as CommitmentLine;
    });
    return this.with({ sov });
  }

  /**
   * Makes the commitment the change order's own: its id and vendor, and a synced SOV line (coded like
   * the change order's first line on it, amount `0.00`) for each commitment line item the change
   * order names that the SOV lacks. The change order then passes every commitment rule.
   * @example
   * const co = aChangeOrder().addLine(aLineItem().onCommitmentLine('503')).build();
   * validateAll(co, context, { commitment: aCommitment().covering(co).build() }) //=> []
   */
  covering(changeOrder: ChangeOrder): CommitmentBuilder {
    return new CommitmentBuilder(commitmentCovering(changeOrder, this.commitment));
  }

  /** A fresh copy of the commitment. */
  build(): Commitment {
    return structuredClone(this.commitment);
  }
}

/**
 * A commitment builder, starting from the commitment of {@link aChangeOrder}'s default: id `2`,
 * ERP key `1e32af04`, number `SC-001`, a subcontract with vendor `47`, and a synced SOV whose lines
 * `501` (cost code `03-200`, category `M`) and `502` (`03-200`, `L`) are the ones the default change
 * order's lines modify. So `validateAll(aChangeOrder().build(), context, { commitment:
 * aCommitment().build() })` is `[]`.
 * @example
 * aCommitment().withLine('501', { costCode: { code: '03-300', erpId: '03-300' } }).build()
 */
export function aCommitment(): CommitmentBuilder {
  return new CommitmentBuilder({
    id: '2',
    erpId: '1e32af04',
    number: 'SC-001',
    title: 'Rebar subcontract',
    kind: 'subcontract',
    vendorId: '47',
    sov: [
      {
        id: '501',
        erpId: 'SC-001-1',
        position: 1,
        description: 'Rebar material',
        costCode: { code: '03-200', erpId: '03-200' },
        category: { code: 'M', erpId: 'M' },
        amount: '25000.00',
      },
      {
        id: '502',
        erpId: 'SC-001-2',
        position: 2,
        description: 'Placing labor',
        costCode: { code: '03-200', erpId: '03-200' },
        category: { code: 'L', erpId: 'L' },
        amount: '8000.00',
      },
    ],
  });
}
