/*
 * Minimal stand-ins for the SPFx runtime (AMD loader, web part base class, property pane, theme
 * provider, page context, SharePoint's token provider) so the production web part bundle runs in a
 * plain page against the local stack. Driven by tests/e2e/webPart.test.ts through `window.spfxHost`.
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

  var theme;
  var themeHandlers = [];
  var themeProvider = {
    tryGetTheme: function () {
      return theme;
    },
    themeChangedEvent: {
      add: function (observer, handler) {
        themeHandlers.push(handler);
      },
      remove: function (observer, handler) {
        themeHandlers = themeHandlers.filter(function (other) {
          return other !== handler;
        });
      },
    },
  };

  /**
   * Loads the web part from its manifest as SharePoint's loader would (localized strings for the
   * page's language, then the entry bundle) and mounts it with a stand-in context.
   */
  async function mount(options) {
    theme = options.theme;
    var manifest = await (await fetch('/spfx-manifests/' + COMPONENT_ID + '.manifest.json')).json();
    var resources = manifest.loaderConfig.scriptResources;
    var strings = resources.PermissionMatrixWebPartStrings;
    var stringsPath = strings.paths[options.locale] || strings.defaultPath;
    await loadScript('/spfx-assets/' + stringsPath);
    modules.PermissionMatrixWebPartStrings = anonymous;
    await loadScript('/spfx-assets/' + resources[manifest.loaderConfig.entryModuleId].path);
    var WebPart = modules[manifest.id + '_' + manifest.version].default;
    var webPart = new WebPart();
    var refreshes = 0;
    webPart._domElement = document.getElementById('web-part');
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
          return themeProvider;
        },
      },
      // SharePoint's own token for Graph, as the local stack issues it to SharePoint's app.
      aadTokenProviderFactory: {
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
      },
      propertyPane: {
        refresh: function () {
          refreshes += 1;
        },
      },
    };
    window.spfxHost.webPart = webPart;
    window.spfxHost.refreshes = function () {
      return refreshes;
    };
    await webPart.onInit();
    webPart.render();
  }

  window.spfxHost = {
    mount: mount,
    setTheme: function (next) {
      theme = next;
      themeHandlers.forEach(function (handler) {
        handler({ theme: next });
      });
    },
  };

  // The sign-in popup (or redirect) comes back to this page with MSAL's answer: the web part's
  // onInit hands it over, as on a real SharePoint page.
  if (/[#?&](code|error)=/.test(window.location.href)) {
    mount({ locale: 'en-US', properties: {}, user: {}, tenantId: '' });
  }
})();
