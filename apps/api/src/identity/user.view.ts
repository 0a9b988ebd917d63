import type { UserView } from '@treaty/contracts';
import type { User } from './user.entity';

export const toUserView = (user: User): UserView => ({
  id: user.id,
  email: user.email,
  name: user.name,
  isAdmin: user.isAdmin,
  createdAt: user.createdAt.toISOString(),
});
