import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { NieuweProductcodelijstDto, ProductcodelijstDto, ProductcodelijstQueryDto } from './productcodelijst.dto.js';
import { ProductcodelijstService } from './productcodelijst.service.js';

@ApiTags('raamovereenkomsten')
@ApiBearerAuth()
@Controller('api/v1/raamovereenkomsten/:id/productcodelijsten')
export class ProductcodelijstController {
  constructor(private readonly lijsten: ProductcodelijstService) {}

  @Get()
  @ApiOkResponse({ type: [ProductcodelijstDto], description: 'every version, or with ?peildatum= the one in force' })
  @ApiFoutResponses(404)
  lijst(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ProductcodelijstQueryDto,
  ): Promise<ProductcodelijstDto[]> {
    return this.lijsten.lijst(principal, id, query);
  }

  @Post()
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({
    type: ProductcodelijstDto,
    description: 'a new version; new codes become products of the contract',
  })
  @ApiFoutResponses(404)
  voegToe(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: NieuweProductcodelijstDto,
  ): Promise<ProductcodelijstDto> {
    return this.lijsten.voegVersieToe(principal, id, dto);
  }
}
