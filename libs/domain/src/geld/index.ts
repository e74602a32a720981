export * from './bedrag.util.js';
