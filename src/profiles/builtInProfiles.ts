import { cmic } from './cmic.js';
import type { ErpProfile } from './ErpProfile.js';
import { quickBooksDesktop } from './quickBooksDesktop.js';
import { sage100Contractor } from './sage100Contractor.js';
import { sage300Cre } from './sage300Cre.js';
import { sageIntacct } from './sageIntacct.js';
import { spectrum } from './spectrum.js';
import { viewpointVista } from './viewpointVista.js';
import { xero } from './xero.js';

/**
 * Every built-in profile by its export name, Sage 300 CRE first. `docs/erp-profiles.md` is
 * generated from it.
 * @example
 * Object.keys(builtInProfiles) //=> ['sage300Cre', 'sage100Contractor', 'viewpointVista', …]
 */
export const builtInProfiles = {
  sage300Cre,
  sage100Contractor,
  viewpointVista,
  spectrum,
  quickBooksDesktop,
  sageIntacct,
  cmic,
  xero,
} as const satisfies Readonly<Record<string, ErpProfile>>;
