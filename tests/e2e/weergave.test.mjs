// What the pages show: the fixture's figures exactly, links to the provinces, the charts and the
// map, full-page screenshots, and the same content without JavaScript.
import assert from 'node:assert/strict';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { nieuweContext, startBrowser } from './browser.mjs';
import { artefactenMap, fixtureMap, fixtureQuery, importeerFixture, startStapel } from './stapel.mjs';

const categorieen = ['oekraine', 'asiel', 'huisvesting', 'amv', 'nidos'];
const velden = { oekraine: ['opgave', 'realisatie', 'delta'], asiel: ['opgave', 'regulier', 'noodopvang', 'tgo', 'realisatie', 'delta'],
  huisvesting: ['opgave', 'realisatie', 'delta'], amv: ['opgave', 'realisatie', 'delta'], nidos: ['opgave', 'realisatie', 'delta'] };
const nl = new Intl.NumberFormat('nl-NL', { useGrouping: 'always' });
const getal = (n) => nl.format(n).replace('−', '-');
const tekst = (s) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

let stapel;
let browser;
let context;
let verwacht;
const url = (code, extra = '') => `${stapel.url}/dashboards/${code}?${fixtureQuery}${extra}`;

before(async () => {
  stapel = await startStapel();
  await importeerFixture(stapel);
  browser = await startBrowser();
  context = await nieuweContext(browser, { viewport: { width: 1400, height: 900 } });
  verwacht = JSON.parse(await readFile(path.join(fixtureMap, 'expected.json'), 'utf8'));
  await mkdir(artefactenMap, { recursive: true });
});

after(async () => {
  await context?.close();
  await browser?.close();
  await stapel?.stop();
});

describe('landelijke pagina NL', () => {
  let page;
  before(async () => {
    page = await context.newPage();
    const antwoord = await page.goto(url('NL'), { waitUntil: 'load' });
    assert.equal(antwoord.status(), 200);
  });
  after(async () => { await page?.close(); });

  test('the oekraine card shows 111.624, 92.189, 19.435 and 82,6 %', async () => {
    const kaart = tekst(await page.locator('article.rm-kaart[aria-labelledby="kaart-oekraine-titel"]').innerText());
    for (const s of ['111.624', '92.189', '19.435', '82,6 %']) assert.ok(kaart.includes(s), `oekraine card lacks ${s}: ${kaart}`);
  });

  test('every card shows the figures of expected.json', async () => {
    for (const c of categorieen) {
      const e = verwacht.kaarten[c];
      const dd = (await page.locator(`article.rm-kaart[aria-labelledby="kaart-${c}-titel"] dl.rm-cijfers dd`).allInnerTexts()).map(tekst);
      assert.deepEqual(dd.slice(0, 5), [e.startpunt, e.eindpunt, e.indicatiefSchema, e.realisatie, Math.abs(e.achterstand)].map(getal),
        `card ${c}: startpunt, eindpunt, schema, realisatie, achterstand`);
    }
  });

  test('the table shows the figures of expected.json for every province and the total', async () => {
    const rijen = await page.$$eval('.rm-tabelsectie table.rm-tabel tbody tr, .rm-tabelsectie table.rm-tabel tfoot tr', (trs) => trs.map((tr) => ({
      href: tr.closest('tfoot') ? 'totaal' : tr.querySelector('th a')?.getAttribute('href') ?? '',
      cellen: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
    })));
    const codes = Object.keys(verwacht.tabel).filter((c) => c !== 'totaal');
    assert.equal(rijen.filter((r) => r.href !== 'totaal').length, codes.length, 'one row per province');
    for (const code of [...codes, 'totaal']) {
      const rij = rijen.find((r) => (code === 'totaal' ? r.href === 'totaal' : r.href.startsWith(`/dashboards/${code}?`)));
      assert.ok(rij, `row for ${code}`);
      let i = 0;
      for (const c of categorieen) {
        for (const v of velden[c]) {
          const w = verwacht.tabel[code][c]?.[v];
          if (w !== undefined) assert.equal(rij.cellen[i], getal(w), `${code} ${c}.${v}`);
          i++;
        }
      }
    }
  });

  test('five charts are rendered with a size', async () => {
    const grafieken = page.locator('svg.rm-grafiek');
    assert.equal(await grafieken.count(), 5, 'svg.rm-grafiek elements');
    for (const [i, g] of (await grafieken.all()).entries()) {
      const b = await g.boundingBox();
      assert.ok(b && b.width > 0 && b.height > 0, `chart ${i + 1} bounding box ${JSON.stringify(b)}`);
    }
  });

  test('the map has 12 area links, one per province', async () => {
    const vlakken = page.locator('.rm-landkaart svg a');
    assert.equal(await vlakken.count(), 12, 'map area links');
    const hrefs = await vlakken.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const code of Object.keys(verwacht.tabel).filter((c) => c !== 'totaal')) assert.ok(hrefs.some((h) => h.startsWith(`/dashboards/${code}?`)), `map link to ${code}`);
    const b = await page.locator('.rm-landkaart svg').first().boundingBox();
    assert.ok(b && b.width > 100 && b.height > 100, `map size ${JSON.stringify(b)}`);
  });

  test('full-page screenshot tests/artifacts/dashboard-NL.png', async () => {
    const bestand = path.join(artefactenMap, 'dashboard-NL.png');
    await page.screenshot({ path: bestand, fullPage: true });
    const { size } = await stat(bestand);
    assert.ok(size > 10 * 1024, `${bestand} is ${size} bytes`);
  });
});

