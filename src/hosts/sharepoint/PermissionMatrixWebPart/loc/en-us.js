define([], function () {
  return {
    Placeholder: 'SharePoint Embedded permission matrix',
  };
});
