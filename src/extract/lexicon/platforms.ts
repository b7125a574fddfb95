// Names that look like places after "on" or "in" but are not: platforms, outlets' and bodies' heads.

/** Social platforms and messaging services: "in a statement posted on Telegram" names no place. */
export const PLATFORMS: ReadonlySet<string> = new Set([
  'telegram', 'twitter', 'x', 'facebook', 'instagram', 'whatsapp', 'youtube', 'tiktok', 'signal', 'weibo', 'wechat',
  'vkontakte', 'vk', 'truth', 'social', 'threads', 'bluesky', 'linkedin', 'snapchat', 'reddit',
]);

/** Last words of a capitalised name that make it a body, not a place ("Ider Hospital", "Tehran Times"). */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'hospital', 'government', 'ministry', 'assembly', 'parliament', 'council', 'committee', 'management', 'times', 'post',
  'news', 'television', 'tv', 'radio', 'university', 'institute', 'office', 'department', 'court',
  'police', 'army', 'forces', 'front', 'party', 'movement', 'group', 'network', 'service', 'services', 'commission',
  'foundation', 'monitor', 'observatory', 'daily', 'herald', 'tribune', 'journal', 'gazette', 'press', 'channel',
  'centre', 'center', 'organization', 'organisation', 'association', 'federation', 'bureau', 'presse',
]);
