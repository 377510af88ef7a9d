/** The pure permission core: no UI, no I/O, no host. */
export * from './catalog';
export * from './diffGrants';
export * from './displayText';
export * from './grantList';
export * from './grantsDocument';
export * from './hiddenCharacters';
export * from './mergeGrant';
export * from './model';
export * from './normalise';
export * from './permissions';
export * from './presets';
export * from './readGrants';
export * from './rules';
export * from './savePlan';
export * from './validate';
