// Editions (frozen dashboards for a regietafel): the edition's dashboard page of a province and of
// a gemeente in it, and the list of editions, each with zero axe-core violations of WCAG 2.0/2.1
// A and AA (as served and with every <details> open) and reflow at 320 CSS px. Also that the page
// keeps the frozen figures after a correction and offers no date to change them. The data: the
// province of Utrecht, one COA correction after the edition was published.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { axeBewaking, nieuweContext, paginaToegankelijkheid, startBrowser } from './browser.mjs';
import { artefactenMap, importeer, startStapel } from './stapel.mjs';

const opgaven = `categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde,besluit
asiel,GM0344,2024-01-01,800,2025-01-01,1100,Spreidingswet
asiel,GM0307,2024-01-01,300,2025-01-01,500,Spreidingswet
oekraine,VR09,2024-02-01,2500,2025-01-01,2900,Verdeling VR Utrecht
`;
const coa = (regulierUtrecht) => `bron,categorie,onderdeel,gebiedcode,peildatum,aantal
COA,asiel,regulier,GM0344,2024-09-01,${regulierUtrecht}
COA,asiel,noodopvang,GM0344,2024-09-01,100
COA,asiel,tgo,GM0344,2024-09-01,0
COA,asiel,regulier,GM0307,2024-09-01,300
COA,asiel,noodopvang,GM0307,2024-09-01,20
COA,asiel,tgo,GM0307,2024-09-01,10
`;
const kcio = `bron,categorie,onderdeel,gebiedcode,peildatum,aantal
KCIO,oekraine,,GM0344,2024-09-02,1500
KCIO,oekraine,,GM0307,2024-09-02,800
`;

let stapel;
let browser;
let context;
let editie; // the answer to POST /api/v1/edities

async function importeerOk(soort, tekst) {
  const { status, body } = await importeer(stapel, soort, tekst, { tekst: true });
  assert.equal(status, 201, `POST /api/v1/imports/${soort}: ${body}`);
}

before(async () => {
  await mkdir(artefactenMap, { recursive: true });
  stapel = await startStapel();
  await importeerOk('opgaven', opgaven);
  await importeerOk('realisatie', coa(700));
  await importeerOk('realisatie', kcio);
  const antwoord = await fetch(`${stapel.url}/api/v1/edities`, {
    method: 'POST',
    headers: { 'X-Api-Key': stapel.adminKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      gebiedcode: 'PV26', peildatum: '2024-09-01', realisatieTot: '2024-09-02',
      door: 'secretaris PRT Utrecht', omschrijving: 'PRT 12 september 2024',
    }),
  });
  const tekst = await antwoord.text();
  assert.equal(antwoord.status, 201, `POST /api/v1/edities: ${tekst}`);
  editie = JSON.parse(tekst);
  // COA corrects its delivery of 1 September after the edition was published: 60 more in Utrecht.
  await importeerOk('realisatie', coa(760));
  browser = await startBrowser();
  // Editions are not public: the admin key travels as a header, never in a URL.
  context = await nieuweContext(browser, { extraHTTPHeaders: { 'X-Api-Key': stapel.adminKey } });
});

after(async () => {
  await context?.close();
  await browser?.close();
  await stapel?.stop();
});

const paginas = () => [
  { naam: 'editie provincie Utrecht', bestand: 'editie-PV26', pad: `/edities/${editie.id}/dashboards/PV26` },
  { naam: 'editie gemeente Amersfoort', bestand: 'editie-GM0307', pad: `/edities/${editie.id}/dashboards/GM0307` },
  { naam: 'edities van gemeente Utrecht', bestand: 'edities-GM0344', pad: '/edities?gebiedcode=GM0344' },
  { naam: 'alle edities', bestand: 'edities', pad: '/edities' },
];

describe('toegankelijkheid', () => {
  for (const naam of ['editie provincie Utrecht', 'editie gemeente Amersfoort', 'edities van gemeente Utrecht', 'alle edities']) {
    paginaToegankelijkheid(naam, () => ({ browser, context, url: stapel.url, ...paginas().find((p) => p.naam === naam) }), {
      screenshotPad: (bestand) => path.join(artefactenMap, `${bestand}.png`),
      minBytes: 5 * 1024,
      reflowContext: () => ({ extraHTTPHeaders: { 'X-Api-Key': stapel.adminKey } }),
    });
  }

  axeBewaking(() => context);
});

describe('editie', () => {
  const tekst = (s) => s.replace(/\s+/g, ' ').trim();

  test('the page keeps the frozen figures after the correction, with a banner and no date form', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${stapel.url}/edities/${editie.id}/dashboards/PV26`, { waitUntil: 'load' });
      const banner = tekst(await page.locator('.rm-editie').innerText());
      assert.match(banner, /^Vastgestelde editie Editie PRT 12 september 2024 van 1 september 2024, vastgesteld door secretaris PRT Utrecht op .+; cijfers bevroren\./);
      const asiel = tekst(await page.locator('#kaart-asiel-titel').locator('xpath=..').innerText());
      assert.match(asiel, /Huidige realisatie 1\.130/);
      assert.equal(await page.locator('input[type="date"]').count(), 0, 'no date to change the figures');
      const toelichting = tekst(await page.locator('#toelichting').innerText());
      assert.match(toelichting, /COA, peildatum 1 september 2024: batch realisatie-/);
      assert.match(toelichting, /KCIO \(via de veiligheidsregio's\), peildatum 2 september 2024: batch realisatie-/);
      // The live dashboard has the correction.
      const live = await fetch(`${stapel.url}/api/v1/dashboards/PV26?peildatum=2024-09-01&realisatieTot=2024-09-02`, { headers: { 'X-Api-Key': stapel.adminKey } });
      assert.equal((await live.json()).tabel.totaal.asiel.realisatie, 1190);
    } finally {
      await page.close();
    }
  });

  test('links inside the edition stay inside it, from the keyboard', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${stapel.url}/edities/${editie.id}/dashboards/PV26`, { waitUntil: 'load' });
      const link = page.locator('#tabel tbody th a', { hasText: /^Amersfoort$/ });
      assert.equal(await link.getAttribute('href'), `/edities/${editie.id}/dashboards/GM0307`);
      await link.focus();
      await Promise.all([page.waitForURL(new RegExp(`/edities/${editie.id}/dashboards/GM0307$`)), page.keyboard.press('Enter')]);
      assert.match(tekst(await page.locator('.rm-editie').innerText()), /De editie is vastgesteld voor provincie Utrecht; dit is het deel van gemeente Amersfoort\./);
    } finally {
      await page.close();
    }
  });
});
