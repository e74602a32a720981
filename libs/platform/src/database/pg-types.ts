import pg from 'pg';

// Domain dates are calendar dates (architecture.md 4): PostgreSQL `date` stays the 'YYYY-MM-DD' string it is,
// instead of becoming a JS Date at local midnight. OID 1082 = date.
pg.types.setTypeParser(1082, (waarde: string) => waarde);
