/**
 * The SharePoint host: a thin web part that builds the host port from the SPFx context and starts the
 * shared editor (../../shared/startEditor), following the site theme and its section's variant.
 */
import type { ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { ThemeProvider } from '@microsoft/sp-component-base';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'PermissionMatrixWebPartStrings';
import { completeRedirect } from '../../../auth/redirectBridge';
import type { EditorTheme } from '../../../editor';
import { consoleLogger } from '../../shared/consoleLogger';
import { startEditor, type StartedEditor } from '../../shared/startEditor';
import { spThemeToFluent } from '../spThemeToFluent';
import { testConnection } from '../testConnection';
import {
  authModeOf,
  isSignInAnswer,
  sharePointContextSlice,
  signInMethodFor,
  userHints,
  webPartConfig,
  type AuthMode,
  type PermissionMatrixWebPartProps,
} from '../webPartConfig';
import { propertyPaneConfiguration } from './propertyPane';

const FORCED_COLORS = '(forced-colors: active)';

export default class PermissionMatrixWebPart extends BaseClientSideWebPart<PermissionMatrixWebPartProps> {
  private running: StartedEditor | undefined;
  private themeProvider: ThemeProvider | undefined;
  private connectionReport = '';
  private handingOverSignIn = false;
  /** The settings the running editor was started with (JSON of the properties). */
  private startedWith = '';
  private locale = 'en-US';
  private authMode: AuthMode = 'msal';

  protected async onInit(): Promise<void> {
    // A sign-in popup or redirect comes back to this page with MSAL's answer in the URL: hand it over
    // (the popup closes, a redirect returns to where it started) and start nothing here.
    if (isSignInAnswer(window.location)) {
      this.handingOverSignIn = true;
      this.domElement.textContent = strings.CompletingSignIn;
      await completeRedirect();
      return;
    }
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
  }

  public render(): void {
    if (this.handingOverSignIn) return;
    // SPFx renders again on other occasions too (e.g. edit ↔ view): only new settings restart sign-in.
    const settings = JSON.stringify(this.properties);
    if (this.running !== undefined && settings === this.startedWith) return;
    this.start(settings);
  }

  private start(settings: string): void {
    this.running?.stop();
    this.startedWith = settings;
    const context = sharePointContextSlice(this.context, window.location);
    this.locale = context.locale;
    this.authMode = authModeOf(this.properties);
    this.running = startEditor({
      root: this.domElement,
      layout: 'inline',
      // Added to Teams as a tab, the web part is the page and Teams shows the app's name above it.
      titleShownByHost: this.context.sdks?.microsoftTeams !== undefined,
      locale: context.locale,
      theme: this.currentTheme(),
      subscribeTheme: (listener) => this.followTheme(listener),
      config: webPartConfig(this.properties),
      signInMethod: (config) => signInMethodFor(this.properties, context, config),
      hints: userHints(context),
      logger: consoleLogger,
      draftStorage: window.sessionStorage,
      receiptStorage: window.localStorage,
      preferenceStorage: window.localStorage,
      onRetry: () => this.start(settings),
    });
  }

  protected onDispose(): void {
    this.running?.stop();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  // Apply, not every keystroke, restarts sign-in with new settings.
  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return propertyPaneConfiguration({
      properties: this.properties,
      connectionReport: this.connectionReport,
      onTestConnection: () => void this.testConnection(),
    });
  }

  private async testConnection(): Promise<void> {
    this.connectionReport = strings.TestConnectionRunning;
    this.context.propertyPane.refresh();
    const status = this.running?.status() ?? { state: 'starting' };
    this.connectionReport = (await testConnection(status, strings, this.locale, this.authMode)).text;
    this.context.propertyPane.refresh();
  }

  private currentTheme(): EditorTheme {
    return spThemeToFluent(this.themeProvider?.tryGetTheme(), window.matchMedia(FORCED_COLORS).matches);
  }

  private followTheme(listener: (theme: EditorTheme) => void): () => void {
    const onChange = (): void => listener(this.currentTheme());
    const forcedColors = window.matchMedia(FORCED_COLORS);
    this.themeProvider?.themeChangedEvent.add(this, onChange as (args: ThemeChangedEventArgs) => void);
    forcedColors.addEventListener('change', onChange);
    return () => {
      this.themeProvider?.themeChangedEvent.remove(this, onChange as (args: ThemeChangedEventArgs) => void);
      forcedColors.removeEventListener('change', onChange);
    };
  }
}
