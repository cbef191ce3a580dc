// The page in Debian's Chromium (`npm run test:site`, after `npm run build`): it builds site/dist/
// from the published build, serves it on 127.0.0.1 and drives it with playwright-core. What it
// renders must equal what the library returns in Node for the same input. Every tab must log
// nothing and ask for nothing but the page's own files. No fixed sleeps: every wait is for a state.
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { andRender, loadExample, openSite, paste, pasteChangeOrder } from '../../scripts/site/browser.mjs';
import { buildSite, exampleFiles, siteDist } from '../../scripts/site/build.mjs';
import { serveSite } from '../../scripts/site/serve.mjs';
import { fieldOf } from '../../site/src/fields.ts';
import { locate } from '../../site/src/jsonPath.ts';
import {
  builtInProfiles,
  exportChangeOrder,
  fromProcoreErpEvent,
  fromProcoreRest,
  parseChangeOrder,
  parseExportContext,
  profileFromProcoreMetadata,
  sendButton,
  validateAll,
} from '../../src/index.ts';
import { present } from '../../src/internal/blank.ts';
import { readMetadataExample } from '../profiles/helpers.ts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const examples = exampleFiles();
const changeOrderExamples = Object.keys(examples).filter((name) => name !== 'context.json');
const context = JSON.parse(examples['context.json']);

let site;
/** Tabs opened by the current test; checked after it. */
let opened = [];

beforeAll(async () => {
  await buildSite();
  site = await openSite();
}, 120_000);
afterAll(async () => {
  await site?.close();
});

async function tab(viewport = DESKTOP) {
  const t = await site.newTab(viewport);
  opened.push(t);
  return t;
}

afterEach(() => {
  const files = new Set(readdirSync(siteDist).map((f) => `${site.url}${f}`));
  for (const t of opened) {
    expect(t.console, 'console messages and page errors').toEqual([]);
    // The page itself, its script, style and icon: nothing else, and nothing off 127.0.0.1.
    const foreign = t.requests.filter((url) => url !== site.url && !files.has(url));
    expect(foreign, 'requests beyond the page’s own files').toEqual([]);
  }
  opened = [];
});

/** What the library says in Node, as the page should show it. */
function expected(name, text, profile) {
  const json = JSON.parse(text);
  const ctx = parseExportContext(context);
  if (!ctx.ok) throw new Error('examples/context.json does not parse');
  let changeOrder;
  let synced;
  if (name.startsWith('procore/')) {
    const read = fromProcoreErpEvent(json);
    if (!read.ok) return { problems: read.error };
    changeOrder = read.value.changeOrder;
    synced = read.value.projectErpSynced;
  } else {
    const read = parseChangeOrder(json);
    if (!read.ok) return { problems: read.error };
    changeOrder = read.value;
  }
  const project = synced === undefined ? ctx.value.project : { ...ctx.value.project, erpSynced: synced };
  const c = { ...ctx.value, project };
  const options = { profile };
  return {
    changeOrder,
    context: c,
    problems: [],
    button: sendButton(changeOrder, c, options),
    violations: validateAll(changeOrder, c, options),
    exported: exportChangeOrder(changeOrder, c, options),
  };
}

