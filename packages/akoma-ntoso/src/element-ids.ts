/**
 * AKN eIds from the clause model, by position as the text numbers it: `preamble__rec_3`,
 * `art_2`, `art_2__para_1`, unnumbered paragraphs `art_2__para_nn_1` (counted apart so the
 * numbered ones keep the number a reader sees), whole-paragraph options
 * `art_2__alts_3__alt_1__para_nn_1`. eIds change when the text is renumbered; the clause id,
 * kept as GUID, does not.
 */
export const recitalEid = (index: number): string => `preamble__rec_${index + 1}`;
export const articleEid = (number: number): string => `art_${number}`;
export const paragraphEid = (article: string, number: number | null, unnumbered: number): string =>
  number === null ? `${article}__para_nn_${unnumbered}` : `${article}__para_${number}`;
export const alternativesEid = (article: string, number: number | null, position: number): string =>
  `${article}__alts_${number ?? `nn_${position}`}`;
export const alternativeEid = (alternatives: string, index: number): string => `${alternatives}__alt_${index + 1}`;

