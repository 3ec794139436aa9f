// UI string look-up: `t('doc.owner')` in the build's locale (zh-CN unless CLAUSEBOOK_LOCALE=en).
import { LOCALE_NAMES, settings } from '../settings.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import type { UiKey } from './zh-CN.ts';

export type { UiKey } from './zh-CN.ts';
export const LOCALES = { 'zh-CN': zhCN, en } as const satisfies Record<(typeof LOCALE_NAMES)[number], unknown>;
export type Locale = keyof typeof LOCALES;

/** A translator for one locale; `{name}` placeholders are filled from `vars`. */
export function translator(locale: Locale) {
  const dict: Record<UiKey, string> = LOCALES[locale];
  return (key: UiKey, vars: Record<string, string | number> = {}) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

let current: ReturnType<typeof translator> | undefined;

/** A UI string in the build's locale (CLAUSEBOOK_LOCALE), read when first needed, not when imported. */
export const t: ReturnType<typeof translator> = (key, vars) => (current ??= translator(settings().locale))(key, vars);

/** The build's UI language (CLAUSEBOOK_LOCALE), for `<html lang>`. */
export function uiLocale(): Locale {
  return settings().locale;
}

/**
 * The language the handbook's documents are written in, whatever the UI language: the main content of
 * every page is marked with it, and the search index segments text as this language.
 */
export const CONTENT_LANG = 'zh-CN';
