export * from './bsn.util.js';
