import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { TokenUsers } from './token-users';
import { Tokens } from './tokens';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [AuthController, UsersController],
  providers: [Tokens, TokenUsers, LoginThrottle, AuthService, UsersService],
  exports: [Tokens, TokenUsers, UsersService],
})
export class IdentityModule {}
