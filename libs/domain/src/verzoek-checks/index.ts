export * from './verzoek-status.enum.js';
export * from './verzoek-checks.util.js';
