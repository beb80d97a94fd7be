/** "Jan Pieter" + "de" + "Vries" → "Jan Pieter de Vries" */
export function displayName(p: { given_names: string; family_name_prefix: string | null; family_name: string }): string {
  return [p.given_names, p.family_name_prefix, p.family_name].filter(Boolean).join(' ');
}

/** Lower case without diacritics: "Çelik" → "celik", "Ölçer" → "olcer". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The indexed search key: family name (without prefix) first, then given names. */
export function searchName(p: { given_names: string; family_name: string }): string {
  return fold(`${p.family_name} ${p.given_names}`);
}

const prefixes = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', 'in', "'t", 'op', 'la', 'le', 'da', 'du', 'el', 'al', 'von', 'vd']);

/** Search words with Dutch family-name prefixes dropped ("de vries" → ["vries"]). */
export function searchWords(query: string): string[] {
  const words = fold(query).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !prefixes.has(w));
  return meaningful.length > 0 ? meaningful : words;
}
