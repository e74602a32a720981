import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiFoutResponses,
  AuditLezing,
  Begrensd,
  FoutCode,
  HuidigePrincipal,
  KetenFout,
  Rol,
  Rollen,
  type Principal,
} from '#keten/platform';
import { BerichtAntwoordDto, ZipAntwoordDto } from './bericht.dto.js';
import { BerichtIntakeService, isZip } from './bericht-intake.service.js';

@ApiTags('berichten')
@ApiBearerAuth()
@Controller('api/v1/berichten')
export class BerichtController {
  constructor(private readonly intake: BerichtIntakeService) {}

  @Post()
  @HttpCode(202)
  @Rollen(Rol.Toegang, Rol.Aanbieder)
  @Begrensd('intake')
  @ApiConsumes('application/xml', 'text/xml', 'application/zip')
  @ApiBody({
    description:
      'one iWmo/iJw 3.2 message: 301 (role toegang), or 305, 307, 315, 317, 320 or 323 (role aanbieder); at most 25 MB (OP179)',
    schema: { type: 'string' },
  })
  @ApiAcceptedResponse({
    type: BerichtAntwoordDto,
    description:
      'stored; status verwerkt, or afgekeurd with its retourcodes (for a zip: ZipAntwoordDto, one answer per file)',
  })
  @ApiExtraModels(ZipAntwoordDto)
  @ApiFoutResponses(415)
  ontvang(
    @HuidigePrincipal() principal: Principal,
    @Body() body: unknown,
  ): Promise<BerichtAntwoordDto | ZipAntwoordDto> {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new KetenFout(
        FoutCode.NietOndersteund,
        'stuur het bericht als XML met Content-Type application/xml (of een zip met application/zip)',
      );
    }
    return isZip(body) ? this.intake.ontvangZip(principal, body) : this.intake.ontvang(principal, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: BerichtAntwoordDto })
  @ApiFoutResponses(404)
  haal(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<BerichtAntwoordDto> {
    return this.intake.haal(principal, id);
  }

  @Get(':id/retour')
  @AuditLezing('bericht-retour')
  @ApiProduces('application/xml')
  @ApiOkResponse({
    description:
      'the retour message the standard defines: 306 for a 305, 308 for a 307, 316 for a 315, 318 for a 317, 325 for a 323',
    schema: { type: 'string' },
  })
  @ApiFoutResponses(404, 409)
  async retour(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: { type(t: string): void },
  ): Promise<string> {
    const xml = await this.intake.retour(principal, id);
    res.type('application/xml');
    return xml;
  }
}
