// Accessibility of every kind of page: status, <html lang="nl">, zero axe-core violations of
// WCAG 2.0/2.1 A and AA, once as served and once with every <details> opened (the table
// alternatives of the charts and the map), and reflow at 320 CSS px (WCAG 1.4.10, which axe
// cannot check).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axe, axeBewaking, beschrijf, meetReflow, nieuweContext, startBrowser } from './browser.mjs';
import { fixtureQuery, importeerFixture, importeerRegios, startStapel } from './stapel.mjs';

const paginas = [
  { naam: 'land NL', pad: `/dashboards/NL?${fixtureQuery}`, status: 200 },
  { naam: 'provincie Drenthe PV22', pad: `/dashboards/PV22?${fixtureQuery}`, status: 200 },
  { naam: 'veiligheidsregio Drenthe VR03', pad: `/dashboards/VR03?${fixtureQuery}`, status: 200 },
  { naam: 'gemeente Assen GM0106', pad: `/dashboards/GM0106?${fixtureQuery}`, status: 200 },
  { naam: 'regio RG01', pad: `/dashboards/RG01?${fixtureQuery}`, status: 200, alsBeschikbaar: true },
  { naam: 'zoeken q=dr', pad: '/dashboards/zoeken?q=dr', status: 200 },
  { naam: 'foutpagina GM9999', pad: '/dashboards/GM9999', status: 404 },
];

let stapel;
let browser;
let context;
let regioImport; // { status, body } of POST /api/v1/imports/regios

before(async () => {
  stapel = await startStapel();
  await importeerFixture(stapel);
  // Builds with the regio niveau define regio's by import; older builds answer 404 or 405 here.
  regioImport = await importeerRegios(stapel);
  browser = await startBrowser();
  context = await nieuweContext(browser);
});

after(async () => {
  await context?.close();
  await browser?.close();
  await stapel?.stop();
});

for (const p of paginas) {
  describe(`pagina ${p.naam}`, () => {
    let page;
    let overslaan = null;

    before(async () => {
      if (p.alsBeschikbaar) {
        // The regio niveau is being added: test its page only once the product serves it.
        const r = await fetch(stapel.url + p.pad);
        await r.arrayBuffer();
        if (r.status !== 200) {
          overslaan = `${p.pad} answers ${r.status}, not 200 (POST /api/v1/imports/regios answered ${regioImport.status}): the regio niveau is not (yet) available in this build`;
          return;
        }
      }
      page = await context.newPage();
    });

    after(async () => { await page?.close(); });

    test(`answers ${p.status} with <html lang="nl">`, async (t) => {
      if (overslaan) return t.skip(overslaan);
      const antwoord = await page.goto(stapel.url + p.pad, { waitUntil: 'load' });
      assert.equal(antwoord.status(), p.status, `HTTP status of ${p.pad}`);
      assert.match(antwoord.headers()['content-type'] ?? '', /^text\/html/, 'content type');
      assert.equal(await page.getAttribute('html', 'lang'), 'nl', '<html lang> attribute');
      assert.ok((await page.locator('main h1').count()) === 1, 'exactly one h1 in <main>');
    });

    test('has no axe WCAG 2.1 A/AA violations', async (t) => {
      if (overslaan) return t.skip(overslaan);
      const violations = await axe(page);
      assert.equal(violations.length, 0,
        `${violations.length} axe violation(s) on ${p.pad}:\n${beschrijf(violations)}`);
    });

    test('reflows at 320 CSS px without scrolling the page sideways (WCAG 1.4.10)', async (t) => {
      if (overslaan) return t.skip(overslaan);
      // 320 CSS px wide = 1280 px at 400 % zoom. Wide tables may scroll inside their own region
      // (.rm-scroll), but the page itself must not get a horizontal scrollbar.
      const r = await meetReflow(browser, stapel.url + p.pad);
      assert.ok(r.scrollWidth <= r.cw + 1,
        `${p.pad} at 320 px: document scrollWidth ${r.scrollWidth} > ${r.cw}; ` +
        `elements past the right edge outside .rm-scroll: ${r.buiten.length ? r.buiten.join(' | ') : 'none'}; ` +
        `absolutely positioned elements inside .rm-scroll past the edge: ${r.verstopt} (first: ${r.voorbeeld})`);
    });

    test('has no axe WCAG 2.1 A/AA violations with every <details> open', async (t) => {
      if (overslaan) return t.skip(overslaan);
      const geopend = await page.evaluate(() => {
        const alle = [...document.querySelectorAll('details')];
        for (const d of alle) d.open = true;
        return alle.length;
      });
      t.diagnostic(`${geopend} <details> opened`);
      const violations = await axe(page);
      assert.equal(violations.length, 0,
        `${violations.length} axe violation(s) on ${p.pad} with ${geopend} <details> open:\n${beschrijf(violations)}`);
    });
  });
}

axeBewaking(() => context, '<main><img src="data:,"><a href="/x"></a></main>', ['html-has-lang', 'image-alt', 'link-name']);
