import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { Tokens } from './tokens';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [AuthController, UsersController],
  providers: [Tokens, LoginThrottle, AuthService, UsersService],
  exports: [Tokens, UsersService],
})
export class IdentityModule {}
