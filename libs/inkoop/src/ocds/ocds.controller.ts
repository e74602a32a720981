import { Controller, Get, Param, ParseUUIDPipe, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, validatieFout, type Principal } from '#keten/platform';
import type { OcdsReleasePackage } from '#keten/domain';
import { AanbestedingOcdsService, type OcdsWeergave } from './ocds.service.js';

@ApiTags('aanbestedingen')
@ApiBearerAuth()
@Controller('api/v1/aanbestedingen/:id/ocds')
export class AanbestedingOcdsController {
  constructor(private readonly ocds: AanbestedingOcdsService) {}

  @Get()
  @ApiQuery({
    name: 'weergave',
    required: false,
    enum: ['volledig', 'openbaar'],
    enumName: 'OcdsWeergave',
    description: 'openbaar: published procedures only, without personal data',
  })
  @ApiOkResponse({
    description: 'OCDS 1.1.5 release package (lots and techniques extensions)',
    schema: { type: 'object', additionalProperties: true },
  })
  @ApiFoutResponses(404, 409)
  releasePackage(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('weergave') weergave: string | undefined,
    @Req() req: { protocol: string; get(h: string): string | undefined },
  ): Promise<OcdsReleasePackage> {
    const w = weergave ?? 'volledig';
    if (w !== 'volledig' && w !== 'openbaar')
      throw validatieFout('weergave is volledig of openbaar', [{ veld: 'weergave', reden: 'onbekend' }]);
    return this.ocds.releasePackage(
      principal,
      id,
      w as OcdsWeergave,
      `${req.protocol}://${req.get('host') ?? 'localhost'}`,
    );
  }
}
