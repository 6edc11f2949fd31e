/*! Regiemonitor embed SDK v1 — https://<gateway>/embed/v1/sdk.js
 *
 *   const rm = Regiemonitor.embed(container, { embedUrl, getToken, gebied, peildatum, title, theme });
 *   rm.on('rendered', (e) => ...); rm.setGebied('GM0106'); rm.destroy();
 *
 * The token travels only by postMessage, to the origin of embedUrl, and only after the frame
 * has announced itself (rm:gereed) from that origin. It is never put in a URL or logged.
 */
(function (global) {
  'use strict';

  var EVENTS = ['loaded', 'rendered', 'error', 'gebiedChanged', 'resized'];
  var DATUM = /^\d{4}-\d{2}-\d{2}$/;
  // Refresh this long before expiry (at most), or after three quarters of a short lifetime.
  var MARGE_MS = 60 * 1000;
  var MIN_WACHT_MS = 1000;
  var TOKEN_TIMEOUT_MS = 30 * 1000;

  function fout(bericht) { return new Error('Regiemonitor.embed: ' + bericht); }

  /** The payload of a JWT (base64url JSON), or null. */
  function jwtClaims(token) {
    try {
      var b64 = String(token).split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      while (b64.length % 4) b64 += '=';
      var json = decodeURIComponent(Array.prototype.map.call(atob(b64), function (c) {
        return '%' + ('0' + c.charCodeAt(0).toString(16)).slice(-2);
      }).join(''));
      var claims = JSON.parse(json);
      return claims && typeof claims === 'object' ? claims : null;
    } catch (e) {
      return null;
    }
  }

  /**
   * getToken() may give a string or { token, expiresAt } (ISO string, Date or ms). Without
   * expiresAt the JWT's exp counts. When this clock disagrees with the server's (the expiry looks
   * already past for a token that was just issued), the lifetime exp - iat counts from now.
   */
  function normaliseer(antwoord) {
    var token = typeof antwoord === 'string' ? antwoord : antwoord && antwoord.token;
    if (typeof token !== 'string' || token === '') throw fout('getToken() gave no token');
    var nu = Date.now();
    var verloopt = null;
    if (antwoord && typeof antwoord === 'object' && antwoord.expiresAt != null) {
      verloopt = antwoord.expiresAt instanceof Date ? antwoord.expiresAt.getTime()
        : typeof antwoord.expiresAt === 'number' ? antwoord.expiresAt : Date.parse(antwoord.expiresAt);
      if (isNaN(verloopt)) verloopt = null;
    }
    var c = jwtClaims(token);
    if (verloopt == null && c && typeof c.exp === 'number') verloopt = c.exp * 1000;
    var duur = c && typeof c.exp === 'number' && typeof c.iat === 'number' && c.exp > c.iat ? (c.exp - c.iat) * 1000 : null;
    if (duur != null && (verloopt == null || verloopt <= nu)) verloopt = nu + duur;
    if (duur == null && verloopt != null) duur = Math.max(0, verloopt - nu);
    return { token: token, verloopt: verloopt, duur: duur };
  }

  function embed(container, opties) {
    var el = typeof container === 'string' ? document.querySelector(container) : container;
    if (!el || el.nodeType !== 1) throw fout('container must be an element or a selector that finds one');
    opties = opties || {};
    if (typeof opties.getToken !== 'function') throw fout('getToken must be a function');
    if (!opties.embedUrl) throw fout('embedUrl is required');
    var url = new URL(opties.embedUrl, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw fout('embedUrl must be http(s)');
    if (/(^|[?&])(token|access_token)=/i.test(url.search)) throw fout('embedUrl must not carry a token');
    if (opties.peildatum != null && !DATUM.test(opties.peildatum)) throw fout('peildatum must be YYYY-MM-DD');
    var frameOrigin = url.origin;

    var staat = { gebied: opties.gebied || null, peildatum: opties.peildatum || null };
    var handlers = {};
    EVENTS.forEach(function (n) { handlers[n] = []; });
    var huidig = null; // { token, verloopt, duur }: only in this closure
    var lopend = null; // the getToken() call in progress
    var timer = null;
    var gereed = false; // the frame has announced itself and received rm:init
    var weg = false;
    var pogingen = 0;

    var iframe = document.createElement('iframe');
    iframe.title = opties.title || 'Regiemonitor-dashboard';
    iframe.setAttribute('scrolling', 'no');
    iframe.setAttribute('referrerpolicy', 'origin');
    // Scripts and the frame's own origin (its requests), its date form (handled by script), downloads,
    // print and links in a new tab; no top navigation of the host page.
    iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox');
    iframe.style.cssText = 'border:0;width:100%;display:block;overflow:hidden;height:' + (opties.height || '480px');
    if (staat.peildatum) url.searchParams.set('peildatum', staat.peildatum);
    iframe.src = url.href;

    function emit(naam, detail) {
      handlers[naam].slice().forEach(function (h) {
        try { h(detail); } catch (e) { setTimeout(function () { throw e; }); }
      });
    }

    function stuur(bericht) {
      // Before rm:gereed the frame may not yet hold the embed origin; rm:init carries the state then.
      if (weg || !iframe.contentWindow || (!gereed && bericht.type !== 'rm:init')) return;
      iframe.contentWindow.postMessage(bericht, frameOrigin);
    }

    function plan() {
      clearTimeout(timer);
      if (weg || !huidig || huidig.verloopt == null) return;
      var rest = huidig.verloopt - Date.now();
      var wacht = Math.max(MIN_WACHT_MS, rest - Math.min(MARGE_MS, rest / 4));
      timer = setTimeout(function () { vernieuw().catch(function () {}); }, wacht);
    }

    /** Asks the host for a token (one call at a time); retries with back-off when it fails. */
    function haalToken() {
      if (lopend) return lopend;
      lopend = new Promise(function (resolve, reject) {
        var t = setTimeout(function () { reject(fout('getToken() did not answer in time')); }, TOKEN_TIMEOUT_MS);
        Promise.resolve().then(function () { return opties.getToken(); }).then(normaliseer).then(function (n) {
          clearTimeout(t);
          resolve(n);
        }, function (e) { clearTimeout(t); reject(e); });
      }).then(function (n) {
        lopend = null;
        pogingen = 0;
        huidig = n;
        plan();
        return n.token;
      }, function (e) {
        lopend = null;
        if (weg) throw e;
        pogingen++;
        emit('error', { code: 'TOKEN_EXPIRED', status: 0, message: 'getToken() failed: ' + (e && e.message || e) });
        clearTimeout(timer);
        timer = setTimeout(function () { vernieuw().catch(function () {}); }, Math.min(60000, 2000 * Math.pow(2, pogingen - 1)));
        throw e;
      });
      return lopend;
    }

    /** Still usable for a while: more than a quarter of its lifetime (at most 5 s) left. */
    function geldig() {
      return huidig && (huidig.verloopt == null || huidig.verloopt - Date.now() > Math.min(5000, (huidig.duur || 0) / 4));
    }

    function vernieuw() {
      return haalToken().then(function (token) {
        if (gereed) stuur({ type: 'rm:token', token: token });
        return token;
      });
    }

    function opBericht(e) {
      if (e.source !== iframe.contentWindow || e.origin !== frameOrigin) return;
      var d = e.data;
      if (!d || typeof d !== 'object' || typeof d.type !== 'string' || d.type.indexOf('rm:') !== 0) return;
      switch (d.type) {
        case 'rm:gereed':
          (geldig() ? Promise.resolve(huidig.token) : haalToken()).then(function (token) {
            gereed = true;
            stuur({ type: 'rm:init', token: token, gebied: staat.gebied, peildatum: staat.peildatum, theme: opties.theme || null });
          }, function () {});
          break;
        case 'rm:loaded':
          emit('loaded', {});
          break;
        case 'rm:rendered':
          if (typeof d.gebied === 'string') staat.gebied = d.gebied;
          if (typeof d.peildatum === 'string') staat.peildatum = d.peildatum;
          emit('rendered', { gebied: d.gebied, peildatum: d.peildatum });
          break;
        case 'rm:resized':
          if (typeof d.height === 'number' && d.height >= 0 && d.height < 1e6) {
            iframe.style.height = Math.ceil(d.height) + 'px';
            emit('resized', { height: Math.ceil(d.height) });
          }
          break;
        case 'rm:gebiedChanged':
          if (typeof d.gebied === 'string') staat.gebied = d.gebied;
          emit('gebiedChanged', { gebied: d.gebied });
          break;
        case 'rm:error':
          emit('error', { code: String(d.code), status: d.status, retryAfter: d.retryAfter, message: d.message });
          break;
        case 'rm:tokenNodig':
          huidig = null;
          vernieuw().catch(function () {});
          break;
      }
    }

    function opZichtbaar() {
      if (document.visibilityState === 'visible' && huidig && !geldig()) vernieuw().catch(function () {});
    }

    window.addEventListener('message', opBericht);
    document.addEventListener('visibilitychange', opZichtbaar);
    el.appendChild(iframe);
    haalToken().catch(function () {}); // in parallel with the frame's load

    var api = {
      on: function (naam, h) {
        if (!handlers[naam]) throw fout('unknown event "' + naam + '"; known: ' + EVENTS.join(', '));
        if (typeof h !== 'function') throw fout('handler must be a function');
        handlers[naam].push(h);
        return api;
      },
      off: function (naam, h) {
        if (!handlers[naam]) return api;
        handlers[naam] = h ? handlers[naam].filter(function (x) { return x !== h; }) : [];
        return api;
      },
      setGebied: function (gebied) {
        if (typeof gebied !== 'string' || !/^[A-Za-z0-9_-]{1,32}$/.test(gebied)) throw fout('gebied must be a gebiedcode');
        // Before the frame is ready the choice goes with rm:init; afterwards rendered reports it.
        if (!gereed) staat.gebied = gebied;
        stuur({ type: 'rm:setGebied', gebied: gebied });
        return api;
      },
      setPeildatum: function (peildatum) {
        if (typeof peildatum !== 'string' || !DATUM.test(peildatum)) throw fout('peildatum must be YYYY-MM-DD');
        if (!gereed) staat.peildatum = peildatum;
        stuur({ type: 'rm:setPeildatum', peildatum: peildatum });
        return api;
      },
      refresh: function () { stuur({ type: 'rm:refresh' }); return api; },
      print: function () { stuur({ type: 'rm:print' }); return api; },
      destroy: function () {
        if (weg) return;
        weg = true;
        clearTimeout(timer);
        window.removeEventListener('message', opBericht);
        document.removeEventListener('visibilitychange', opZichtbaar);
        EVENTS.forEach(function (n) { handlers[n] = []; });
        huidig = null;
        if (iframe.parentNode) iframe.parentNode.removeChild(iframe);
      },
      /** The current gebied and peildatum as the frame last reported them. */
      get gebied() { return staat.gebied; },
      get peildatum() { return staat.peildatum; },
      get iframe() { return iframe; },
    };
    return api;
  }

  var ns = global.Regiemonitor = global.Regiemonitor || {};
  ns.embed = embed;
  ns.version = '1';
})(window);
