// Demo page behaviour, in a file rather than inline so every page works under a
// strict Content-Security-Policy (script-src 'self') and Trusted Types: only
// attributes and textContent are written, never HTML.
//
// ?lang=de|en, ?view=month|list and ?date=YYYY-MM-DD set the widget's attributes,
// the way an editor would set them in the page's HTML.
//
// Loaded in <head> before the widget's script and not deferred: a classic-script
// widget can load its feed before deferred scripts run, and its `load` event
// does not bubble, so the listeners below have to be on the document first.
(() => {
  const TAG = 'participation-calendar';
  const reports = new Map();
  let status = null;

  const show = () => {
    if (!status) return;
    const calendars = [...document.querySelectorAll(TAG)];
    status.textContent = calendars
      .map((el, i) => `${calendars.length > 1 ? `Kalender ${i + 1}: ` : ''}${reports.get(el) ?? 'wird geladen …'}`)
      .join(' · ');
  };

  // Test pages report what the widget said, so a person looking at them sees a
  // failure without opening the developer tools.
  document.addEventListener(
    'load',
    (event) => {
      if (event.target?.localName !== TAG) return;
      const { count, skipped } = event.detail ?? {};
      const skippedCount = Array.isArray(skipped) ? skipped.length : skipped ?? 0;
      reports.set(event.target, `${count ?? '?'} Termine geladen, ${skippedCount} übersprungen`);
      show();
    },
    true,
  );
  document.addEventListener(
    'error',
    (event) => {
      if (event.target?.localName !== TAG) return;
      reports.set(event.target, `Fehler: ${event.detail?.message ?? 'unbekannt'}`);
      show();
    },
    true,
  );

  const params = new URLSearchParams(window.location.search);
  const allowed = {
    lang: (v) => v === 'de' || v === 'en',
    view: (v) => v === 'month' || v === 'list',
    date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
  };

  function setUp() {
    const calendars = document.querySelectorAll(TAG);
    for (const [name, isValid] of Object.entries(allowed)) {
      const value = params.get(name);
      if (value && isValid(value)) calendars.forEach((el) => el.setAttribute(name, value));
    }

    // The language switch shows which language the calendar speaks now, also
    // when a script (or the screenshot tool) changes the attribute later.
    const markLanguage = () => {
      const current = calendars[0]?.getAttribute('lang') || 'de';
      document.querySelectorAll('.lang-switch a[hreflang]').forEach((link) => {
        if (link.getAttribute('hreflang') === current) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      });
    };
    markLanguage();
    if (calendars[0]) new MutationObserver(markLanguage).observe(calendars[0], { attributeFilter: ['lang'] });

    // The configurator link opens with this demo's feed filled in: it takes only complete addresses.
    document.querySelectorAll('a[data-feed]').forEach((link) => {
      const feed = new URL(link.dataset.feed, window.location.href).href;
      link.href = `${link.getAttribute('href').split('?')[0]}?feed=${encodeURIComponent(feed)}`;
    });

    status = document.querySelector('[data-demo-status]');
    show();
    window.setTimeout(() => {
      if (status && !customElements.get(TAG)) {
        status.textContent = 'Die Komponente wurde nicht geladen. Fehlt dist/participation-calendar.js? (npm run build)';
      }
    }, 5000);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setUp, { once: true });
  else setUp();
})();
