import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { ToewijzingBerichtService } from './toewijzing-bericht.service.js';

@ApiTags('toewijzingen')
@ApiBearerAuth()
@Controller('api/v1/toewijzingen')
export class ToewijzingBerichtController {
  constructor(private readonly berichten: ToewijzingBerichtService) {}

  @Get(':id/bericht')
  @Rollen(Rol.Aanbieder, Rol.Toegang)
  @ApiProduces('application/xml')
  @ApiOkResponse({
    description:
      'the 301 for this client and aanbieder: every toewijzing valid on or after today plus those changed last (OP087); access is audited',
    schema: { type: 'string' },
  })
  @ApiFoutResponses(404, 409)
  async bericht(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: { type(t: string): void },
  ): Promise<string> {
    const xml = await this.berichten.bericht301(principal, id);
    res.type('application/xml');
    return xml;
  }
}
