import { Controller, Get, Param, ParseUUIDPipe, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, Openbaar } from '#keten/platform';
import type { OcdsRecordPackage, OcdsReleasePackage } from '#keten/domain';
import { OpenbareOcdsService } from './openbare-ocds.service.js';

type Verzoek = { protocol: string; get(h: string): string | undefined };
const basis = (req: Verzoek) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/**
 * Open contracting: what the law makes public about a published aanbesteding, readable without a token at a stable
 * address. Only the `openbaar` view (no personal data, no tenderers, no scores).
 */
@ApiTags('openbaar')
@Openbaar()
@Controller('api/v1/openbaar/aanbestedingen/:id/ocds')
export class OpenbareOcdsController {
  constructor(private readonly ocds: OpenbareOcdsService) {}

  @Get()
  @ApiOperation({
    summary: 'OCDS 1.1.5 release package: one release per public change, with its tags and the date of the change',
  })
  @ApiOkResponse({
    description: 'release package (lots and techniques extensions)',
    schema: { type: 'object', additionalProperties: true },
  })
  @ApiFoutResponses(404)
  releases(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Verzoek): Promise<OcdsReleasePackage> {
    return this.ocds.releases(id, basis(req));
  }

  @Get('record')
  @ApiOperation({ summary: 'OCDS 1.1.5 record package: the release history and the release compiled from it' })
  @ApiOkResponse({ description: 'record package', schema: { type: 'object', additionalProperties: true } })
  @ApiFoutResponses(404)
  record(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Verzoek): Promise<OcdsRecordPackage> {
    return this.ocds.record(id, basis(req));
  }
}
