/**
 * The names an export is written with and an import reads: the Akoma Ntoso 3.0 namespace, and
 * the Treaty Workspace extension namespace for what AKN has no element for (brackets, phrase
 * options, proposers, clause status). The schema admits attributes and elements of any other
 * namespace (`anyAttribute namespace="##other"`), so the extension keeps files valid.
 */
export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const TW_NS = 'https://treaty-workspace.org/ns/akn/1.0';
export const TW_PREFIX = 'tw';

/** `tw:name`, as xmlbuilder2 wants a prefixed attribute or element name. */
export const tw = (name: string): string => `${TW_PREFIX}:${name}`;

/**
 * Treaties bind states, not one country's legislature: the FRBR country is this code, which
 * ISO 3166 never assigns to a country.
 */
export const JURISDICTION = 'int';
/** The drafting language; drafts carry no language of their own yet. */
export const LANGUAGE = 'eng';
/** The AKN document type: a treaty under negotiation is a proposed instrument, not an enacted one. */
export const DOC_TYPE = 'bill';
export const DOC_NAME = 'treaty';

/** eIds of the TLC entries every export declares. */
export const SECRETARIAT_EID = 'secretariat';
export const WORKSPACE_EID = 'treatyWorkspace';

/** `name` of the AKN `inline`/`hcontainer` elements our convention uses. */
export const INLINE_BRACKET = 'bracket';
export const INLINE_OPTION = 'option';
export const ALTERNATIVES = 'alternatives';
export const ALTERNATIVE = 'alternative';

/** An eId is `noWhiteSpace` in the schema; ids from the workspace are uuids, but stay safe. */
export const idPart = (id: string): string => id.replace(/\s+/g, '_');
export const partyEid = (partyId: string): string => `party_${idPart(partyId)}`;
export const instrumentEid = (instrumentId: string): string => `instrument_${idPart(instrumentId)}`;