/** What the page shows, read from the DOM. */
function rendered(page) {
  return page.evaluate(() => {
    const $ = (selector) => document.querySelector(selector);
    const shown = (selector) => {
      const el = $(selector);
      return el !== null && el.closest('[hidden]') === null;
    };
    const issues = (selector) =>
      [...document.querySelectorAll(`${selector} .issue`)].map((b) => ({
        code: b.dataset.code,
        path: JSON.parse(b.dataset.path),
        message: b.querySelector('.message').textContent,
      }));
    const send = $('#send');
    return {
      problems: issues('#problems'),
      button: shown('#checked-block')
        ? shown('#send')
          ? {
              action: send.dataset.action,
              enabled: send.getAttribute('aria-disabled') === 'false',
              tip: $('#send-tip').textContent,
            }
          : { action: null }
        : undefined,
      reasons: issues('#reasons'),
      refused: shown('#export-refused') ? $('#export-refused').textContent : undefined,
      exported: shown('#export-block')
        ? {
            lines: [...document.querySelectorAll('#lines tbody tr')].map((tr) => ({
              commitmentLineItemId: tr.dataset.commitmentLine,
              lineItemIds: [...tr.querySelectorAll('.sources li')].map((li) => li.dataset.id),
              amount: tr.lastElementChild.textContent,
            })),
            total: $('#total').textContent,
            date: $('#fact-date').textContent,
            scope: $('#scope .kept')?.textContent,
            cut: $('#scope-cut')?.textContent,
            notices: [...document.querySelectorAll('#notices li')].map((li) => li.textContent),
            json: $('#export-json').textContent,
          }
        : undefined,
    };
  });
}

function compare(shown, want) {
  expect(shown.problems).toEqual(want.problems.map(({ code, path, message }) => ({ code, path, message })));
  if (want.problems.length > 0) {
    expect(shown.button).toBeUndefined();
    return;
  }
  const { button, violations, exported } = want;
  if (button.action === null) expect(shown.button).toEqual({ action: null });
  else
    expect(shown.button).toEqual({
      action: button.action,
      enabled: button.enabled,
      tip: button.enabled ? '' : button.reason.message,
    });
  expect(shown.reasons).toEqual(violations.map(({ code, path, message }) => ({ code, path, message })));
  if (!exported.ok) {
    expect(shown.exported).toBeUndefined();
    for (const v of exported.error) expect(shown.refused).toContain(v.code);
    return;
  }
  const e = exported.value;
  expect(shown.exported.lines).toEqual(
    e.lines.map((l) => ({
      commitmentLineItemId: l.commitmentLineItemId,
      lineItemIds: [...l.lineItemIds],
      amount: l.amount,
    })),
  );
  expect(shown.exported.total).toBe(e.total);
  if (e.date === undefined) expect(shown.exported.date).toMatch(/^not exported/);
  else expect(shown.exported.date.startsWith(`${e.date} in ${want.context.project.timeZone} `)).toBe(true);
  expect(shown.exported.notices).toEqual(e.notices.map((n) => `${n.code} ${n.message}`));
  expect(shown.exported.json).toBe(JSON.stringify(e, null, 2));
  const truncated = e.notices.find((n) => n.code === 'description_truncated');
  if (e.description !== undefined)
    expect(shown.exported.scope).toBe(e.description === '' ? '(empty)' : e.description);
  expect(shown.exported.cut).toBe(
    truncated === undefined
      ? undefined
      : `✂ cut here: ${truncated.exportedLength} of ${truncated.originalLength} characters exported`,
  );
}

