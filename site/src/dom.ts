// Elements built through the DOM, never from markup: every text from a report or a file reaches
// the page as a text node, an input's value or an attribute value, so hostile text stays text.

/** A child: a node, or a string that becomes a text node; null and false are skipped. */
export type Child = Node | string | null | false;

// Attributes whose value would be code or an address: this helper never sets them.
const UNSAFE_ATTRIBUTE = /^(on|formaction$|action$|href$|src$|srcdoc$|style$|xlink:href$)/i;

/** Makes an element with attributes (names from the page's code only) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (UNSAFE_ATTRIBUTE.test(name)) throw new Error(`el: the attribute ${name} is not set this way`);
    element.setAttribute(name, value);
  }
  element.append(...children.filter((c): c is Node | string => c !== null && c !== false));
  return element;
}

/** Looks up an element the page's HTML declares. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`counterclaim page: no #${id}`);
  return element as T;
}

/** Offers a text as a file to save, with no server: a blob URL on a link clicked once. */
export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
