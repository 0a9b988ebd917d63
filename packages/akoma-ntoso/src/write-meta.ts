import type { DocumentSource } from '@treaty/treaty-schema';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import {
  DOC_NAME,
  DOC_TYPE,
  JURISDICTION,
  LANGUAGE,
  SECRETARIAT_EID,
  TW_NS,
  WORKSPACE_EID,
  idPart,
  instrumentEid,
  partyEid,
  tw,
} from './vocabulary';

const day = (iso: string): string => iso.slice(0, 10);

/**
 * FRBR identification after the AKN naming convention: the Work is the draft, the Expression
 * the text of one revision (`@rev2`) or the live text (`@live`), the Manifestation this file.
 */
export function writeIdentification(meta: XMLBuilder, source: DocumentSource): void {
  const workDate = source.revision?.issuedAt ?? source.generatedAt;
  const work = `/akn/${JURISDICTION}/${DOC_TYPE}/${DOC_NAME}/${day(workDate)}/${idPart(source.draft.id)}`;
  const version = source.revision ? `rev${source.revision.number}` : 'live';
  const expression = `${work}/${LANGUAGE}@${version}`;
  const identification = meta.ele('identification', { source: `#${WORKSPACE_EID}` });

  const w = identification.ele('FRBRWork');
  w.ele('FRBRthis', { value: `${work}/!main` });
  w.ele('FRBRuri', { value: work });
  w.ele('FRBRdate', { date: day(workDate), name: source.revision ? 'revision' : 'generation' });
  w.ele('FRBRauthor', { href: `#${SECRETARIAT_EID}` });
  w.ele('FRBRcountry', { value: JURISDICTION });
  w.ele('FRBRnumber', { value: source.draft.id });
  w.ele('FRBRname', { value: source.draft.title });

  const e = identification.ele('FRBRExpression');
  e.ele('FRBRthis', { value: `${expression}/!main` });
  e.ele('FRBRuri', { value: expression });
  e.ele('FRBRdate', { date: day(workDate), name: source.revision ? 'revision' : 'generation' });
  e.ele('FRBRauthor', { href: `#${SECRETARIAT_EID}` });
  e.ele('FRBRversionNumber', { value: source.revision ? String(source.revision.number) : 'live text' });
  e.ele('FRBRlanguage', { language: LANGUAGE });

  const m = identification.ele('FRBRManifestation');
  m.ele('FRBRthis', { value: `${expression}/!main.xml` });
  m.ele('FRBRuri', { value: `${expression}/.akn` });
  m.ele('FRBRdate', { date: day(source.generatedAt), name: 'generation' });
  m.ele('FRBRauthor', { href: `#${WORKSPACE_EID}` });
}

/** Each citation links the citing clause (`for`) to the instrument declared in the references. */
export function writeCitations(meta: XMLBuilder, source: DocumentSource, clauseEids: ReadonlyMap<string, string>): void {
  if (source.citations.length === 0) return;
  const references = meta.ele('analysis', { source: `#${SECRETARIAT_EID}` }).ele('otherReferences', { source: `#${SECRETARIAT_EID}` });
  for (const citation of source.citations) {
    const eId = clauseEids.get(citation.clauseId);
    const element = references.ele('implicitReference', { refersTo: `#${instrumentEid(citation.instrument.id)}`, showAs: citation.provision });
    if (eId) element.att('for', `#${eId}`);
    element.att(TW_NS, tw('clauseId'), citation.clauseId);
  }
}

/** Who is named in the file: the secretariat, each proposing party, each cited instrument. */
export function writeReferences(meta: XMLBuilder, source: DocumentSource): void {
  const references = meta.ele('references', { source: `#${WORKSPACE_EID}` });
  references.ele('TLCOrganization', { eId: SECRETARIAT_EID, href: '/ontology/organization/treaty-workspace/secretariat', showAs: 'Secretariat' });
  references.ele('TLCOrganization', { eId: WORKSPACE_EID, href: '/ontology/organization/treaty-workspace', showAs: 'Treaty Workspace' });
  const seen = new Set<string>();
  for (const party of source.parties) {
    if (seen.has(party.id)) continue;
    seen.add(party.id);
    references
      .ele('TLCOrganization', { eId: partyEid(party.id), href: `/ontology/organization/treaty-workspace/${idPart(party.id)}`, showAs: party.name })
      .att(TW_NS, tw('partyId'), party.id)
      .att(TW_NS, tw('kind'), party.kind);
  }
  const instruments = new Set<string>();
  for (const { instrument } of source.citations) {
    if (instruments.has(instrument.id)) continue;
    instruments.add(instrument.id);
    const element = references.ele('TLCReference', {
      eId: instrumentEid(instrument.id),
      href: `/ontology/instrument/treaty-workspace/${idPart(instrument.id)}`,
      showAs: instrument.name,
      name: 'instrument',
    });
    if (instrument.year !== null) element.att(TW_NS, tw('year'), String(instrument.year));
    if (instrument.binding !== null) element.att(TW_NS, tw('binding'), instrument.binding);
  }
}

/** What has no AKN element: the draft and negotiation ids, and which revision with its hash. */
export function writeProprietary(meta: XMLBuilder, source: DocumentSource): void {
  const proprietary = meta.ele('proprietary', { source: `#${WORKSPACE_EID}` });
  proprietary.ele(TW_NS, tw('document'), {
    draft: source.draft.id,
    title: source.draft.title,
    negotiation: source.negotiation.id,
    negotiationTitle: source.negotiation.title,
    generatedAt: source.generatedAt,
  });
  const { revision } = source;
  if (revision) {
    proprietary.ele(TW_NS, tw('revision'), {
      number: String(revision.number),
      label: revision.label,
      symbol: revision.symbol,
      sha256: revision.sha256,
      issuedAt: revision.issuedAt,
    });
  } else {
    proprietary.ele(TW_NS, tw('liveText'), { note: 'live text: not an issued revision' });
  }
}
