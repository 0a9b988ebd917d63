import type { CreateDraftRequest } from '@treaty/contracts';

export type SourceFormat = NonNullable<CreateDraftRequest['source']>['format'];

export const SOURCE_FORMAT_OPTIONS: readonly { value: SourceFormat; label: string }[] = [
  { value: 'markdown', label: 'Markdown' },
  { value: 'text', label: 'Plain text' },
  { value: 'akn', label: 'Akoma Ntoso XML' },
];

export const asSourceFormat = (value: string): SourceFormat =>
  SOURCE_FORMAT_OPTIONS.find((option) => option.value === value)?.value ?? 'markdown';
