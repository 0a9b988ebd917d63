import type { DelegationKind, Role } from '@treaty/domain';

/** The demo negotiation and its people; the README lists these accounts. */
export const DEMO_PASSWORD = 'negotiate-2026';

export const DEMO_ADMIN = { email: 'admin@demo.treaty.test', name: 'Platform Admin' };

export const DEMO_NEGOTIATION = {
  title: 'Framework Convention on Artificial Intelligence Safety',
  description:
    'Intergovernmental negotiating committee on a framework convention on the safety of artificial intelligence systems. Demo data.',
};

export interface DemoDelegation {
  name: string;
  kind: DelegationKind;
  members: { email: string; name: string; role: Role }[];
}

export const DEMO_SECRETARIAT = [{ email: 'secretariat@demo.treaty.test', name: 'Amina Diallo' }];

export const DEMO_DELEGATIONS: DemoDelegation[] = [
  {
    name: 'Republic of Aurelia',
    kind: 'party',
    members: [
      { email: 'head.aurelia@demo.treaty.test', name: 'Sofia Marin', role: 'head' },
      { email: 'delegate.aurelia@demo.treaty.test', name: 'Tomás Ferreira', role: 'delegate' },
    ],
  },
  {
    name: 'Federation of Borealis',
    kind: 'party',
    members: [
      { email: 'head.borealis@demo.treaty.test', name: 'Ingrid Halvorsen', role: 'head' },
      { email: 'delegate.borealis@demo.treaty.test', name: 'Mikael Lund', role: 'delegate' },
    ],
  },
  {
    name: 'Kingdom of Caledonia',
    kind: 'party',
    members: [
      { email: 'head.caledonia@demo.treaty.test', name: 'Fiona MacLeod', role: 'head' },
      { email: 'delegate.caledonia@demo.treaty.test', name: 'Ewan Grant', role: 'delegate' },
    ],
  },
  {
    name: 'Global Civil Society Forum on AI',
    kind: 'observer',
    members: [{ email: 'observer@demo.treaty.test', name: 'Priya Raman', role: 'observer' }],
  },
];
