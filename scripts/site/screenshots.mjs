// `npm run site:screenshots`: builds the page and saves two states at 1280×800 into
// site/screenshots/ (committed; the README shows one): a change order that can be sent, with two
// lines summed into one, and one with several failing rules whose description is cut.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { andRender, loadExample, openSite } from './browser.mjs';
import { buildSite, root } from './build.mjs';

const out = join(root, 'site', 'screenshots');
mkdirSync(out, { recursive: true });
await buildSite();
const site = await openSite();
try {
  const viewport = { width: 1280, height: 800 };

  const sendable = await site.newTab(viewport);
  await loadExample(sendable.page, 'change-orders/02-two-modifications-one-line.json');
  await sendable.page.screenshot({ path: join(out, 'sendable.png'), fullPage: true });

  // The long description with a user who is not Admin on either tool: Send is grey for two rules
  // that decide who may press it, and the export (the approver's) shows where the Scope is cut.
  const failing = await site.newTab(viewport);
  await loadExample(failing.page, 'change-orders/04-long-description-emoji.json');
  await andRender(failing.page, () => failing.page.selectOption('#commitments', 'standard'));
  await andRender(failing.page, () => failing.page.selectOption('#change-orders', 'read_only'));
  // The tooltip behind the grey button, as a person sees it when pointing at it.
  await failing.page.hover('#send');
  await failing.page.waitForFunction(
    () => getComputedStyle(document.querySelector('#send-tip')).visibility === 'visible',
  );
  await failing.page.screenshot({ path: join(out, 'failing-rules-cut-scope.png'), fullPage: true });

  for (const tab of [sendable, failing])
    if (tab.console.length > 0) throw new Error(`the page logged:\n${tab.console.join('\n')}`);
  console.log(`site/screenshots/: sendable.png, failing-rules-cut-scope.png`);
} finally {
  await site.close();
}
