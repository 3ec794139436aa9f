// UI string look-up: `t('doc.owner')` in the build's locale (zh-CN unless CLAUSEBOOK_LOCALE=en).
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import type { UiKey } from './zh-CN.ts';

export type { UiKey } from './zh-CN.ts';
export const LOCALES = { 'zh-CN': zhCN, en } as const;
export type Locale = keyof typeof LOCALES;

/** A translator for one locale; `{name}` placeholders are filled from `vars`. */
export function translator(locale: Locale) {
  const dict: Record<UiKey, string> = LOCALES[locale];
  return (key: UiKey, vars: Record<string, string | number> = {}) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export const locale: Locale = process.env.CLAUSEBOOK_LOCALE === 'en' ? 'en' : 'zh-CN';
export const t = translator(locale);
