import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { frameworksQuery, registerFrameworkRequest, type FrameworksQuery, type FrameworkView, type Page } from '@treaty/contracts';
import { CurrentUser, type AuthUser } from '../identity/auth-user';
import { BodySchema, QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { parse } from '../platform/validation';
import { FrameworksService } from './frameworks.service';

@ApiTags('frameworks')
@ApiBearerAuth()
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  @QuerySchema(frameworksQuery)
  list(@Query(new SchemaPipe(frameworksQuery)) query: FrameworksQuery): Promise<Page<FrameworkView>> {
    return this.frameworks.list(query);
  }

  /**
   * The right depends on memberships in any negotiation, which no route guard resolves; the body
   * is parsed only after the policy said yes, so a refused caller learns nothing from it.
   */
  @Post()
  @BodySchema(registerFrameworkRequest)
  async register(@CurrentUser() user: AuthUser, @Body() body: unknown): Promise<FrameworkView> {
    await this.frameworks.authorizeRegistration(user);
    return this.frameworks.register(user, parse(registerFrameworkRequest, body));
  }
}