describe('the page, against the library in Node', () => {
  it('shows, for every example under every built-in profile, the button, every reason, the lines, total and date', async () => {
    const { page } = await tab();
    let checked = 0;
    for (const [key, profile] of Object.entries(builtInProfiles)) {
      await andRender(page, () => page.selectOption('#profile', key));
      for (const name of changeOrderExamples) {
        await pasteChangeOrder(page, examples[name]);
        try {
          compare(await rendered(page), expected(name, examples[name], profile));
        } catch (e) {
          e.message = `${name} under ${key}: ${e.message}`;
          throw e;
        }
        checked++;
      }
    }
    expect(checked).toBe(Object.keys(builtInProfiles).length * changeOrderExamples.length);
  });

  it('says what the examples are about: one reason for 03, summed lines for 02, the cut Scope for 04, the date of 05 in two zones', async () => {
    const { page } = await tab();
    await loadExample(page, 'change-orders/03-title-too-long.json');
    expect((await rendered(page)).reasons.map((r) => r.code)).toEqual(['title_too_long']);
    await loadExample(page, 'change-orders/02-two-modifications-one-line.json');
    const two = await rendered(page);
    expect(two.button).toEqual({ action: 'send', enabled: true, tip: '' });
    expect(two.exported.lines[0]).toEqual({
      commitmentLineItemId: '501',
      lineItemIds: ['11', '13', '14'],
      amount: '1250.60',
    });
    expect(two.exported.total).toBe('1483.60');
    await loadExample(page, 'change-orders/04-long-description-emoji.json');
    expect((await rendered(page)).exported.cut).toMatch(/^✂ cut here: 1000 of \d+ characters exported$/);
    await loadExample(page, 'change-orders/05-created-near-midnight.json');
    // 06:59:59 UTC on 1 November is still 31 October in US/Pacific.
    expect((await rendered(page)).exported.date.startsWith('2024-10-31 in US/Pacific')).toBe(true);
    // Picking another zone rewrites the context and the date.
    await andRender(page, () => page.selectOption('#time-zone', 'UTC'));
    expect((await rendered(page)).exported.date.startsWith('2024-11-01 in UTC')).toBe(true);
    expect(JSON.parse(await page.inputValue('#context')).project).toEqual({
      erpSynced: true,
      timeZone: 'UTC',
    });
  });

  it('lists every file of examples/ in the menu and loads each into its box', async () => {
    const { page } = await tab();
    const options = await page.$$eval('#example option', (os) => os.map((o) => o.value));
    expect(options.sort()).toEqual(Object.keys(examples).sort());
    for (const name of Object.keys(examples)) {
      await loadExample(page, name);
      const box = name === 'context.json' ? '#context' : '#change-order';
      expect(await page.inputValue(box)).toBe(examples[name]);
    }
  });

  it('shows input problems with their paths, JSON syntax errors included, and highlights them', async () => {
    const { page } = await tab();
    await pasteChangeOrder(page, '{"id": "9001",\n  "title": }');
    const broken = await rendered(page);
    expect(broken.problems.map((p) => p.code)).toEqual(['invalid_json']);
    expect(broken.button).toBeUndefined();

    const text = examples['change-orders/07-amount-as-json-number.json'];
    await pasteChangeOrder(page, text);
    const read = parseChangeOrder(JSON.parse(text));
    expect((await rendered(page)).problems).toEqual(
      read.error.map(({ code, path, message }) => ({ code, path, message })),
    );
    await page.focus('#problems .issue');
    const range = locate(text, read.error[0].path).range;
    expect(await page.textContent('.editor:has(#change-order) mark')).toBe(
      text.slice(range.start, range.end),
    );
  });

  it('reads REST payloads (detected), a format chosen by hand, and the ERP status a Procore payload lacks', async () => {
    const { page } = await tab();
    const event = JSON.parse(examples['procore/create_commitment_change_order.json']);
    const data = event.request_data;
    const rest = {
      changeOrder: data.change_order,
      lineItems: data.change_order_items,
      commitment: data.commitment,
    };
    await pasteChangeOrder(page, JSON.stringify(rest, null, 2));
    expect(await page.textContent('#detected')).toContain('Procore REST payloads');
    const ctx = parseExportContext(context);
    const read = fromProcoreRest(rest);
    expect(ctx.ok && read.ok).toBe(true);
    const c = {
      ...ctx.value,
      project: {
        ...ctx.value.project,
        erpSynced: read.value.projectErpSynced ?? ctx.value.project.erpSynced,
      },
    };
    const co = read.value.changeOrder;
    const shown = await rendered(page);
    expect(shown.button).toEqual(
      sendButton(co, c).enabled
        ? { action: 'send', enabled: true, tip: '' }
        : { action: 'send', enabled: false, tip: sendButton(co, c).reason.message },
    );
    expect(shown.reasons.map((r) => r.code)).toEqual(validateAll(co, c).map((v) => v.code));
    expect(shown.exported.total).toBe(exportChangeOrder(co, c).value.total);

    // The same event read as our model is refused, with the parser's issues.
    await pasteChangeOrder(page, examples['procore/create_commitment_change_order.json']);
    await andRender(page, () => page.selectOption('#format', 'model'));
    const asModel = parseChangeOrder(event);
    expect((await rendered(page)).problems).toEqual(
      asModel.error.map(({ code, path, message }) => ({ code, path, message })),
    );

    // An event is one that was sent (pending_acceptance); read as not sent, Send shows again.
    await andRender(page, () => page.selectOption('#format', 'detect'));
    expect((await rendered(page)).button.action).toBe('retrieve');
    await andRender(page, () => page.selectOption('#erp-status', 'not_sent'));
    const notSent = fromProcoreErpEvent(event, { erpStatus: 'not_sent' }).value.changeOrder;
    expect(sendButton(notSent, c)).toEqual({ action: 'send', enabled: true });
    expect((await rendered(page)).button).toEqual({ action: 'send', enabled: true, tip: '' });
  });

  it('reads pasted Procore ERP metadata (comments allowed) as the profile, and points at its problems', async () => {
    const { page } = await tab();
    await loadExample(page, 'change-orders/01-sendable.json');
    const metadata = readMetadataExample();
    const text = `// pasted from the connector's settings\n${JSON.stringify(metadata, null, 2)}`;
    await andRender(page, () => page.selectOption('#profile', 'metadata'));
    await paste(page, '#metadata', text);
    const profile = profileFromProcoreMetadata(metadata);
    expect(profile.ok).toBe(true);
    compare(
      await rendered(page),
      expected('change-orders/01-sendable.json', examples['change-orders/01-sendable.json'], profile.value),
    );

    const bad = structuredClone(metadata);
    bad.settings.labels.name = 42;
    const badText = `/* one problem */ ${JSON.stringify(bad, null, 2)}`;
    await paste(page, '#metadata', badText);
    const issues = profileFromProcoreMetadata(bad);
    expect(issues.ok).toBe(false);
    const shown = await rendered(page);
    expect(shown.problems).toEqual(issues.error.map(({ code, path, message }) => ({ code, path, message })));
    await page.focus('#problems .issue');
    expect(await page.textContent('.editor:has(#metadata) mark')).toBe('"name": 42');
  });
});

