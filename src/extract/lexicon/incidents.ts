// Word lists for telling one incident from another.

/**
 * Nouns for the incident itself, which a day or a year before them dates: "Saturday's quake",
 * "Friday's march", "a 2017 ambush", "the March massacre".
 */
export const INCIDENT_NOUNS: ReadonlySet<string> = new Set([
  'attack', 'attacks', 'blast', 'blasts', 'bombing', 'bombings', 'raid', 'ambush', 'clash', 'clashes', 'assault', 'quake',
  'earthquake', 'explosion', 'storm', 'flood', 'floods', 'fire', 'crash', 'march', 'rally', 'protest', 'protests',
  'demonstration', 'shooting', 'stampede', 'landslide', 'disaster', 'violence', 'fighting', 'massacre', 'massacres',
]);
