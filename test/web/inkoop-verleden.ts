// A competitive procedure's past, for a browser test that starts where its deadlines have passed.
//
// The procedure rules are applied on today's date in the Netherlands (InkoopKlok), and the started Keten's clock is
// never moved: a browser test cannot wait 40 days for an inschrijvingstermijn or 20 for a standstill. So this
// fixture performs the steps that lay in the past itself, in the test's own process, with Keten's own use cases
// (VoerActieUitService: the same state machine, law checks, history and audit) on the test's database, each on the
// date it would have happened: this process's InkoopKlok says that date, exactly as the demo seed and the jest
// e2e tests do. Nothing in the server is changed or can be switched: there is no test clock, header or setting in
// production code. A step the rules refuse on its date fails the fixture, as it would fail an inkoper.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { INestApplicationContext } from '@nestjs/common';
import type { Actie, Kalenderdatum } from '#keten/domain';
import type { Principal } from '#keten/platform';
import type { InschrijvingDto, ScoreDto } from '#keten/inkoop';

export interface Verleden {
  /** Runs a step with the procedure clock of this process on `datum`. */
  op<T>(datum: Kalenderdatum, stap: () => Promise<T>): Promise<T>;
  /** An action of the inkoper (or, for scores, a beoordelaar) on `datum`. */
  actie(datum: Kalenderdatum, id: string, actie: Actie, door: Principal): Promise<void>;
  score(datum: Kalenderdatum, id: string, score: ScoreDto, door: Principal): Promise<void>;
  /** The aanbieder's inschrijving on perceel P1 on `datum`; returns its id. */
  inschrijving(datum: Kalenderdatum, id: string, dto: InschrijvingDto, door: Principal): Promise<string>;
}

/** Keten's inkoop use cases on the started Keten's database, in this process; closed when `werk` is done. */
export async function inHetVerleden(werk: (v: Verleden) => Promise<void>): Promise<void> {
  // Decorator metadata (Nest's injection) needs reflect-metadata before the compiled modules load; these are the
  // built modules under dist (package.json "imports": #keten/* → dist/libs/*), as the started Keten runs them.
  await import('reflect-metadata');
  const { NestFactory } = await import('@nestjs/core');
  const platform = await import('#keten/platform');
  const inkoop = await import('#keten/inkoop');
  const schema = (await import(pathToFileURL(resolve('dist/apps/keten/src/schema.js')).href)) as {
    ENTITIES: Parameters<typeof platform.dataSourceOpties>[1];
    MIGRATIONS: Parameters<typeof platform.dataSourceOpties>[2];
  };
  const url = process.env.KETEN_WEB_DATABASE_URL;
  if (!url) throw new Error('KETEN_WEB_DATABASE_URL is set by global-setup.ts');
  const config = platform.laadKetenConfig({
    ...process.env,
    DATABASE_URL: url,
    KETEN_QUEUE_PREFIX: process.env.KETEN_WEB_QUEUE_PREFIX ?? 'keten',
  });
  class InkoopVerleden {}
  const app: INestApplicationContext = await NestFactory.createApplicationContext(
    {
      module: InkoopVerleden,
      imports: [
        platform.PlatformModule.forRoot(config, platform.dataSourceOpties(url, schema.ENTITIES, schema.MIGRATIONS, 2)),
        inkoop.InkoopModule,
      ],
    },
    { logger: ['error', 'warn'] },
  );
  const klok = app.get(inkoop.InkoopKlok);
  const acties = app.get(inkoop.VoerActieUitService);
  const echt = klok.vandaag.bind(klok);
  const op = async <T>(datum: Kalenderdatum, stap: () => Promise<T>): Promise<T> => {
    klok.vandaag = () => datum;
    try {
      return await stap();
    } finally {
      klok.vandaag = echt;
    }
  };
  try {
    await werk({
      op,
      actie: async (datum, id, actie, door) => {
        await op(datum, () => acties.voerUit(door, id, actie, { door: 'inkoper' }));
      },
      score: async (datum, id, score, door) => {
        await op(datum, () => acties.scoor(door, id, score));
      },
      inschrijving: async (datum, id, dto, door) => {
        const r = await op(datum, () => acties.schrijfIn(door, id, 'P1', dto));
        return (r.aanbesteding.inschrijvingen as { id: string }[]).at(-1)!.id;
      },
    });
  } finally {
    await app.close();
  }
}
