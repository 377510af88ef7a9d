/*
 * The demo sections of the SharePoint page stand-in, for `npm start`: the stack says which web parts
 * the page shows and with which property pane values (GET /spfx/page.json, src/local/sharePointPage.ts),
 * and this mounts them, one in a light section and one in a dark section, as a site owner would place
 * them. A stack that serves no page.json (the browser tests) leaves the page to the test.
 */
(function () {
  'use strict';

  // SharePoint's theme slices for a section of each variant (what ThemeProvider gives the web part).
  var THEMES = {
    light: {
      isInverted: false,
      palette: { themePrimary: '#8764b8' },
      semanticColors: { bodyBackground: '#ffffff', bodyText: '#323130' },
    },
    dark: {
      isInverted: true,
      palette: { themePrimary: '#8764b8' },
      semanticColors: { bodyBackground: '#201f1e', bodyText: '#ffffff' },
    },
  };

  var status = document.getElementById('page-status');

  /** The web part's property pane values, as text beside it. */
  function showProperties(section) {
    var list = document.querySelector('.property-pane[data-for="' + section.element + '"]');
    if (list === null) return;
    Object.keys(section.properties).forEach(function (name) {
      var term = document.createElement('dt');
      term.textContent = name;
      var value = document.createElement('dd');
      value.textContent = section.properties[name];
      list.append(term, value);
    });
    list.setAttribute('aria-label', 'Property pane of the web part in the ' + section.variant + ' section');
    list.hidden = false;
  }

  async function mountSections() {
    var answer = await fetch('/spfx/page.json');
    if (answer.status === 404) return;
    if (!answer.ok) throw new Error('GET /spfx/page.json answered ' + answer.status + '.');
    var page = await answer.json();
    document.body.dataset.demo = 'true';
    status.hidden = false;
    status.textContent = 'Loading the web part…';
    await Promise.all(
      page.sections.map(function (section) {
        var element = document.getElementById(section.element);
        var container = element.closest('section');
        container.hidden = false;
        container.querySelector('h2').hidden = false;
        showProperties(section);
        return window.spfxHost.mount({
          element: section.element,
          properties: section.properties,
          locale: page.locale,
          theme: THEMES[section.variant],
          tenantId: page.tenantId,
          user: page.user,
          sharePointProfile: section.sharePointProfile,
          sharePointAppId: page.sharePointAppId,
        });
      }),
    );
    status.textContent = '';
    status.hidden = true;
  }

  if (!window.spfxHost.isSignInAnswer) {
    mountSections().catch(function (error) {
      status.hidden = false;
      status.textContent =
        'The web part could not start: ' + (error instanceof Error ? error.message : error);
    });
  }
})();
