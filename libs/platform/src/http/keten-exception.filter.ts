import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { FoutCode, KetenFout, VeldFout } from '../errors/keten-fout.exception.js';
import { vertaalDatabaseFout } from '../errors/database-fout.util.js';
import { huidigeCorrelatieId } from './correlatie.util.js';

export interface FoutAntwoord {
  status: number;
  code: FoutCode;
  bericht: string;
  fouten?: VeldFout[];
  correlatieId?: string;
}

export function statusVoor(code: FoutCode): number {
  switch (code) {
    case FoutCode.Validatie:
      return 400;
    case FoutCode.NietGeauthenticeerd:
      return 401;
    case FoutCode.GeenToegang:
      return 403;
    case FoutCode.NietGevonden:
      return 404;
    case FoutCode.Conflict:
      return 409;
    case FoutCode.TeGroot:
      return 413;
    case FoutCode.NietOndersteund:
      return 415;
    case FoutCode.TeVeelVerzoeken:
      return 429;
    case FoutCode.Intern:
      return 500;
    default: {
      const onbekend: never = code;
      throw new Error(`unmapped FoutCode ${String(onbekend)}`);
    }
  }
}

function codeVoorStatus(status: number): FoutCode {
  if (status === 400) return FoutCode.Validatie;
  if (status === 401) return FoutCode.NietGeauthenticeerd;
  if (status === 403) return FoutCode.GeenToegang;
  if (status === 404) return FoutCode.NietGevonden;
  if (status === 409) return FoutCode.Conflict;
  if (status === 413) return FoutCode.TeGroot;
  if (status === 415) return FoutCode.NietOndersteund;
  if (status === 429) return FoutCode.TeVeelVerzoeken;
  return FoutCode.Intern;
}

interface BodyParserFout {
  type?: string;
  status?: number;
  limit?: number;
}

/** One filter for HTTP: domain codes to statuses; unknown errors become a 500 with a correlation id, no stack. */
@Catch()
export class KetenExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(fout: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<{
      status(n: number): { json(b: unknown): void };
      setHeader(k: string, v: string): void;
      headersSent: boolean;
    }>();
    const antwoord = this.naarAntwoord(vertaalDatabaseFout(fout));
    if (antwoord.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    if (!response.headersSent) response.status(antwoord.status).json(antwoord);
  }

  naarAntwoord(fout: unknown): FoutAntwoord {
    if (fout instanceof KetenFout) {
      return {
        status: statusVoor(fout.code),
        code: fout.code,
        bericht: fout.message,
        ...(fout.fouten.length ? { fouten: fout.fouten } : {}),
      };
    }
    const bodyParser = fout as BodyParserFout;
    if (bodyParser?.type === 'entity.parse.failed') {
      return { status: 400, code: FoutCode.Validatie, bericht: 'de body is geen geldige JSON' };
    }
    if (bodyParser?.type === 'entity.too.large') {
      return {
        status: 413,
        code: FoutCode.TeGroot,
        bericht: `de body is groter dan de limiet van ${bodyParser.limit ?? '?'} bytes`,
      };
    }
    if (fout instanceof HttpException) {
      const status = fout.getStatus();
      if (status < 500) {
        const body = fout.getResponse();
        const bericht =
          typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? fout.message);
        return { status, code: codeVoorStatus(status), bericht: status === 404 ? 'deze route bestaat niet' : bericht };
      }
    }
    // The request's own id (also in its X-Correlatie-Id header and every log line of it); a fresh one outside a request.
    const correlatieId = huidigeCorrelatieId() ?? randomUUID();
    this.logger.error(`[${correlatieId}] ${fout instanceof Error ? (fout.stack ?? fout.message) : String(fout)}`);
    return {
      status: 500,
      code: FoutCode.Intern,
      bericht: 'er ging iets mis aan onze kant; noem dit correlatie-id als u contact opneemt',
      correlatieId,
    };
  }
}
