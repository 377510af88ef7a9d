define([], function () {
  return {
    PropertyPaneDescription:
      'Подключите матрицу разрешений к Microsoft Graph. Изменения вступают в силу после нажатия кнопки «Применить».',
    SignInGroup: 'Вход',
    GraphGroup: 'Microsoft Graph',
    AuthModeLabel: 'Способ входа',
    AuthModeMsal: 'Собственное приложение инструмента (MSAL)',
    AuthModeSharePoint: 'Доступ SharePoint к Graph (Manage.All, одобренное в SharePoint)',
    ClientIdLabel: 'Идентификатор приложения (клиента)',
    ClientIdDescription:
      'При FileStorageContainerTypeReg.Selected это должно быть приложение-владелец типа контейнера.',
    TenantLabel: 'Клиент (tenant)',
    TenantDescription: '«organizations», идентификатор клиента или домен, например contoso.onmicrosoft.com.',
    CloudLabel: 'Облако',
    LocalOriginLabel: 'Адрес локального стенда',
    ScopeModeLabel: 'Разрешение Graph',
    ScopeModeSelected: 'FileStorageContainerTypeReg.Selected (минимальные права)',
    ScopeModeManageAll: 'FileStorageContainerTypeReg.Manage.All',
    GraphVersionLabel: 'Версия Graph',
    RedirectUriLabel: 'URI перенаправления (необязательно)',
    RedirectUriDescription:
      'Оставьте пустым, чтобы использовать эту страницу; зарегистрируйте её как URI перенаправления одностраничного приложения.',
    TestConnectionButton: 'Проверить подключение',
    TestConnectionRunning: 'Проверка подключения…',
    TestConnectionStarting: 'Веб-часть ещё запускается. Повторите попытку через минуту.',
    TestConnectionOk: 'Подключено. Видимых регистраций типов контейнеров: {0}.',
    TestConnectionConfig: 'Параметры недопустимы:',
    TestConnectionSignIn: 'Вход не выполнен. Войдите на странице и повторите проверку.',
    TestConnectionSharePointPermission:
      'У доступа SharePoint к Graph пока нет разрешения {0}: пакет не запрашивает разрешений Graph. Глобальный администратор выдаёт его в CLI for Microsoft 365: {1} (или в SharePoint Online PowerShell: {2}). Затем повторите проверку.',
    CompletingSignIn: 'Завершение входа…',
  };
});
