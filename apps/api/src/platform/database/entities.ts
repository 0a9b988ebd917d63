import { AuditEntry } from '../../audit/audit-entry.entity';
import { User } from '../../identity/user.entity';
import { Delegation } from '../../negotiations/delegation.entity';
import { Membership } from '../../negotiations/membership.entity';
import { Negotiation } from '../../negotiations/negotiation.entity';

export const ENTITIES = [User, Negotiation, Delegation, Membership, AuditEntry];
