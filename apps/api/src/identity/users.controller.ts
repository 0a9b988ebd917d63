import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createUserRequest, type CreateUserRequest, type UserView } from '@treaty/contracts';
import { BodySchema, SchemaPipe } from '../platform/schema.pipe';
import { CurrentUser, type AuthUser } from './auth-user';
import { RequirePlatform } from '../access/policy.guard';
import { UsersService } from './users.service';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @RequirePlatform('user.create')
  @BodySchema(createUserRequest)
  create(@CurrentUser() user: AuthUser, @Body(new SchemaPipe(createUserRequest)) body: CreateUserRequest): Promise<UserView> {
    return this.users.create(user, body);
  }
}
