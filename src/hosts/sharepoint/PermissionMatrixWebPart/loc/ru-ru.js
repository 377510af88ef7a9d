define([], function () {
  return {
    Placeholder: 'Матрица разрешений SharePoint Embedded',
  };
});
