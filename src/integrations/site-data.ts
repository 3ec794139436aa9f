// The site's model for this build: pages call `siteModel()` and render what it computed.
import { loadSiteModel } from '../model/load/site-model.ts';
import type { SiteModel } from '../model/load/site-model.ts';
import { buildAsOf, contentRoot } from './env.ts';

/** The checked corpus and its coverage, computed once per build. */
export function siteModel(): Promise<SiteModel> {
  return loadSiteModel(contentRoot(), buildAsOf());
}
