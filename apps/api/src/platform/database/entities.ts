import { AuditEntry } from '../../audit/audit-entry.entity';
import { Comment } from '../../comments/comment.entity';
import { DraftTransition } from '../../drafts/draft-transition.entity';
import { Draft } from '../../drafts/draft.entity';
import { Citation } from '../../frameworks/citation.entity';
import { Framework } from '../../frameworks/framework.entity';
import { User } from '../../identity/user.entity';
import { Coalition, CoalitionMember } from '../../negotiations/coalition.entity';
import { Delegation } from '../../negotiations/delegation.entity';
import { Membership } from '../../negotiations/membership.entity';
import { Negotiation } from '../../negotiations/negotiation.entity';
import { Position } from '../../positions/position.entity';
import { Proposal } from '../../proposals/proposal.entity';
import { Revision } from '../../revisions/revision.entity';
import { Round } from '../../revisions/round.entity';

export const ENTITIES = [User, Negotiation, Delegation, Membership, AuditEntry, Draft, DraftTransition, Position, Proposal, Comment, Coalition, CoalitionMember, Round, Revision, Framework, Citation];