describe('pointing at the field', () => {
  it('highlights the field of a reason on focus, and selects it on Enter', async () => {
    const { page } = await tab();
    await loadExample(page, 'change-orders/03-title-too-long.json');
    const text = examples['change-orders/03-title-too-long.json'];
    await page.focus('#reasons .issue');
    expect(await page.textContent('.editor:has(#change-order) mark')).toBe(
      '"title": "Additional rebar at levels 3 to 7 🏗️"',
    );
    await page.keyboard.press('Enter');
    const selection = await page.evaluate(() => {
      const t = document.activeElement;
      return { id: t.id, text: t.value.slice(t.selectionStart, t.selectionEnd) };
    });
    const range = locate(text, ['title']).range;
    expect(selection).toEqual({ id: 'change-order', text: text.slice(range.start, range.end) });
  });

  it('points into the context, and into the change order as read from a Procore event', async () => {
    const { page } = await tab();
    await loadExample(page, 'change-orders/01-sendable.json');
    await andRender(page, () => page.uncheck('#project-synced'));
    expect((await rendered(page)).reasons.map((r) => r.code)).toEqual(['project_not_synced']);
    await page.focus('#reasons .issue');
    expect(await page.textContent('.editor:has(#context) mark')).toBe('"erpSynced": false');
    expect(await page.getAttribute('#context-json', 'open')).toBe('');

    await loadExample(page, 'procore/create_commitment_change_order.json');
    const want = expected(
      'procore/create_commitment_change_order.json',
      examples['procore/create_commitment_change_order.json'],
      builtInProfiles.sage300Cre,
    );
    // The page's context now says "not synced"; the event's job_origin_id says synced, and wins.
    expect(want.violations.map((v) => v.code)).toEqual(['already_sent']);
    expect((await rendered(page)).reasons.map((r) => r.code)).toEqual(['already_sent']);
    await page.focus('#reasons .issue');
    const read = JSON.stringify(want.changeOrder, null, 2);
    const pointer = fieldOf(want.violations[0], present(want.changeOrder.erpId) !== undefined);
    const range = locate(read, pointer.path).range;
    expect(await page.inputValue('#read')).toBe(read);
    expect(await page.textContent('.editor:has(#read) mark')).toBe(read.slice(range.start, range.end));
  });
});

