export * from './arabic';
export * from './word-count';
export * from './reading-time';
export * from './slug';
export * from './matching';
export * from './direction';
export * from './search-terms';
export * from './mentions';
