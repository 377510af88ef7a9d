/**
 * The few words a host shows before the editor is up (the editor brings its own resources).
 * English, Italian and Russian, like the editor; picked by the Teams or browser locale.
 */
export interface StartupStrings {
  /** The name of the web part's box for screen readers (the tab is the whole page). */
  readonly regionName: string;
  readonly starting: string;
  readonly signingIn: string;
  readonly signInTitle: string;
  readonly signInBody: string;
  readonly signIn: string;
  readonly failedTitle: string;
  readonly configFailed: string;
  readonly signInFailed: string;
  readonly retry: string;
}

const en: StartupStrings = {
  regionName: 'SharePoint Embedded permissions',
  starting: 'Starting the permission matrix…',
  signingIn: 'Signing you in…',
  signInTitle: 'Sign in to continue',
  signInBody:
    'Sign in with a SharePoint Embedded Administrator or Global Administrator account of the tenant whose registrations you manage.',
  signIn: 'Sign in',
  failedTitle: 'The permission matrix could not start',
  configFailed: 'This copy of the tool is not configured correctly. Ask whoever deployed it to fix:',
  signInFailed: 'Signing in did not complete.',
  retry: 'Try again',
};

const it: StartupStrings = {
  regionName: 'Autorizzazioni di SharePoint Embedded',
  starting: 'Avvio della matrice delle autorizzazioni…',
  signingIn: 'Accesso in corso…',
  signInTitle: 'Accedi per continuare',
  signInBody:
    'Accedi con un account di amministratore di SharePoint Embedded o di amministratore globale del tenant di cui gestisci le registrazioni.',
  signIn: 'Accedi',
  failedTitle: 'Impossibile avviare la matrice delle autorizzazioni',
  configFailed:
    'Questa copia dello strumento non è configurata correttamente. Chiedi a chi l’ha distribuita di correggere:',
  signInFailed: 'L’accesso non è stato completato.',
  retry: 'Riprova',
};

const ru: StartupStrings = {
  regionName: 'Разрешения SharePoint Embedded',
  starting: 'Запуск матрицы разрешений…',
  signingIn: 'Выполняется вход…',
  signInTitle: 'Войдите, чтобы продолжить',
  signInBody:
    'Войдите с учётной записью администратора SharePoint Embedded или глобального администратора клиента, регистрациями которого вы управляете.',
  signIn: 'Войти',
  failedTitle: 'Не удалось запустить матрицу разрешений',
  configFailed: 'Эта копия инструмента настроена неправильно. Попросите того, кто её развернул, исправить:',
  signInFailed: 'Вход не завершён.',
  retry: 'Повторить',
};

export function startupStringsFor(locale: string): StartupStrings {
  const language = locale.toLowerCase().split('-')[0];
  return language === 'it' ? it : language === 'ru' ? ru : en;
}
