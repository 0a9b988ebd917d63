/** The demo negotiation's zero draft: short, but shaped like the real thing. Demo text. */
export const DEMO_ZERO_DRAFT = `# Zero draft of the Framework Convention on Artificial Intelligence Safety

## Preamble

The Parties to this Convention,

Recognizing that artificial intelligence systems offer great benefits to humanity and may also pose serious risks to safety, human rights and democratic institutions,

Mindful of the principles of existing international instruments on human rights, data protection and the safety of medical devices,

Determined to cooperate on the safe development and deployment of artificial intelligence,

Have agreed as follows:

### Article 1 — Purpose

The purpose of this Convention is to ensure that activities within the lifecycle of artificial intelligence systems are fully consistent with safety, human rights, democracy and the rule of law.

### Article 2 — Definitions

For the purposes of this Convention:

(a) "artificial intelligence system" means a machine-based system that, for explicit or implicit objectives, infers from the input it receives how to generate outputs such as predictions, content, recommendations or decisions;

(b) "frontier model" means a general-purpose model whose capabilities match or exceed those of the most advanced models in existence.

### Article 3 — Risk assessment

1. Each Party shall require that providers of frontier models assess and mitigate risks before placing them on the market.

2. Risk assessments shall be updated at regular intervals and whenever a model is substantially modified.

3. Each Party shall designate one or more authorities competent to receive risk assessments.

### Article 4 — Incident reporting

1. Each Party shall establish a mechanism for reporting serious incidents involving artificial intelligence systems.

2. Parties shall share information on serious incidents through the secretariat, with due regard to confidentiality.

### Article 5 — International cooperation

1. Parties shall cooperate in the exchange of information, research and good practice on the safety of artificial intelligence.

2. Developed country Parties shall support capacity-building in developing country Parties.

### Article 6 — Conference of the Parties

1. A Conference of the Parties is hereby established.

2. The Conference of the Parties shall keep under regular review the implementation of this Convention.
`;
