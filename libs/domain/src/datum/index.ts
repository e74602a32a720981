export * from './kalenderdatum.util.js';
export * from './periode.util.js';
export * from './werkdagen.util.js';
