export * from './domein.enum.js';
export * from './eenheid.enum.js';
export * from './frequentie.enum.js';
export * from './debet-credit.enum.js';
export * from './uitvoeringsvariant.enum.js';
export * from './productcategorie.enum.js';
export * from './retourcode.enum.js';
