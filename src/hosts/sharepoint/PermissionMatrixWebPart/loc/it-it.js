define([], function () {
  return {
    Placeholder: 'Matrice delle autorizzazioni di SharePoint Embedded',
  };
});
