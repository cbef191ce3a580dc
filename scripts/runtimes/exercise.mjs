// The one scenario every runtime runs against the built package: parse → validate → aggregate →
// map on every example CCO. It takes the library and the fixtures as arguments and uses nothing
// but the language, so Node (ESM and CJS), Deno, Bun and the browser run the same code, and the
// string it returns must be the same, byte for byte, everywhere.

/**
 * @param {Record<string, any>} lib - the cco-erp module (ESM namespace or CJS exports)
 * @param {{ context: unknown, changeOrders: Record<string, unknown> }} fixtures - parsed JSON
 * @returns {string} one JSON document describing every outcome
 */
export function exercise(lib, fixtures) {
  const context = lib.parseExportContext(fixtures.context);
  if (!context.ok) throw new Error(`fixture context does not parse: ${JSON.stringify(context.error)}`);
  const outcomes = {};
  for (const name of Object.keys(fixtures.changeOrders).sort()) {
    const parsed = lib.parseChangeOrder(fixtures.changeOrders[name]);
    if (!parsed.ok) {
      outcomes[name] = { parseIssues: parsed.error };
      continue;
    }
    outcomes[name] = {
      firstViolation: lib.validate(parsed.value, context.value) ?? null,
      violations: lib.validateAll(parsed.value, context.value),
      aggregated: lib.aggregateLineItems(parsed.value.lineItems),
      mapped: lib.toSage300Payload(parsed.value, context.value),
    };
  }
  return JSON.stringify({ exports: Object.keys(lib).sort(), outcomes }, null, 2);
}

/**
 * Throws unless the scenario really ran: some CCOs map to a payload, some are refused by a rule,
 * some fail to parse. A library that returned nothing would otherwise compare equal everywhere.
 * @param {string} text - what {@link exercise} returned
 */
export function assertMeaningful(text) {
  const { outcomes } = JSON.parse(text);
  const all = Object.values(outcomes);
  const payloads = all.filter(
    (o) => o.mapped?.ok === true && typeof o.mapped.value.payload.total === 'string',
  );
  const refused = all.filter((o) => o.firstViolation !== null && o.firstViolation !== undefined);
  const unreadable = all.filter((o) => o.parseIssues !== undefined);
  if (payloads.length === 0 || refused.length === 0 || unreadable.length === 0)
    throw new Error(
      `scenario did not exercise every path: ${payloads.length} payloads, ${refused.length} refused, ${unreadable.length} unreadable`,
    );
}
