// The running header of a printed page as a CSS Paged Media margin box (`@page { @top-left { … } }`): it
// sits in the page margin, so it never overlaps content, and it repeats on every page. Its text comes
// from content (titles, names): it is written as a CSS string that cannot close the style element.

/** `text` as a CSS string literal: quotes, backslashes, line breaks and `<` escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (ch) => `\\${ch.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
}

/** The page style that prints `text` at the top left of every page. */
export const printHeaderStyle = (text: string) => `@page { @top-left { content: ${cssString(text)}; font-size: 8pt; color: #444; } }`;

/** The style's hash for the Content-Security-Policy (`sha256-…`), by Web Crypto. */
export async function styleHash(style: string): Promise<`sha256-${string}`> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}