describe('naar Drenthe', () => {
  test('the table link for Drenthe opens the Drenthe page', async () => {
    const page = await context.newPage();
    try {
      await page.goto(url('NL'), { waitUntil: 'load' });
      const link = page.locator('.rm-tabelsectie table.rm-tabel tbody a[href*="/dashboards/PV22"]');
      assert.equal(await link.count(), 1, 'one table link to PV22');
      await Promise.all([page.waitForURL(/\/dashboards\/PV22/), link.click()]);
      await page.waitForLoadState('load');
      assert.match(await page.textContent('main h1'), /Drenthe/);
      assert.equal(new URL(page.url()).searchParams.get('peildatum'), '2024-09-01', 'the link keeps the peildatum');
    } finally {
      await page.close();
    }
  });

  test('the map area for Drenthe opens the Drenthe page', async () => {
    const page = await context.newPage();
    try {
      await page.goto(url('NL'), { waitUntil: 'load' });
      const vlak = page.locator('.rm-landkaart svg a[href*="/dashboards/PV22"]');
      assert.equal(await vlak.count(), 1, 'one map area link to PV22');
      await Promise.all([page.waitForURL(/\/dashboards\/PV22/), vlak.locator('path').first().click()]);
      await page.waitForLoadState('load');
      assert.match(await page.textContent('main h1'), /Drenthe/);
    } finally {
      await page.close();
    }
  });

  test('full-page screenshot tests/artifacts/dashboard-PV22.png', async () => {
    const page = await context.newPage();
    try {
      const antwoord = await page.goto(url('PV22'), { waitUntil: 'load' });
      assert.equal(antwoord.status(), 200);
      assert.match(await page.textContent('main h1'), /Drenthe/);
      const bestand = path.join(artefactenMap, 'dashboard-PV22.png');
      await page.screenshot({ path: bestand, fullPage: true });
      const { size } = await stat(bestand);
      assert.ok(size > 10 * 1024, `${bestand} is ${size} bytes`);
    } finally {
      await page.close();
    }
  });
});

describe('zonder JavaScript', () => {
  let zonderJs;
  before(async () => { zonderJs = await nieuweContext(browser, { javaScriptEnabled: false }); });
  after(async () => { await zonderJs?.close(); });

  test('the national page still shows the cards, the charts, the map and the table', async () => {
    const page = await zonderJs.newPage();
    try {
      const antwoord = await page.goto(url('NL'), { waitUntil: 'load' });
      assert.equal(antwoord.status(), 200);
      assert.equal(await page.locator('article.rm-kaart').count(), 5, 'cards');
      assert.ok(tekst(await page.locator('article.rm-kaart[aria-labelledby="kaart-oekraine-titel"]').innerText()).includes('111.624'), 'oekraine figures');
      assert.equal(await page.locator('svg.rm-grafiek').count(), 5, 'charts');
      assert.equal(await page.locator('.rm-landkaart svg a').count(), 12, 'map area links');
      assert.equal(await page.locator('.rm-tabelsectie table.rm-tabel tbody tr').count(), 12, 'table rows');
      assert.ok(await page.locator('.rm-tabelsectie table.rm-tabel').isVisible(), 'table visible');
    } finally {
      await page.close();
    }
  });

  test('sorting and the date form work without JavaScript', async () => {
    const page = await zonderJs.newPage();
    try {
      await page.goto(url('NL'), { waitUntil: 'load' });
      await Promise.all([page.waitForURL(/sorteer=oekraine\.delta/), page.locator('.rm-tabelsectie thead a[href*="sorteer=oekraine.delta"]').click()]);
      assert.equal(await page.getAttribute('.rm-tabelsectie thead th:has(> a[href*="sorteer=oekraine.delta"])', 'aria-sort'), 'ascending');
      await page.locator('#peildatum').fill('2024-08-01');
      await Promise.all([page.waitForURL(/peildatum=2024-08-01/), page.locator('.rm-bediening button[type=submit]').click()]);
      assert.match(await page.textContent('main h1'), /1 augustus 2024/);
    } finally {
      await page.close();
    }
  });
});