describe('an edit', () => {
  it('typing a shorter title turns the grey button into an enabled one', async () => {
    const { page } = await tab();
    await loadExample(page, 'change-orders/03-title-too-long.json');
    const before = await rendered(page);
    expect(before.button).toMatchObject({ action: 'send', enabled: false });
    expect(before.button.tip).toMatch(/^Title is 36 characters; Sage 300 CRE allows 30\./);

    const text = await page.inputValue('#change-order');
    const title = 'Additional rebar at levels 3 to 7 🏗️';
    const start = text.indexOf(title);
    await page.focus('#change-order');
    await page.evaluate(
      ([s, e]) => document.querySelector('#change-order').setSelectionRange(s, e),
      [start, start + title.length],
    );
    await page.keyboard.type('Rebar, levels 3 to 7');
    await page.waitForSelector('#send[aria-disabled="false"]', { timeout: 30_000 });
    const after = await rendered(page);
    expect(after.button).toEqual({ action: 'send', enabled: true, tip: '' });
    expect(after.reasons).toEqual([]);
    expect(after.exported.json).toContain('"title": "Rebar, levels 3 to 7"');
  });
});

/** The focused element: its id, or its tag and its rule code or text. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el.id !== '') return `#${el.id}`;
    const tag = el.tagName.toLowerCase();
    return el.dataset.code === undefined
      ? `${tag}:${el.textContent.trim()}`
      : `${tag}[data-code=${el.dataset.code}]`;
  });
}

/** Whether the focused element (or the editor around a textarea) draws a focus ring. */
function focusRing(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const ringed = el.tagName === 'TEXTAREA' ? el.closest('.editor') : el;
    const style = getComputedStyle(ringed);
    return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
  });
}

describe('keyboard only', () => {
  it('reaches every control in reading order, each with a visible focus ring', async () => {
    // The page opens on example 03 (one failing rule, so no export table).
    const { page } = await tab();
    const order = [];
    for (let i = 0; i < 21; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
      expect([order.at(-1), await focusRing(page)]).toEqual([order.at(-1), true]);
    }
    expect(order).toEqual([
      'a:Skip to the result',
      'a:cco-erp',
      '#example',
      '#load',
      '#format',
      '#change-order',
      '#time-zone',
      '#project-synced',
      '#has-user',
      '#commitments',
      '#change-orders',
      '#erp-integrations',
      '#can-push',
      '#use-number',
      '#direct-export',
      'summary:Context as JSON',
      '#profile',
      '#send',
      'button[data-code=title_too_long]',
      'a:The rules',
      'a:ERP profiles',
    ]);
  });

  it('skips to the result, shows the reason as the button’s tooltip on focus, and Escape hides it', async () => {
    const { page } = await tab();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a:Skip to the result');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('#result');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('#send');
    const tip = () => page.$eval('#send-tip', (t) => getComputedStyle(t).visibility);
    expect(await tip()).toBe('visible');
    expect(await page.getAttribute('#send', 'aria-describedby')).toBe('send-tip');
    expect(await page.textContent('#send-tip')).toBe((await rendered(page)).reasons[0].message);
    await page.keyboard.press('Escape');
    expect(await tip()).toBe('hidden');
  });

  it('copies the export JSON with the Copy button', async () => {
    const { page } = await tab();
    await loadExample(page, 'change-orders/02-two-modifications-one-line.json');
    await page.focus('#copy');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#copy-status:text("Copied.")', { timeout: 30_000 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.textContent('#export-json'),
    );
  });
});

