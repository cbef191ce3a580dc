// The page in Debian's Chromium, for the browser test and the screenshots: serves site/dist/ (build
// it first), opens a tab with the flags that work here (scripts/runtimes/browser.mjs), and records
// every console message, page error and request, so a test can say there were none it did not expect.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../runtimes/browser.mjs';
import { serveSite } from './serve.mjs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Serves site/dist/ and launches Chromium on it.
 * @returns {Promise<{ url: string, newTab: (viewport: { width: number, height: number }) => Promise<Tab>, close: () => Promise<void> }>}
 */
export async function openSite() {
  const server = await serveSite({ port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  /** @type {Tab[]} */
  const tabs = [];
  return {
    url: server.url,
    async newTab(viewport) {
      // The clipboard, for pasting as a person does (and for the Copy button).
      const context = await browser.newContext({
        viewport,
        deviceScaleFactor: 1,
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page = await context.newPage();
      /** @type {Tab} */
      const tab = { page, console: [], requests: [] };
      page.on('console', (m) => tab.console.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => tab.console.push(`pageerror: ${e.message}`));
      page.on('request', (r) => tab.requests.push(r.url()));
      page.on('requestfailed', (r) => tab.console.push(`requestfailed: ${r.url()}`));
      await page.goto(server.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      tabs.push(tab);
      return tab;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * @typedef {{ page: import('playwright-core').Page, console: string[], requests: string[] }} Tab
 */

/** How many times the page has rendered (body[data-renders]). */
export async function renders(page) {
  return Number(await page.getAttribute('body', 'data-renders'));
}

/**
 * Runs `act`, then waits until the page has rendered after it (no fixed sleep).
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<unknown>} act
 */
export async function andRender(page, act) {
  const before = await renders(page);
  await act();
  await page.waitForFunction((n) => Number(document.body.dataset.renders) > n, before, { timeout: 30_000 });
}

/**
 * Pastes `text` over the whole content of a textarea, through the clipboard and Ctrl+V as a person
 * does (one input event; Playwright's fill() types a long text line by line, seconds per example),
 * and waits for the result.
 */
export async function paste(page, selector, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus(selector);
  await page.keyboard.press('ControlOrMeta+A');
  await andRender(page, () => page.keyboard.press('ControlOrMeta+V'));
}

/** Pastes `text` as the change order and waits for the result. */
export function pasteChangeOrder(page, text) {
  return paste(page, '#change-order', text);
}

/** Loads an example from the menu (its path under examples/) and waits for the result. */
export async function loadExample(page, name) {
  await page.selectOption('#example', name);
  await andRender(page, () => page.click('#load'));
}
