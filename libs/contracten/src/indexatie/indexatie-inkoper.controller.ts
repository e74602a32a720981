import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { IndexatieVoorContractDto, VraagIndexatieAanVoorInkoperDto } from './indexatie.dto.js';
import { IndexatieService } from './indexatie.service.js';

@ApiTags('raamovereenkomsten')
@ApiBearerAuth()
@Controller('api/v1/indexaties')
export class IndexatieInkoperController {
  constructor(private readonly indexaties: IndexatieService) {}

  @Post()
  @HttpCode(202)
  @Rollen(Rol.Inkoopadviseur)
  @ApiAcceptedResponse({
    type: [IndexatieVoorContractDto],
    description:
      'one queued indexatie per raamovereenkomst of the regio or gemeente; each is previewed and applied under …/raamovereenkomsten/{id}/indexaties',
  })
  @ApiFoutResponses()
  vraagAan(
    @HuidigePrincipal() principal: Principal,
    @Body() dto: VraagIndexatieAanVoorInkoperDto,
  ): Promise<IndexatieVoorContractDto[]> {
    return this.indexaties.vraagAanVoorInkoper(principal, dto);
  }
}
