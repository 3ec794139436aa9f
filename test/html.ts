// Built pages as tests read them: without the <span class="nowrap"> that keeps ids and dates in table
// cells on one line (src/site/keep-together.ts, tested on its own), so assertions name the content.
import { readFile } from 'node:fs/promises';

export const withoutNowrap = (html: string): string => html.replace(/<span class="nowrap">([^<]*)<\/span>/g, '$1');

/** A built file's text, with the nowrap wrappers taken off. */
export const readPage = async (file: string): Promise<string> => withoutNowrap(await readFile(file, 'utf8'));
