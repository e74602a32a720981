import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { AuditQueryDto, AuditRegelDto } from './audit-inzage.dto.js';
import { AuditInzageService } from './audit-inzage.service.js';

@ApiTags('toegang')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/toegang/audit')
@Rollen(Rol.FunctioneelBeheerder)
export class AuditInzageController {
  constructor(private readonly audit: AuditInzageService) {}

  @Get()
  @ApiOkResponse({
    type: [AuditRegelDto],
    description: 'newest first; reads of client-level data have actie *.gelezen',
  })
  @ApiFoutResponses()
  zoek(@HuidigePrincipal() principal: Principal, @Query() query: AuditQueryDto): Promise<AuditRegelDto[]> {
    return this.audit.zoek(principal, query);
  }

  @Get('export')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="keten-audit.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'the same selection as CSV (semicolon-separated)', schema: { type: 'string' } })
  @ApiFoutResponses()
  export(@HuidigePrincipal() principal: Principal, @Query() query: AuditQueryDto): Promise<string> {
    return this.audit.csv(principal, query);
  }
}
