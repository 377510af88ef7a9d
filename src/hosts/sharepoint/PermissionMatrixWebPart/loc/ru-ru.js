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
    ConfigProblems: {
      client_id_not_guid:
        'clientId должен быть GUID, например 00000000-0000-0000-0000-000000000000 (идентификатор клиента приложения); получено: {received}.',
      tenant_personal:
        'tenant не может быть {received}: регистрации типов контейнеров находятся в рабочих клиентах. Укажите «organizations», идентификатор клиента или домен, например contoso.onmicrosoft.com.',
      tenant_invalid:
        'tenant должен быть «organizations», идентификатором клиента (GUID) или доменом, например contoso.onmicrosoft.com; получено: {received}.',
      cloud_unknown: 'cloud должен быть одним из значений: {clouds}; получено: {received}.',
      cloud_unavailable:
        'SharePoint Embedded недоступен в облаке {received}: Microsoft предоставляет его в коммерческом облаке, GCC и 21Vianet, но не в GCC High и DoD, поэтому этот инструмент там работать не может. Используйте одно из значений: {clouds}.',
      local_origin_required:
        'При cloud local параметр localOrigin должен быть https-источником локального стека, например https://localhost:4443 (MSAL отклоняет небезопасный центр проверки подлинности); получено: {received}.',
      local_origin_unused: 'localOrigin используется только с cloud local; удалите его.',
      scope_mode_unknown:
        'scopeMode должен быть «selected» (FileStorageContainerTypeReg.Selected, минимальные привилегии) или «manageAll» (FileStorageContainerTypeReg.Manage.All); получено: {received}.',
      graph_version_unknown: 'graphVersion должен быть «v1.0» или «beta»; получено: {received}.',
      redirect_uri_invalid:
        'redirectUri должен быть абсолютным https-URL, зарегистрированным как URI перенаправления одностраничного приложения; получено: {received}.',
      scope_mode_host_token:
        'С собственным токеном SharePoint вызывающим приложением является приложение SharePoint, а не приложение-владелец, поэтому scopeMode «selected» не даёт доступа ни к одной регистрации. Укажите «manageAll» ({permission}, выданное приложению SharePoint: {command}) или войдите через MSAL.',
      received: '«{value}»',
      nothing: 'ничего',
    },
  };
});
