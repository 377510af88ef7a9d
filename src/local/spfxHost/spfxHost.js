/*
 * Minimal stand-ins for the SPFx runtime (AMD loader, web part base class, property pane, theme
 * provider, page context, SharePoint's token provider) so the production web part bundle runs in a
 * plain page against the local stack. Driven through `window.spfxHost`: by the demo sections
 * (demoSections.js, `npm start`) and by the browser tests (tests/e2e/webPart.test.ts).
 *
 * The bundle targets ES5, so the base class is an ES5 constructor: an ES2015 class could not be
 * extended by its compiled `_super.call(this)`.
 */
(function () {
  'use strict';

  var COMPONENT_ID = '8f3d2a61-4c7e-4b9a-a5d2-1e6f0c9b7a34';
  var modules = {};
  var anonymous;

  function define(name, deps, factory) {
    if (typeof name !== 'string') {
      factory = deps;
      deps = name;
      name = undefined;
    }
    if (typeof deps === 'function') {
      factory = deps;
      deps = [];
    }
    var exports = {};
    var args = deps.map(function (dep) {
      if (dep === 'exports') return exports;
      if (!(dep in modules)) throw new Error('No stand-in for the SPFx module ' + dep);
      return modules[dep];
    });
    var result = factory.apply(null, args);
    var value = result === undefined ? exports : result;
    if (name === undefined) anonymous = value;
    else modules[name] = value;
  }
  define.amd = {};

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = function () {
        resolve();
      };
      script.onerror = function () {
        reject(new Error('Could not load ' + src));
      };
      document.head.appendChild(script);
    });
  }

  // The vendor UMD builds ran before `define` existed, so they left globals.
  modules.react = window.React;
  modules['react-dom'] = window.ReactDOM;
  modules['@microsoft/microsoft-graph-client'] = window.MicrosoftGraph;
  window.define = define;

  modules['@microsoft/sp-core-library'] = {
    Version: {
      parse: function (text) {
        return {
          toString: function () {
            return text;
          },
        };
      },
    },
  };

  function BaseClientSideWebPart() {}
  ['domElement', 'context', 'properties'].forEach(function (key) {
    Object.defineProperty(BaseClientSideWebPart.prototype, key, {
      get: function () {
        return this['_' + key];
      },
    });
  });
  BaseClientSideWebPart.prototype.onInit = function () {
    return Promise.resolve();
  };
  BaseClientSideWebPart.prototype.onDispose = function () {};
  modules['@microsoft/sp-webpart-base'] = { BaseClientSideWebPart: BaseClientSideWebPart };

  function field(type) {
    return function (targetProperty, properties) {
      return { type: type, targetProperty: targetProperty, properties: properties };
    };
  }
  modules['@microsoft/sp-property-pane'] = {
    PropertyPaneTextField: field('TextField'),
    PropertyPaneDropdown: field('Dropdown'),
    PropertyPaneButton: field('Button'),
    PropertyPaneLabel: field('Label'),
    PropertyPaneButtonType: { Normal: 0, Primary: 1 },
  };

  function ThemeProvider() {}
  ThemeProvider.serviceKey = { name: 'ThemeProvider' };
  function ThemeChangedEventArgs() {}
  modules['@microsoft/sp-component-base'] = {
    ThemeProvider: ThemeProvider,
    ThemeChangedEventArgs: ThemeChangedEventArgs,
  };

  /** The theme of one section of the page, as SharePoint's ThemeProvider gives it to a web part in it. */
  function sectionTheme(initial) {
    var theme = initial;
    var handlers = [];
    return {
      provider: {
        tryGetTheme: function () {
          return theme;
        },
        themeChangedEvent: {
          add: function (observer, handler) {
            handlers.push(handler);
          },
          remove: function (observer, handler) {
            handlers = handlers.filter(function (other) {
              return other !== handler;
            });
          },
        },
      },
      set: function (next) {
        theme = next;
        handlers.forEach(function (handler) {
          handler({ theme: next });
        });
      },
    };
  }

  /**
   * The web part class, loaded once per page as SharePoint's loader does: the manifest, the localized
   * strings for the page's language, then the entry bundle.
   */
  var webPartClass;
  function loadWebPartClass(locale) {
    if (webPartClass === undefined) {
      webPartClass = (async function () {
        var answer = await fetch('/spfx-manifests/' + COMPONENT_ID + '.manifest.json');
        if (!answer.ok) throw new Error('The web part is not built: run npm run build:spfx.');
        var manifest = await answer.json();
        var resources = manifest.loaderConfig.scriptResources;
        var strings = resources.PermissionMatrixWebPartStrings;
        await loadScript('/spfx-assets/' + (strings.paths[locale] || strings.defaultPath));
        modules.PermissionMatrixWebPartStrings = anonymous;
        await loadScript('/spfx-assets/' + resources[manifest.loaderConfig.entryModuleId].path);
        return modules[manifest.id + '_' + manifest.version].default;
      })();
    }
    return webPartClass;
  }

  /** SharePoint's own token for Graph, as the local stack issues it to SharePoint's app. */
  function sharePointTokens(options) {
    return {
      getTokenProvider: function () {
        return Promise.resolve({
          // Every token the stack issues is Graph's, the only resource the web part asks for.
          getToken: async function () {
            var response = await fetch('/__local/token', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                profile: options.sharePointProfile,
                clientId: options.sharePointAppId,
              }),
            });
            if (!response.ok) throw new Error('SharePoint could not get a token');
            return (await response.json()).access_token;
          },
        });
      },
    };
  }

  var mounted = {};

  /**
   * Mounts the web part into `options.element` (an element id, `web-part` by default) with a stand-in
   * context: the page's user and language, the section's theme, the given properties.
   */
  async function mount(options) {
    var elementId = options.element || 'web-part';
    var theme = sectionTheme(options.theme);
    var WebPart = await loadWebPartClass(options.locale);
    var webPart = new WebPart();
    var refreshes = 0;
    webPart._domElement = document.getElementById(elementId);
    webPart._properties = options.properties;
    webPart._context = {
      pageContext: {
        aadInfo: {
          tenantId: {
            toString: function () {
              return options.tenantId;
            },
          },
        },
        user: options.user,
        cultureInfo: { currentUICultureName: options.locale },
      },
      serviceScope: {
        consume: function (key) {
          if (key !== ThemeProvider.serviceKey) throw new Error('No stand-in service ' + key.name);
          return theme.provider;
        },
      },
      aadTokenProviderFactory: sharePointTokens(options),
      propertyPane: {
        refresh: function () {
          refreshes += 1;
        },
      },
    };
    mounted[elementId] = { webPart: webPart, theme: theme };
    // The last web part mounted, for a test that mounts one.
    window.spfxHost.webPart = webPart;
    window.spfxHost.refreshes = function () {
      return refreshes;
    };
    await webPart.onInit();
    webPart.render();
    return webPart;
  }

  window.spfxHost = {
    mount: mount,
    /** The web part mounted into an element, by the element's id. */
    webPartIn: function (elementId) {
      return mounted[elementId] && mounted[elementId].webPart;
    },
    /** A new theme for one section (by its web part's element id), or for every section. */
    setTheme: function (next, elementId) {
      Object.keys(mounted).forEach(function (id) {
        if (elementId === undefined || id === elementId) mounted[id].theme.set(next);
      });
    },
    /** Whether this load is a sign-in popup or redirect coming back with MSAL's answer. */
    isSignInAnswer: /[#?&](code|error)=/.test(window.location.href),
  };

  // The sign-in popup (or redirect) comes back to this page with MSAL's answer: the web part's
  // onInit hands it over, as on a real SharePoint page.
  if (window.spfxHost.isSignInAnswer) {
    mount({ locale: 'en-US', properties: {}, user: {}, tenantId: '' });
  }
})();
