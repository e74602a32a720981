export * from './bedrag.util.js';
export * from './iban.util.js';
