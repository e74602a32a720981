import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, Begrensd, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { ApiTokenDto, ApiTokenLijstQueryDto, MaakApiTokenDto, NieuwApiTokenDto } from './api-token.dto.js';
import { ApiTokenBeheerService } from './api-token-beheer.service.js';

@ApiTags('toegang')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/toegang/tokens')
@Rollen(Rol.FunctioneelBeheerder)
export class ApiTokenController {
  constructor(private readonly tokens: ApiTokenBeheerService) {}

  @Post()
  @Begrensd('tokens')
  @ApiCreatedResponse({ type: NieuwApiTokenDto, description: 'the token is in this answer only' })
  @ApiFoutResponses(429)
  maak(@HuidigePrincipal() principal: Principal, @Body() dto: MaakApiTokenDto): Promise<NieuwApiTokenDto> {
    return this.tokens.maak(principal, dto);
  }

  @Get()
  @ApiOkResponse({ type: [ApiTokenDto] })
  @ApiFoutResponses()
  lijst(@HuidigePrincipal() principal: Principal, @Query() query: ApiTokenLijstQueryDto): Promise<ApiTokenDto[]> {
    return this.tokens.lijst(principal, query);
  }

  @Post(':id/intrekken')
  @HttpCode(200)
  @ApiOkResponse({ type: ApiTokenDto, description: 'revoked: from now on every call with it answers 401' })
  @ApiFoutResponses(404)
  trekIn(@HuidigePrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<ApiTokenDto> {
    return this.tokens.trekIn(principal, id);
  }
}
