import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { BetaaldDto, BudgetDto, RegistreerBudgetDto, TermijnDto, TermijnenQueryDto } from './budget.dto.js';
import { BudgetService } from './budget.service.js';

@ApiTags('raamovereenkomsten')
@ApiBearerAuth()
@Controller('api/v1/raamovereenkomsten/:id')
export class BudgetController {
  constructor(private readonly budgetten: BudgetService) {}

  @Post('budgetten')
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({ type: BudgetDto, description: 'the budget with its termijnen planned as payable rows' })
  @ApiFoutResponses(404)
  registreer(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RegistreerBudgetDto,
  ): Promise<BudgetDto> {
    return this.budgetten.registreer(principal, id, dto);
  }

  @Get('budgetten')
  @ApiOkResponse({ type: [BudgetDto], description: 'every version of every lumpsum budget and subsidy' })
  @ApiFoutResponses(404)
  lijst(@HuidigePrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<BudgetDto[]> {
    return this.budgetten.lijst(principal, id);
  }

  @Get('termijnen')
  @ApiOkResponse({ type: [TermijnDto], description: 'payable instalments with due dates, by vervaldatum' })
  @ApiFoutResponses(404)
  termijnen(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: TermijnenQueryDto,
  ): Promise<TermijnDto[]> {
    return this.budgetten.termijnen(principal, id, query);
  }

  @Post('termijnen/:tid/betaald')
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({ type: TermijnDto })
  @ApiFoutResponses(404, 409)
  betaald(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('tid', new ParseUUIDPipe()) tid: string,
    @Body() dto: BetaaldDto,
  ): Promise<TermijnDto> {
    return this.budgetten.markeerBetaald(principal, id, tid, dto);
  }
}
