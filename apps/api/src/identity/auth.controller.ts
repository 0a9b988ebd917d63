import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { loginRequest, type LoginRequest, type LoginResponse, type MeResponse } from '@treaty/contracts';
import { BodySchema, SchemaPipe } from '../platform/schema.pipe';
import { CurrentUser, Public, type AuthenticatedRequest, type AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { UsersService } from './users.service';

@ApiTags('identity')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @BodySchema(loginRequest)
  login(@Body(new SchemaPipe(loginRequest)) body: LoginRequest, @Req() request: AuthenticatedRequest): Promise<LoginResponse> {
    return this.auth.login(body, request.ip ?? 'unknown');
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthUser): Promise<MeResponse> {
    return this.users.me(user);
  }
}
