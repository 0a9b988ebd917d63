import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The frameworks registry and the concordance (clauses citing provisions of its instruments).
 *
 * The registry starts with reference instruments — the policy paper's table plus instruments a
 * secretariat of an AI negotiation would cite — inserted here rather than by a start-up seeder:
 * they are reference data every database needs (not only the demo's), a migration runs exactly
 * once per database (a seeder would re-add what an operator had renamed), and fixed ids make one instrument the same row on
 * every server, so exports and scripts can name it. Nobody registered them: `registered_by` is
 * null and, like the schema itself, they carry no audit entry.
 */
export class Frameworks1764560000000 implements MigrationInterface {
  name = 'Frameworks1764560000000';

  async up(q: QueryRunner): Promise<void> {
    // The same instrument under two spellings of case would split its citations: names are
    // unique regardless of case.
    await q.query(`
      CREATE TABLE frameworks (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        name text NOT NULL,
        type text NOT NULL CHECK (type ~ '^[a-z]+(-[a-z]+)*$'),
        technology_focus text NOT NULL,
        binding text NOT NULL CHECK (binding IN ('binding', 'binding-for-members', 'non-binding')),
        scope text NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 1800 AND 2100),
        registered_by uuid REFERENCES users (id),
        registered_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX frameworks_name ON frameworks (lower(name))`);

    // A citation outlives its clause's removal from the text (the record keeps it); it goes with
    // its draft. The same provision is cited once per clause.
    await q.query(`
      CREATE TABLE citations (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        clause_id uuid NOT NULL,
        framework_id uuid NOT NULL REFERENCES frameworks (id),
        provision text NOT NULL,
        delegation_id uuid REFERENCES delegations (id),
        cited_by uuid NOT NULL REFERENCES users (id),
        cited_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX citations_once ON citations (draft_id, clause_id, framework_id, lower(provision))`);
    await q.query(`CREATE INDEX citations_page ON citations (draft_id, seq)`);

    for (const [id, name, type, technologyFocus, binding, scope, year] of REFERENCE_INSTRUMENTS) {
      await q.query(
        `INSERT INTO frameworks (id, name, type, technology_focus, binding, scope, year) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, name, type, technologyFocus, binding, scope, year],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE citations`);
    await q.query(`DROP TABLE frameworks`);
  }
}

type Row = [id: string, name: string, type: string, technologyFocus: string, binding: string, scope: string, year: number];

/**
 * The first five rows are the paper's table, its wording kept (it gives no years: those are the
 * adoption years — OECD Council Recommendation on AI 2019, Regulation (EU) 2024/1689 2024,
 * ICH E6(R3) Step 4 2025, IMDRF's Good Machine Learning Practice guiding principles N88 2025,
 * Regulation (EU) 2016/679 2016). The rest are the instruments as adopted, with their years.
 */
const REFERENCE_INSTRUMENTS: readonly Row[] = [
  ['4b9bccbe-9748-4706-ac4d-bab533a4fd43', 'OECD AI Principles', 'soft-law', 'AI', 'non-binding', 'Global', 2019],
  ['6b60b394-e13d-4686-ac81-4805e8c5ea7c', 'EU AI Act', 'regulation', 'AI', 'binding', 'EU, extraterritorial', 2024],
  ['245c6911-d735-4558-8331-633289eaecc9', 'ICH E6(R3)', 'treaty', 'Pharma/Medical', 'binding-for-members', 'Global', 2025],
  ['33e7cf35-8859-412e-8e64-81bb37ab8712', 'IMDRF Guidance', 'standard', 'Medical Devices', 'non-binding', 'Global', 2025],
  ['c4d85b42-ac39-4f7d-af62-82427149f6ea', 'GDPR', 'regulation', 'Data/Digital', 'binding', 'EU, extraterritorial reach', 2016],
  ['b3941cf0-0646-4ea0-9e75-a304d82bfb2a', 'UNESCO Recommendation on the Ethics of Artificial Intelligence', 'recommendation', 'AI', 'non-binding', 'Global', 2021],
  [
    'd69b388a-63ef-4833-bacf-a8d1ff8440e0',
    'Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law',
    'treaty',
    'AI',
    'binding-for-members',
    'Global, open to non-member States',
    2024,
  ],
  ['f59b8be7-d684-41d5-840f-580dfda75d8f', 'ISO/IEC 42001 (AI management systems)', 'standard', 'AI', 'non-binding', 'Global', 2023],
  ['6f09e1fa-a822-40e4-99cb-d8221e887364', 'NIST AI Risk Management Framework 1.0', 'guidance', 'AI', 'non-binding', 'United States, used worldwide', 2023],
  ['6c7f5929-021f-4f60-8d2e-5cb51d6176f1', 'Budapest Convention on Cybercrime', 'treaty', 'Cybercrime/Digital', 'binding-for-members', 'Global, open to non-member States', 2001],
  ['56f8b915-051e-4220-9719-925116f05552', 'Convention 108+ (modernised Convention for the Protection of Individuals with regard to the Processing of Personal Data)', 'treaty', 'Data/Digital', 'binding-for-members', 'Global, open to non-member States', 2018],
  ['c291072b-568f-4e6d-86e8-2714c8e29db8', 'Hiroshima Process International Code of Conduct for Organizations Developing Advanced AI Systems', 'soft-law', 'AI', 'non-binding', 'G7', 2023],
  ['eaf956da-1289-4042-afea-24e3f1bb17fe', 'UN General Assembly resolution 78/265 on safe, secure and trustworthy AI systems', 'soft-law', 'AI', 'non-binding', 'Global', 2024],
];
