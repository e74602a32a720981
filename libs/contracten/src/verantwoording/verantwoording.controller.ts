import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import {
  BeoordeelVerantwoordingDto,
  DienVerantwoordingInDto,
  HoudTermijnVastDto,
  VerantwoordingDto,
} from './verantwoording.dto.js';
import { VerantwoordingService } from './verantwoording.service.js';

@ApiTags('raamovereenkomsten')
@ApiBearerAuth()
@Controller('api/v1/raamovereenkomsten/:id')
export class VerantwoordingController {
  constructor(private readonly verantwoording: VerantwoordingService) {}

  @Post('budgetten/:bid/verantwoordingen')
  @Rollen(Rol.Aanbieder)
  @ApiCreatedResponse({
    type: VerantwoordingDto,
    description: 'the aanbieder’s verantwoording over one period: the agreed outcome indicators',
  })
  @ApiFoutResponses(404, 409)
  dienIn(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('bid', new ParseUUIDPipe()) bid: string,
    @Body() dto: DienVerantwoordingInDto,
  ): Promise<VerantwoordingDto> {
    return this.verantwoording.dienIn(principal, id, bid, dto);
  }

  @Get('verantwoordingen')
  @ApiOkResponse({ type: [VerantwoordingDto] })
  @ApiFoutResponses(404)
  lijst(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<VerantwoordingDto[]> {
    return this.verantwoording.lijst(principal, id);
  }

  @Post('verantwoordingen/:vid/beoordeling')
  @HttpCode(200)
  @Rollen(Rol.Inkoopadviseur)
  @ApiOkResponse({
    type: VerantwoordingDto,
    description: 'accepted (held termijnen for the period are released) or sent back for more',
  })
  @ApiFoutResponses(404, 409)
  beoordeel(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('vid', new ParseUUIDPipe()) vid: string,
    @Body() dto: BeoordeelVerantwoordingDto,
  ): Promise<VerantwoordingDto> {
    return this.verantwoording.beoordeel(principal, id, vid, dto);
  }

  @Post('termijnen/:tid/vasthouden')
  @HttpCode(204)
  @Rollen(Rol.Inkoopadviseur)
  @ApiNoContentResponse({
    description: 'the termijn is not paid until the verantwoording over the given period is accepted',
  })
  @ApiFoutResponses(404, 409)
  houdVast(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('tid', new ParseUUIDPipe()) tid: string,
    @Body() dto: HoudTermijnVastDto,
  ): Promise<void> {
    return this.verantwoording.houdVast(principal, id, tid, dto);
  }
}