/** Text whose contrast with its background is under 4.5:1 (WCAG AA), in the page as it stands. */
function lowContrast(page) {
  return page.evaluate(() => {
    const rgba = (css) => {
      const [r, g, b, a = 1] = css
        .replace(/^rgba?\(|\)$/g, '')
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => {
      const f = (v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let e = el; e !== null; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c.a === 1) return c;
        if (c.a > 0) return undefined; // translucent: not measured here, reported below
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const out = [];
    const check = (el, what) => {
      const style = getComputedStyle(el);
      if (
        style.visibility !== 'visible' ||
        el.closest('[hidden], [aria-hidden="true"], .visually-hidden, .skip')
      )
        return;
      const fg = rgba(style.color);
      if (fg.a === 0) return;
      const bg = background(el);
      if (bg === undefined || fg.a !== 1) {
        out.push(`${what}: translucent colours`);
        return;
      }
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < 4.5) out.push(`${what}: ${ratio.toFixed(2)} (${style.color} on ${JSON.stringify(bg)})`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode())
      if (n.textContent.trim() !== '' && n.parentElement.closest('select') === null)
        check(n.parentElement, JSON.stringify(n.textContent.trim().slice(0, 30)));
    for (const el of document.querySelectorAll('textarea, select, input')) check(el, `#${el.id}`);
    return out;
  });
}

describe('both viewports', () => {
  for (const [name, viewport] of [
    ['1280×800', DESKTOP],
    ['390×844', PHONE],
  ]) {
    it(`${name}: no sideways scrolling, the result in view of the page, text contrast at least 4.5:1`, async () => {
      const { page } = await tab(viewport);
      for (const example of [
        'change-orders/03-title-too-long.json',
        'change-orders/02-two-modifications-one-line.json',
      ]) {
        await loadExample(page, example);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
        for (const selector of ['#change-order', '#send', '#summary']) {
          const box = await page.locator(selector).boundingBox();
          expect(box.width).toBeGreaterThan(0);
          expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        }
        expect(await lowContrast(page)).toEqual([]);
      }
      // The cut Scope and the disabled button with its tooltip shown.
      await loadExample(page, 'change-orders/04-long-description-emoji.json');
      await andRender(page, () => page.selectOption('#commitments', 'standard'));
      await page.focus('#send');
      expect(await lowContrast(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
    });
  }
});

/** A GET with the path exactly as given (fetch() would resolve `..` itself). */
function rawGet(url, path) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    })
      .on('error', reject)
      .end();
  });
}

describe('the server and the build', () => {
  it('serves site/dist/ and nothing above it', async () => {
    expect(new URL(site.url).hostname).toBe('127.0.0.1');
    expect(await rawGet(site.url, '/')).toBe(200);
    expect(await rawGet(site.url, '/app.js')).toBe(200);
    for (const path of ['/../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/%zz'])
      expect([path, await rawGet(site.url, path)]).toEqual([path, 404]);
  });

  it('falls back to a free port when the one asked for is taken', async () => {
    const port = Number(new URL(site.url).port);
    const second = await serveSite({ port });
    try {
      expect(new URL(second.url).port).not.toBe(String(port));
      expect(await rawGet(second.url, '/index.html')).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('holds only the page’s files, and its bundle imports nothing at run time', async () => {
    expect(readdirSync(siteDist).sort()).toEqual(['app.js', 'favicon.svg', 'index.html', 'style.css']);
    const bundle = readFileSync(join(siteDist, 'app.js'), 'utf8');
    expect(bundle).not.toMatch(/\bimport\s*\(|\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon/);
  });
});
