// Headless Debian Chromium through playwright-core (never a downloaded browser) and axe-core.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeBron = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const chromiumPad = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Dutch UI locale where Chromium has it; Debian's chromium without chromium-l10n has only
  // en-US, so date fields stay mm/dd/yyyy (the keyboard test copes with either order).
  '--lang=nl-NL',
];
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export function startBrowser() {
  return chromium.launch({ executablePath: chromiumPad, headless: true, args: chromiumArgs });
}

/** A context with a Dutch locale, the viewport the screenshots use, and a 30 s default timeout. */
export async function nieuweContext(browser, opties = {}) {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1400, height: 900 }, ...opties });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  return context;
}

/**
 * Loads `url` 320 CSS px wide (= 1280 px at 400 % zoom, WCAG 1.4.10) and measures sideways
 * overflow: the document's scrollWidth against its width, elements past the right edge outside a
 * `.rm-scroll` region (wide tables may scroll inside their own region), and absolutely positioned
 * elements inside such a region that stick out. `detailsOpen` opens every <details> first.
 */
export async function meetReflow(browser, url, { contextOpties = {}, detailsOpen = false } = {}) {
  const smal = await nieuweContext(browser, { ...contextOpties, viewport: { width: 320, height: 640 } });
  try {
    const q = await smal.newPage();
    await q.goto(url, { waitUntil: 'load' });
    if (detailsOpen) await q.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
    return await q.evaluate(() => {
      const cw = document.documentElement.clientWidth;
      const buiten = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > cw + 1 && !e.closest('.rm-scroll'));
      const verstopt = [...document.querySelectorAll('.rm-scroll *')].filter((e) => getComputedStyle(e).position === 'absolute' && e.getBoundingClientRect().right > cw + 1);
      return { scrollWidth: document.documentElement.scrollWidth, cw,
        buiten: buiten.slice(0, 3).map((e) => e.outerHTML.slice(0, 200)),
        verstopt: verstopt.length, voorbeeld: verstopt[0]?.outerHTML.slice(0, 200) ?? '' };
    });
  } finally {
    await smal.close();
  }
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules on the page as it is now. */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: axeBron });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      tags: v.tags,
      nodes: v.nodes.map((n) => ({ html: n.html, target: n.target, failureSummary: n.failureSummary })),
    }));
  }, wcagTags);
}

/** One readable block per violation: id, impact, help, number of nodes and the first node's HTML. */
export function beschrijf(violations) {
  return violations.map((v) => {
    const eerste = v.nodes[0];
    const html = eerste ? eerste.html.replace(/\s+/g, ' ').slice(0, 400) : '(no node)';
    return `- ${v.id} [${v.impact}] ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})\n    first: ${html}\n    target: ${eerste ? JSON.stringify(eerste.target) : ''}\n    ${(eerste?.failureSummary ?? '').replace(/\n/g, '\n    ')}`;
  }).join('\n');
}

/**
 * The accessibility tests of one page, as a describe of its own: 200 with <html lang="nl"> and
 * one h1; no axe WCAG 2.1 A/AA violations as served and with every <details> open; a full-page
 * screenshot (at least `minBytes`); reflow at 320 CSS px. `omgeving()` gives { browser, context,
 * url, pad, bestand } and `reflowContext()` the browser context options for the reflow check,
 * both once the file's before() has run; `naDetails(geopend)` adds a page's own
 * check on the number of <details>.
 */
export function paginaToegankelijkheid(naam, omgeving, { screenshotPad, minBytes, reflowContext = () => ({}), naDetails = () => {} }) {
  describe(`pagina ${naam}`, () => {
    let page;
    let pad;
    let bestand;
    before(async () => {
      ({ pad, bestand } = omgeving());
      page = await omgeving().context.newPage();
    });
    after(async () => { await page?.close(); });

    test('answers 200 with <html lang="nl"> and one h1', async () => {
      const antwoord = await page.goto(omgeving().url + pad, { waitUntil: 'load' });
      assert.equal(antwoord.status(), 200, `HTTP status of ${pad}: ${(await antwoord.text()).slice(0, 500)}`);
      assert.equal(await page.getAttribute('html', 'lang'), 'nl');
      assert.equal(await page.locator('main h1').count(), 1, 'exactly one h1 in <main>');
    });

    test('has no axe WCAG 2.1 A/AA violations', async () => {
      const violations = await axe(page);
      assert.equal(violations.length, 0, `${violations.length} axe violation(s) on ${pad}:\n${beschrijf(violations)}`);
    });

    test('has no axe WCAG 2.1 A/AA violations with every <details> open', async (t) => {
      const geopend = await page.evaluate(() => {
        const alle = [...document.querySelectorAll('details')];
        for (const d of alle) d.open = true;
        return alle.length;
      });
      t.diagnostic(`${geopend} <details> opened`);
      naDetails(geopend);
      const violations = await axe(page);
      assert.equal(violations.length, 0, `${violations.length} axe violation(s) on ${pad} with ${geopend} <details> open:\n${beschrijf(violations)}`);
    });

    test('a full-page screenshot for review', async () => {
      const uit = screenshotPad(bestand);
      await page.screenshot({ path: uit, fullPage: true });
      assert.ok((await stat(uit)).size > minBytes, `${uit} is a real picture`);
    });

    test('reflows at 320 CSS px without scrolling the page sideways (WCAG 1.4.10)', async () => {
      const r = await meetReflow(omgeving().browser, omgeving().url + pad, { contextOpties: reflowContext(), detailsOpen: true });
      assert.ok(r.scrollWidth <= r.cw + 1,
        `${pad} at 320 px: document scrollWidth ${r.scrollWidth} > ${r.cw}; outside .rm-scroll past the edge: ${r.buiten.join(' | ') || 'none'}`);
    });
  });
}

/**
 * Guards against a vacuous pass: axe must report the violations `verwacht` on a page built to
 * have them (no lang on <html>, an image without alt).
 */
export function axeBewaking(context, html = '<main><img src="data:,"></main>', verwacht = ['image-alt']) {
  test('the axe wiring reports a known violation (guards against a vacuous pass)', async () => {
    const page = await context().newPage();
    try {
      await page.setContent(`<!DOCTYPE html><html><head><title>x</title></head><body>${html}</body></html>`);
      const ids = (await axe(page)).map((v) => v.id);
      for (const id of verwacht) assert.ok(ids.includes(id), `axe found ${ids.join(', ')}; expected ${id}`);
    } finally {
      await page.close();
    }
  });
}
