import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '../../../../test/support/test-app.js';
import { arrayLiteraal } from './array-literaal.util.js';

describe('arrayLiteraal against PostgreSQL', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = new DataSource({ type: 'postgres', url: testDatabaseUrl() });
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  it('should be read back by PostgreSQL as exactly the values written, whatever the characters', async () => {
    const tekens = [
      'a',
      'Z',
      '0',
      ' ',
      ',',
      '"',
      '\\',
      '{',
      '}',
      "'",
      '\t',
      '\n',
      'é',
      '€',
      'N',
      'U',
      'L',
      ':',
      '-',
      '.',
    ];
    const willekeurig = Array.from({ length: 500 }, (_, i) =>
      Array.from({ length: i % 7 }, (_, j) => tekens[(i * 31 + j * 17) % tekens.length]).join(''),
    );
    const tekst = [...willekeurig, 'NULL', 'null', '', null, ' x ', 'R000123'];
    const [{ t }] = await ds.query(`SELECT $1::text[] AS t`, [arrayLiteraal(tekst)]);
    expect(t).toEqual(tekst);

    const [rij] = await ds.query(
      `SELECT $1::uuid[]::text[] AS u, $2::int[] AS i, $3::date[]::text[] AS d, $4::bigint[]::text[] AS b`,
      [
        arrayLiteraal(['6f1c1e2a-9b1e-4c55-8a53-0a1b2c3d4e5f', null]),
        arrayLiteraal([1, -2, null]),
        arrayLiteraal(['2026-04-01', '2024-02-29']),
        arrayLiteraal([9_007_199_254_740_993n, -1250]),
      ],
    );
    expect(rij).toEqual({
      u: ['6f1c1e2a-9b1e-4c55-8a53-0a1b2c3d4e5f', null],
      i: [1, -2, null],
      d: ['2026-04-01', '2024-02-29'],
      b: ['9007199254740993', '-1250'],
    });
  });
});
