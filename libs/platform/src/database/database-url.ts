import pg from 'pg';

/**
 * Creates a fresh database next to the one in `url` and returns its URL (tests, benchmarks); with `sjabloon`, a copy
 * of that database (PostgreSQL's CREATE DATABASE … TEMPLATE: nobody may be connected to it meanwhile).
 */
export async function maakDatabase(url: string, naam: string, sjabloon?: string): Promise<string> {
  const beheer = new pg.Client({ connectionString: url });
  await beheer.connect();
  try {
    await beheer.query(`DROP DATABASE IF EXISTS ${beheer.escapeIdentifier(naam)} WITH (FORCE)`);
    await beheer.query(
      `CREATE DATABASE ${beheer.escapeIdentifier(naam)}${sjabloon ? ` TEMPLATE ${beheer.escapeIdentifier(sjabloon)}` : ''}`,
    );
  } finally {
    await beheer.end();
  }
  const nieuw = new URL(url);
  nieuw.pathname = `/${naam}`;
  return nieuw.toString();
}

export async function verwijderDatabase(url: string): Promise<void> {
  const doel = new URL(url);
  const naam = decodeURIComponent(doel.pathname.slice(1));
  doel.pathname = '/postgres';
  const beheer = new pg.Client({ connectionString: doel.toString() });
  await beheer.connect();
  try {
    await beheer.query(`DROP DATABASE IF EXISTS ${beheer.escapeIdentifier(naam)} WITH (FORCE)`);
  } finally {
    await beheer.end();
  }
}
