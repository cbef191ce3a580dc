// The JSON Schemas cco-erp ships, one line each: the file name (also the `cco-erp schema NAME`
// name), its title, and the zod schema it is generated from. To add one, add its line here and run `npm run docs:schemas`: it writes schemas/<name>.json and
// src/schemaFiles.ts, which bundles the files for `schemaText` (the `cco-erp schema` command).

import type * as z from 'zod';
import { ResultLineSchema } from '../../src/cli/resultLine.js';
import { ChangeOrderSchema } from '../../src/model/changeOrder.js';
import { CommitmentSchema } from '../../src/model/commitment.js';
import { ExportContextSchema } from '../../src/model/context.js';
import { VendorLinkSchema } from '../../src/model/vendorLink.js';
import { ErpProfileSchema } from '../../src/profiles/ErpProfile.js';

/** One shipped schema. */
export interface SchemaEntry {
  /** The file is `schemas/<name>.json`. */
  readonly name: string;
  /** Its `title`. */
  readonly title: string;
  /** The zod schema it is generated from. */
  readonly schema: z.ZodType;
}

export const SCHEMAS: readonly SchemaEntry[] = [
  { name: 'change-order', title: 'cco-erp change order', schema: ChangeOrderSchema },
  { name: 'export-context', title: 'cco-erp export context', schema: ExportContextSchema },
  { name: 'commitment', title: 'cco-erp commitment with its schedule of values', schema: CommitmentSchema },
  { name: 'vendor-link', title: 'cco-erp vendor link', schema: VendorLinkSchema },
  { name: 'erp-profile', title: 'cco-erp ERP profile', schema: ErpProfileSchema },
  { name: 'result-line', title: 'cco-erp command result line', schema: ResultLineSchema },
];

/**
 * The source files whose `/** … *\/` comments describe the schemas (every file of src/model, and
 * the files of the other schemas above); relative to the repository.
 */
export const SOURCE_DIRECTORIES = ['src/model'];
export const SOURCE_FILES = ['src/profiles/ErpProfile.ts', 'src/cli/resultLine.ts'];
