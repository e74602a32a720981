import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { DocumentDto, RegistreerDocumentDto } from './document.dto.js';
import { AanbestedingDocumentService } from './document.service.js';

@ApiTags('aanbestedingen')
@ApiBearerAuth()
@Controller('api/v1/aanbestedingen/:id/documenten')
export class AanbestedingDocumentController {
  constructor(private readonly documenten: AanbestedingDocumentService) {}

  @Post()
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({ type: DocumentDto })
  @ApiFoutResponses(404, 409)
  registreer(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RegistreerDocumentDto,
  ): Promise<DocumentDto> {
    return this.documenten.registreer(principal, id, dto);
  }

  @Get()
  @ApiOkResponse({ type: [DocumentDto], description: 'an aanbieder sees only the documents marked openbaar' })
  @ApiFoutResponses(404)
  lijst(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<DocumentDto[]> {
    return this.documenten.lijst(principal, id);
  }

  @Get(':documentId/inhoud')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'the stored content, with its media type and an ETag of its SHA-256' })
  @ApiFoutResponses(404)
  async inhoud(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
    @Res() res: { setHeader(k: string, v: string): void; send(b: Buffer): void },
  ): Promise<void> {
    const { document, inhoud } = await this.documenten.inhoud(principal, id, documentId);
    res.setHeader('content-type', document.mediaType);
    res.setHeader('etag', `"${document.inhoudHash}"`);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-disposition', 'attachment');
    res.send(inhoud);
  }
}
