/*! Regiemonitor embed runtime v1: runs inside the iframe of /embed/v1/dashboards/{gebied}.
 *
 * Talks only to its parent, and only when the parent's origin is one of the tenant's origins in
 * #rm-embed-config. Receives the embed token by postMessage and keeps it in this closure; loads
 * the dashboard fragment with Authorization: Bearer and keeps links, sorting, the map categorie
 * and the date form inside the frame.
 */
(function () {
  'use strict';

  var DATUM = /^\d{4}-\d{2}-\d{2}$/;
  var CODE = /^[A-Za-z0-9_-]{1,32}$/;
  var KEUZES = ['peildatum', 'realisatieTot', 'kaart', 'sorteer', 'richting'];
  var TOKEN_WACHT_MS = 30 * 1000;

  var main = document.getElementById('rm-embed');
  var config;
  try {
    config = JSON.parse(document.getElementById('rm-embed-config').textContent);
  } catch (e) {
    config = null;
  }
  if (!main || !config) return;

  function melding(tekst, soort) {
    var p = document.createElement('p');
    p.className = 'rm-embed-melding';
    p.setAttribute('role', soort === 'fout' ? 'alert' : 'status');
    p.textContent = tekst;
    return p;
  }

  function ouderOrigin() {
    if (window.parent === window) return null;
    var ao = window.location.ancestorOrigins;
    if (ao && ao.length > 0) return ao[0];
    try {
      return document.referrer ? new URL(document.referrer).origin : null;
    } catch (e) {
      return null;
    }
  }

  var ouder = ouderOrigin();
  var toegestaan = Array.isArray(config.origins) ? config.origins : [];
  if (!ouder || ouder === 'null' || toegestaan.indexOf(ouder) < 0) {
    main.replaceChildren(melding('Deze weergave mag hier niet worden ingesloten.', 'fout'));
    return;
  }

  var token = null; // only here: never in a URL, the DOM, storage or a log
  var tokenWachters = [];
  var tokenGevraagd = false;
  var staat = { gebied: config.gebied, peildatum: null, realisatieTot: null, kaart: null, sorteer: null, richting: null };
  var geladen = false;
  var volgnummer = 0;
  var herhaalTimer = null;
  var laatsteHoogte = -1;

  function stuur(bericht) {
    window.parent.postMessage(bericht, ouder);
  }

  function fout(code, status, extra) {
    var b = { type: 'rm:error', code: code, status: status };
    if (extra) for (var k in extra) b[k] = extra[k];
    stuur(b);
  }

  /** Asks the host for a new token once and waits for rm:token; resolves false on time-out. */
  function nieuwToken() {
    return new Promise(function (resolve) {
      var t = setTimeout(function () {
        tokenWachters = tokenWachters.filter(function (w) { return w !== klaar; });
        if (tokenWachters.length === 0) tokenGevraagd = false;
        resolve(false);
      }, TOKEN_WACHT_MS);
      function klaar() { clearTimeout(t); resolve(true); }
      tokenWachters.push(klaar);
      if (!tokenGevraagd) {
        tokenGevraagd = true;
        stuur({ type: 'rm:tokenNodig' });
      }
    });
  }

  function zetToken(t) {
    if (typeof t !== 'string' || t === '') return;
    token = t;
    tokenGevraagd = false;
    var w = tokenWachters;
    tokenWachters = [];
    w.forEach(function (f) { f(); });
  }

  function inhoudUrl(k) {
    var pad = String(config.inhoudUrl || '/embed/v1/dashboards/{gebied}/inhoud').replace('{gebied}', encodeURIComponent(k.gebied));
    var url = new URL(pad, window.location.href);
    KEUZES.forEach(function (n) { if (k[n]) url.searchParams.set(n, k[n]); });
    return url;
  }

  function tekstVoor(status) {
    if (status === 401) return 'De toegang tot het dashboard is verlopen. Vernieuw de pagina.';
    if (status === 403) return 'U heeft geen toegang tot dit gebied.';
    if (status === 404) return 'Dit gebied bestaat niet.';
    if (status === 429) return 'Het dashboard krijgt nu te veel verzoeken. Het wordt zo opnieuw geladen.';
    return 'Het dashboard kon niet worden geladen. Probeer het later opnieuw.';
  }

  /** Shows an error: instead of the content on the first load, above it afterwards. */
  function toonFout(status) {
    var oud = main.querySelector('.rm-embed-melding');
    if (oud) oud.remove();
    var m = melding(tekstVoor(status), 'fout');
    if (geladen && main.firstChild) main.insertBefore(m, main.firstChild);
    else main.replaceChildren(m);
  }

  /**
   * Loads the fragment for the choices k and puts it in the DOM. focus: what to focus after
   * rendering (a function of the new content). A later call supersedes an earlier one.
   */
  function laad(k, focus, herhaald) {
    var nr = ++volgnummer;
    clearTimeout(herhaalTimer);
    main.setAttribute('aria-busy', 'true');
    var poging = function (opnieuw) {
      return fetch(inhoudUrl(k), {
        headers: { Authorization: 'Bearer ' + token, Accept: 'text/html' },
        credentials: 'omit',
        cache: 'no-store',
      }).then(function (r) {
        if (nr !== volgnummer) return null;
        if (r.status === 401 && opnieuw) {
          fout('TOKEN_EXPIRED', 401, { retrying: true });
          return nieuwToken().then(function (ok) { return nr !== volgnummer ? null : ok ? poging(false) : r; });
        }
        return r;
      });
    };
    return poging(true).then(function (r) {
      if (!r) return;
      if (!r.ok) {
        main.removeAttribute('aria-busy');
        var extra = null;
        if (r.status === 429) {
          var s = parseInt(r.headers.get('Retry-After') || '', 10);
          var na = isNaN(s) ? 10 : Math.min(Math.max(s, 1), 300);
          extra = { retryAfter: na };
          if (!herhaald) herhaalTimer = setTimeout(function () { if (nr === volgnummer) laad(k, focus, true); }, na * 1000);
        }
        fout(r.status === 401 ? 'TOKEN_EXPIRED' : r.status === 403 ? 'FORBIDDEN' : r.status === 429 ? 'RATE_LIMITED' : 'DATA_ERROR', r.status, extra);
        toonFout(r.status);
        return;
      }
      return r.text().then(function (html) {
        if (nr !== volgnummer) return;
        toon(k, html, focus);
      });
    }, function () {
      if (nr !== volgnummer) return;
      main.removeAttribute('aria-busy');
      fout('DATA_ERROR', 0);
      toonFout(0);
    });
  }

  function toon(k, html, focus) {
    var sjabloon = document.createElement('template');
    sjabloon.innerHTML = html;
    var vorigGebied = staat.gebied;
    main.replaceChildren(sjabloon.content);
    main.removeAttribute('aria-busy');
    // The fragment states the dates it was rendered for (also when the server picked them).
    var pd = main.querySelector('input[name="peildatum"]');
    var rt = main.querySelector('input[name="realisatieTot"]');
    staat = {
      gebied: k.gebied,
      peildatum: pd && DATUM.test(pd.value) ? pd.value : k.peildatum,
      realisatieTot: rt && DATUM.test(rt.value) ? rt.value : k.realisatieTot,
      kaart: k.kaart, sorteer: k.sorteer, richting: k.richting,
    };
    if (focus) {
      var doel = focus(main);
      if (doel) {
        if (!doel.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(doel.tagName)) doel.setAttribute('tabindex', '-1');
        doel.focus();
      }
    }
    meet();
    stuur({ type: 'rm:rendered', gebied: staat.gebied, peildatum: staat.peildatum });
    if (staat.gebied !== vorigGebied) stuur({ type: 'rm:gebiedChanged', gebied: staat.gebied });
  }

  function kop(m) { return m.querySelector('h1'); }

  // ---- links and forms inside the fragment ----

  function gebiedUitPad(pad) {
    var m = /^\/dashboards\/([^/]+)$/.exec(pad);
    if (!m) return null;
    var code = decodeURIComponent(m[1]);
    return CODE.test(code) ? code : null;
  }

  function keuzesUit(url, gebied) {
    var k = { gebied: gebied };
    KEUZES.forEach(function (n) { k[n] = url.searchParams.get(n) || null; });
    if (k.peildatum && !DATUM.test(k.peildatum)) k.peildatum = null;
    if (k.realisatieTot && !DATUM.test(k.realisatieTot)) k.realisatieTot = null;
    return k;
  }

  /** After a sort or map link: focus the link in the same place of the same section again. */
  function zelfdeLink(a, url) {
    var sectie = url.hash ? url.hash.slice(1) : null;
    var bereik = (sectie && main.querySelector('#' + CSS.escape(sectie))) || main;
    var plek = Array.prototype.indexOf.call(bereik.querySelectorAll('a'), a);
    return function (m) {
      var nieuw = (sectie && m.querySelector('#' + CSS.escape(sectie))) || m;
      return (plek >= 0 && nieuw.querySelectorAll('a')[plek]) || kop(m);
    };
  }

  /** Exports and other same-origin files need the token: fetch them and save the answer. */
  function download(url) {
    fetch(url, { headers: { Authorization: 'Bearer ' + token }, credentials: 'omit', cache: 'no-store' }).then(function (r) {
      if (!r.ok) {
        fout(r.status === 401 ? 'TOKEN_EXPIRED' : r.status === 403 ? 'FORBIDDEN' : r.status === 429 ? 'RATE_LIMITED' : 'DATA_ERROR', r.status);
        toonFout(r.status);
        return;
      }
      var cd = r.headers.get('Content-Disposition') || '';
      var m = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(cd);
      var naam = m ? decodeURIComponent(m[1] || m[2]) : url.pathname.split('/').pop();
      return r.blob().then(function (b) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(b);
        a.download = naam;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
      });
    }, function () {
      fout('DATA_ERROR', 0);
      toonFout(0);
    });
  }

  main.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target.closest && e.target.closest('a');
    if (!a || !main.contains(a)) return;
    var href = a.getAttribute('href') || a.getAttribute('xlink:href');
    if (!href || href.charAt(0) === '#') return;
    var url;
    try { url = new URL(href, window.location.href); } catch (x) { return; }
    e.preventDefault();
    if (url.origin !== window.location.origin) {
      window.open(url.href, '_blank', 'noopener');
      return;
    }
    var gebied = gebiedUitPad(url.pathname);
    if (gebied) {
      var k = keuzesUit(url, gebied);
      laad(k, gebied === staat.gebied ? zelfdeLink(a, url) : kop);
      return;
    }
    if (/^\/dashboards\/[^/]+\/export\.[a-z]+$/.test(url.pathname)) {
      download(url);
      return;
    }
    window.open(url.href, '_blank', 'noopener');
  });

  main.addEventListener('submit', function (e) {
    var form = e.target;
    if (!(form instanceof HTMLFormElement) || (form.getAttribute('method') || 'get').toLowerCase() !== 'get') return;
    var actie = new URL(form.getAttribute('action') || window.location.href, window.location.href);
    var gebied = gebiedUitPad(actie.pathname);
    if (!gebied) return;
    e.preventDefault();
    var velden = new FormData(form);
    var k = { gebied: gebied };
    KEUZES.forEach(function (n) { k[n] = gebied === staat.gebied ? staat[n] : null; });
    var pd = velden.get('peildatum');
    var rt = velden.get('realisatieTot');
    k.peildatum = typeof pd === 'string' && DATUM.test(pd) ? pd : k.peildatum;
    k.realisatieTot = typeof rt === 'string' && DATUM.test(rt) ? rt : null;
    var veld = form.querySelector('input[name="peildatum"]');
    laad(k, function (m) { return (veld && veld.id && m.querySelector('#' + CSS.escape(veld.id))) || kop(m); });
  });

  // ---- height ----

  function meet() {
    var h = Math.ceil(Math.max(
      document.documentElement.getBoundingClientRect().height,
      document.body ? document.body.getBoundingClientRect().bottom + window.scrollY : 0));
    if (h !== laatsteHoogte) {
      laatsteHoogte = h;
      stuur({ type: 'rm:resized', height: h });
    }
  }

  if (typeof ResizeObserver === 'function') {
    var ro = new ResizeObserver(meet);
    ro.observe(document.documentElement);
    if (document.body) ro.observe(document.body);
  } else {
    window.addEventListener('resize', meet);
  }
  // <details> opening and closing changes the height too; ResizeObserver sees that, this is a fallback.
  main.addEventListener('toggle', meet, true);

  // ---- the host ----

  function pasThemaToe(thema) {
    if (!thema || typeof thema !== 'object') return;
    Object.keys(thema).forEach(function (n) {
      var v = thema[n];
      if (/^--(utrecht|rm)-[a-z0-9-]+$/.test(n) && typeof v === 'string' && /^[#(),.%\w\s"'-]{1,200}$/.test(v) && !/url\s*\(/i.test(v)) {
        document.documentElement.style.setProperty(n, v);
      }
    });
  }

  window.addEventListener('message', function (e) {
    if (e.source !== window.parent || e.origin !== ouder) return;
    var d = e.data;
    if (!d || typeof d !== 'object' || typeof d.type !== 'string') return;
    switch (d.type) {
      case 'rm:init':
        zetToken(d.token);
        if (!token) return;
        pasThemaToe(d.theme);
        var k = {
          gebied: typeof d.gebied === 'string' && CODE.test(d.gebied) ? d.gebied : staat.gebied,
          peildatum: typeof d.peildatum === 'string' && DATUM.test(d.peildatum) ? d.peildatum : staat.peildatum,
          realisatieTot: null, kaart: null, sorteer: null, richting: null,
        };
        if (!geladen) {
          geladen = true;
          stuur({ type: 'rm:loaded' });
          var q = new URL(window.location.href).searchParams.get('peildatum');
          if (!k.peildatum && q && DATUM.test(q)) k.peildatum = q;
        }
        laad(k, null);
        break;
      case 'rm:token':
        zetToken(d.token);
        break;
      case 'rm:setGebied':
        if (!token || typeof d.gebied !== 'string' || !CODE.test(d.gebied)) return;
        laad({ gebied: d.gebied, peildatum: staat.peildatum, realisatieTot: staat.realisatieTot, kaart: staat.kaart, sorteer: null, richting: null }, null);
        break;
      case 'rm:setPeildatum':
        if (!token || typeof d.peildatum !== 'string' || !DATUM.test(d.peildatum)) return;
        laad({ gebied: staat.gebied, peildatum: d.peildatum, realisatieTot: null, kaart: staat.kaart, sorteer: staat.sorteer, richting: staat.richting }, null);
        break;
      case 'rm:refresh':
        if (token) laad(staat, null);
        break;
      case 'rm:print':
        window.print();
        break;
    }
  });

  stuur({ type: 'rm:gereed' });
})();
