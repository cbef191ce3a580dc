// The zod schema of an exported change order (for the JSON Schema of the command's output) and the
// TypeScript type `exportChangeOrder` returns describe the same JSON: neither can drift alone.
import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { ErpExportSchema, NoticeSchema } from '../../src/cli/resultLine.js';
import type { ErpExport, Notice } from '../../src/export/types.js';

/** The type without `readonly` (the interfaces are read-only, zod's output is not). */
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

test('ErpExportSchema parses to ErpExport, and NoticeSchema to Notice', () => {
  expectTypeOf<z.output<typeof ErpExportSchema>>().toEqualTypeOf<Mutable<ErpExport>>();
  expectTypeOf<z.output<typeof NoticeSchema>>().toEqualTypeOf<Mutable<Notice>>();
});
