import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

/** Every variable Keten reads, with what it is for and whether it is a secret (conventions.md 8). */
export const CONFIG_VARIABELEN = {
  NODE_ENV: { beschrijving: 'development, test or production', gevoelig: false },
  PORT: { beschrijving: 'HTTP port of the API (default 3000)', gevoelig: false },
  DATABASE_URL: { beschrijving: 'PostgreSQL URL; unset = start an embedded PostgreSQL', gevoelig: true },
  REDIS_URL: { beschrijving: 'Redis URL for BullMQ; unset = BullMQ on its PostgreSQL backend', gevoelig: true },
  KETEN_DATA_DIR: {
    beschrijving: 'folder for local data such as the embedded PostgreSQL (default ./.keten)',
    gevoelig: false,
  },
  KETEN_EMBEDDED_PG_PORT: { beschrijving: 'port of the embedded PostgreSQL (default 54329)', gevoelig: false },
  KETEN_BEOORDELING_CONCURRENCY: {
    beschrijving: 'beoordeling jobs one worker process runs at a time (default 2; more workers scale further)',
    gevoelig: false,
  },
  KETEN_QUEUE_PREFIX: {
    beschrijving:
      'namespace of the BullMQ keys in Redis (default keten): separates installations sharing one Redis; every process on one database must use the same',
    gevoelig: false,
  },
  KETEN_BOOTSTRAP_TOKEN: { beschrijving: 'accepted as a beheerder token, for operators and scripts', gevoelig: true },
  KETEN_BSN_SLEUTEL: {
    beschrijving: '32-byte key (64 hex chars) that encrypts BSNs at rest; unset = a key kept in KETEN_DATA_DIR',
    gevoelig: true,
  },
  KETEN_BODY_LIMIT_BYTES: { beschrijving: 'maximum size of a JSON request body (default 1 MiB)', gevoelig: false },
  KETEN_UPLOAD_LIMIT_BYTES: {
    beschrijving: 'maximum size of an XML/zip/Excel upload (default 25 MB, OP179)',
    gevoelig: false,
  },
  KETEN_SEED_DEMO: {
    beschrijving: 'seed the demo data set on first start: true or false (default true)',
    gevoelig: false,
  },
  KETEN_LOG_LEVEL: { beschrijving: 'error, warn, log, debug (default log)', gevoelig: false },
  KETEN_SESSIE_MINUTEN: {
    beschrijving: 'a sign-in session ends after this many minutes without use (default 30)',
    gevoelig: false,
  },
  KETEN_SESSIE_MAX_UREN: {
    beschrijving: 'a sign-in session ends this many hours after sign-in, used or not (default 12)',
    gevoelig: false,
  },
  KETEN_COOKIE_SECURE: {
    beschrijving:
      'send the session cookie only over HTTPS: true or false (default true; browsers treat localhost as secure)',
    gevoelig: false,
  },
  KETEN_CORS_ORIGINS: {
    beschrijving: 'comma-separated origins allowed to call the API from a browser (default none: CORS closed)',
    gevoelig: false,
  },
  KETEN_OPENAPI_OPENBAAR: {
    beschrijving: 'serve /api/docs without sign-in: true or false (default true)',
    gevoelig: false,
  },
  KETEN_LIMIET_VENSTER_SECONDEN: {
    beschrijving: 'window of the per-caller rate limits below (default 60)',
    gevoelig: false,
  },
  KETEN_LIMIET_INLOGGEN: {
    beschrijving: 'sign-in attempts per caller (IP address) per window (default 10)',
    gevoelig: false,
  },
  KETEN_LIMIET_TOKENS: { beschrijving: 'API tokens created per caller per window (default 20)', gevoelig: false },
  KETEN_LIMIET_INTAKE: {
    beschrijving: 'messages and declaraties submitted per caller per window (default 120)',
    gevoelig: false,
  },
  KETEN_OIDC_ISSUER: {
    beschrijving: "OpenID Connect sign-in: the identity provider's issuer URL (unset = no OIDC)",
    gevoelig: false,
  },
  KETEN_OIDC_CLIENT_ID: { beschrijving: "OpenID Connect: Keten's client id at the provider", gevoelig: false },
  KETEN_OIDC_CLIENT_SECRET: { beschrijving: "OpenID Connect: Keten's client secret at the provider", gevoelig: true },
  KETEN_OIDC_REDIRECT_URI: {
    beschrijving:
      'OpenID Connect: the callback URL registered at the provider (default: this server /api/v1/toegang/oidc/terug)',
    gevoelig: false,
  },
  KETEN_OIDC_CLAIM: {
    beschrijving: "OpenID Connect: the claim matched to a gebruiker's e-mail address (default email)",
    gevoelig: false,
  },
  KETEN_OIDC_NA_INLOGGEN: {
    beschrijving: 'OpenID Connect: where the browser goes after sign-in (default: the sign-in answer as JSON)',
    gevoelig: false,
  },
  KETEN_SHUTDOWN_TIMEOUT_MS: {
    beschrijving:
      'on SIGTERM: how long in-flight requests and jobs may take to finish before they are cut off (default 10000)',
    gevoelig: false,
  },
  KETEN_VEEG_NA_SECONDEN: {
    beschrijving:
      'the sweep queues a declaratie again once it has been ontvangen this long without a job (default 120)',
    gevoelig: false,
  },
  KETEN_METRICS_TOKEN: {
    beschrijving:
      'bearer token that Prometheus sends to scrape /metrics (at least 24 characters); unset = /metrics is off',
    gevoelig: true,
  },
} as const;

