import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { FoutCode } from '../errors/keten-fout.exception.js';

export class VeldFoutDto {
  @ApiProperty({ example: 'producten[0].tarieven[1].ingangsdatum' })
  veld: string;

  @ApiProperty({ example: 'ingangsdatum must be a valid ISO 8601 date string' })
  reden: string;
}

export class FoutAntwoordDto {
  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ enum: FoutCode, enumName: 'FoutCode' })
  code: FoutCode;

  @ApiProperty({ example: 'de invoer klopt niet' })
  bericht: string;

  @ApiPropertyOptional({ type: [VeldFoutDto] })
  fouten?: VeldFoutDto[];

  @ApiPropertyOptional({ description: 'only on 500: quote it when contacting support' })
  correlatieId?: string;
}

const BESCHRIJVING: Record<number, string> = {
  400: 'invalid input: the field path and the reason are in `fouten`; also malformed JSON',
  401: 'missing, unknown, expired or revoked bearer token',
  403: 'the role or scope of the token does not allow this',
  404: 'unknown id, or not visible to this caller',
  409: 'conflicts with existing data (a natural key or validity overlap)',
  413: 'body larger than the configured limit',
  415: 'unsupported content type',
  429: 'too many requests from this caller; retry after the seconds in the Retry-After header',
  500: 'unexpected error; the body carries a correlatieId',
};

/** Documents the error responses of an endpoint in OpenAPI (conventions.md 9). */
export function ApiFoutResponses(...statussen: number[]) {
  const alle = [...new Set([400, 401, 403, 413, 500, ...statussen])].sort();
  return applyDecorators(
    ApiExtraModels(FoutAntwoordDto, VeldFoutDto),
    ...alle.map((status) =>
      ApiResponse({
        status,
        description: BESCHRIJVING[status] ?? 'error',
        schema: { $ref: getSchemaPath(FoutAntwoordDto) },
      }),
    ),
  );
}
