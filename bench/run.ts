// `npm run bench -- <name> [--flag value ...]` runs bench/<name>.bench.ts; each benchmark prints its own figures.
const [naam, ...args] = process.argv.slice(2);
if (!naam || !/^[a-z-]+$/.test(naam)) {
  console.error('usage: npm run bench -- <berichten|beoordeling|sturing> [--flag value ...]');
  process.exit(2);
}
const mod = (await import(`./${naam}.bench.js`)) as { run(args: string[]): Promise<void> };
await mod.run(args);