export type ConfigVariabele = keyof typeof CONFIG_VARIABELEN;

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

export class KetenConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsString()
  @MinLength(1)
  KETEN_DATA_DIR = '.keten';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  KETEN_EMBEDDED_PG_PORT = 54329;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  KETEN_BEOORDELING_CONCURRENCY = 2;

  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'must be 1 to 40 lowercase letters, digits or dashes' })
  KETEN_QUEUE_PREFIX = 'keten';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'must be at least 24 characters (it grants beheerder rights)' })
  @MaxLength(512)
  KETEN_BOOTSTRAP_TOKEN?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'must be 64 hexadecimal characters (32 bytes)' })
  KETEN_BSN_SLEUTEL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  KETEN_BODY_LIMIT_BYTES = 1024 * 1024;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(200 * 1024 * 1024)
  KETEN_UPLOAD_LIMIT_BYTES = 25 * 1024 * 1024;

  @Transform(({ value }) =>
    value === undefined || value === '' ? true : value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsIn([true, false], { message: 'must be true or false' })
  KETEN_SEED_DEMO = true;

  @IsIn(['error', 'warn', 'log', 'debug'])
  KETEN_LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'log';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  KETEN_SESSIE_MINUTEN = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 7)
  KETEN_SESSIE_MAX_UREN = 12;

  @Transform(toBool)
  @IsIn([true, false], { message: 'must be true or false' })
  KETEN_COOKIE_SECURE = true;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s,]+(,https?:\/\/[^\s,]+)*$/, {
    message: 'must be a comma-separated list of http(s) origins',
  })
  KETEN_CORS_ORIGINS?: string;

  @Transform(toBool)
  @IsIn([true, false], { message: 'must be true or false' })
  KETEN_OPENAPI_OPENBAAR = true;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  KETEN_LIMIET_VENSTER_SECONDEN = 60;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  KETEN_LIMIET_INLOGGEN = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  KETEN_LIMIET_TOKENS = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  KETEN_LIMIET_INTAKE = 120;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  KETEN_OIDC_ISSUER?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((c: KetenConfig) => c.KETEN_OIDC_ISSUER !== undefined || c.KETEN_OIDC_CLIENT_ID !== undefined)
  @IsString({ message: 'is required with KETEN_OIDC_ISSUER' })
  @Length(1, 200)
  KETEN_OIDC_CLIENT_ID?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((c: KetenConfig) => c.KETEN_OIDC_ISSUER !== undefined || c.KETEN_OIDC_CLIENT_SECRET !== undefined)
  @IsString({ message: 'is required with KETEN_OIDC_ISSUER' })
  @Length(1, 500)
  KETEN_OIDC_CLIENT_SECRET?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  KETEN_OIDC_REDIRECT_URI?: string;

  @Matches(/^[A-Za-z0-9_:.-]{1,100}$/, { message: 'must be a claim name' })
  KETEN_OIDC_CLAIM = 'email';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(https?:\/\/\S+|\/\S*)$/, { message: 'must be an http(s) URL or a path' })
  KETEN_OIDC_NA_INLOGGEN?: string;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600_000)
  KETEN_SHUTDOWN_TIMEOUT_MS = 10_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  KETEN_VEEG_NA_SECONDEN = 120;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'must be at least 24 characters' })
  @MaxLength(512)
  KETEN_METRICS_TOKEN?: string;
}

export class ConfigFout extends Error {
  constructor(readonly fouten: { variabele: string; reden: string }[]) {
    super(
      'Keten cannot start: configuration is wrong.\n' +
        fouten
          .map(
            (f) =>
              `  ${f.variabele}: ${f.reden} (${CONFIG_VARIABELEN[f.variabele as ConfigVariabele]?.beschrijving ?? 'unknown variable'})`,
          )
          .join('\n'),
    );
    this.name = 'ConfigFout';
  }
}

/** Reads and validates the environment once, at boot; fails fast naming every wrong variable. */
export function laadKetenConfig(env: NodeJS.ProcessEnv = process.env): KetenConfig {
  const ruw: Record<string, unknown> = {};
  for (const naam of Object.keys(CONFIG_VARIABELEN)) if (env[naam] !== undefined) ruw[naam] = env[naam];
  const config = plainToInstance(KetenConfig, ruw);
  const fouten = validateSync(config, { forbidUnknownValues: true });
  if (fouten.length > 0) {
    throw new ConfigFout(
      fouten.map((f) => ({ variabele: f.property, reden: Object.values(f.constraints ?? {}).join('; ') })),
    );
  }
  return config;
}

/** The config with secrets masked, for start-up logs. */
export function beschrijfConfig(config: KetenConfig): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [naam, meta] of Object.entries(CONFIG_VARIABELEN)) {
    const waarde = (config as unknown as Record<string, unknown>)[naam];
    uit[naam] = meta.gevoelig && waarde !== undefined ? '***' : waarde;
  }
  return uit;
}
