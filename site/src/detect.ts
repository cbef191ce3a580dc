// Which reader a pasted JSON value is for: our model, Procore's ERP event, or Procore's REST payloads.

/** The three shapes the page reads. */
export type InputKind = 'model' | 'procore-event' | 'procore-rest';

/** The kind a pasted value has, and the key that gave it away (for the page to say why). */
export interface Detected {
  /** The reader to use. */
  readonly kind: InputKind;
  /** The key that decided, or undefined when nothing pointed to Procore (our model is the default). */
  readonly because?: string;
}

/** Keys only one of Procore's shapes has, in the order they are looked for. */
const MARKERS: readonly (readonly [string, InputKind])[] = [
  ['request_name', 'procore-event'],
  ['request_data', 'procore-event'],
  ['change_order_items', 'procore-event'],
  ['change_order', 'procore-event'],
  ['changeOrder', 'procore-rest'],
];

/**
 * Guesses the shape of parsed JSON from its own keys: the whole ERP event (`request_name`,
 * `request_data`) or its `request_data` (`change_order`, `change_order_items`), the REST input
 * (`{ changeOrder, lineItems, commitment }`), else our model. The reader then says what is wrong
 * with the value, so a wrong guess still ends in a clear message; the page also lets a person choose.
 * @example
 * detectKind({ request_name: 'create_commitment_change_order', request_data: {} }) //=> { kind: 'procore-event', because: 'request_name' }
 * detectKind({ id: '9001', title: 'Rebar' }) //=> { kind: 'model' }
 */
export function detectKind(json: unknown): Detected {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { kind: 'model' };
  for (const [key, kind] of MARKERS) if (Object.hasOwn(json, key)) return { kind, because: key };
  return { kind: 'model' };
}
