import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesDoc } from './rulesDoc.js';

const target = join(import.meta.dirname, '..', 'docs', 'rules.md');
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${target}`);
