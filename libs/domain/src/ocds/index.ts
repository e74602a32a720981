// OCDS 1.1.5 publication of procurement procedures (architecture.md 3, inkoop-en-contracten.md 7).
export * from './ocds.types.js';
export * from './ocds-release.util.js';
