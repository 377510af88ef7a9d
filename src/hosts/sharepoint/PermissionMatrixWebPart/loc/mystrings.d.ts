declare interface IPermissionMatrixWebPartStrings {
  Placeholder: string;
}

declare module 'PermissionMatrixWebPartStrings' {
  const strings: IPermissionMatrixWebPartStrings;
  export = strings;
}
