// Build profiles: which classifications a build publishes. A profile is a promise: nothing above it
// may reach the output, so the site, exports and packs are all made from the corpus `applyProfile` returns.
import { CLASSIFICATION_RANK } from '../schema/index.ts';
import type { Classification } from '../schema/index.ts';
import type { Corpus } from './corpus.ts';
import { docPath, linkedId, normalisedPath } from './routes.ts';

import { DEFAULT_PROFILE, PROFILES } from '../schema/index.ts';

export { DEFAULT_PROFILE, PROFILES };
export type Profile = (typeof PROFILES)[number];

/** The highest classification each profile publishes. */
export const PROFILE_CEILING: Record<Profile, Classification> = { public: 'public', internal: 'internal', restricted: 'confidential' };

/** Rank of a profile, comparable between profiles (public 0 … restricted 2). */
export const profileRank = (profile: Profile): number => CLASSIFICATION_RANK[PROFILE_CEILING[profile]];

export class ProfileError extends Error {}

/** A profile by name; throws a ProfileError listing the valid names for anything else. */
export function parseProfile(name: string | undefined): Profile {
  if (name === undefined || name === '') return DEFAULT_PROFILE;
  if ((PROFILES as readonly string[]).includes(name)) return name as Profile;
  throw new ProfileError(`unknown profile "${name}"; use one of: ${PROFILES.join(', ')} (default ${DEFAULT_PROFILE}).`);
}

/** The builds that publish something of `classification`. */
export function buildsPublishing(classification: Classification): Profile[] {
  return PROFILES.filter((p) => isVisible(classification, p));
}

/** The builds that publish something of `shown` but withhold something of `withheld`: where a reference between them breaks. */
export function buildsWithholding(shown: Classification, withheld: Classification): Profile[] {
  return PROFILES.filter((p) => isVisible(shown, p) && !isVisible(withheld, p));
}

/** Whether a build of `profile` may publish something of `classification`. Unknown (invalid) content is never published. */
export function isVisible(classification: Classification | undefined, profile: Profile): boolean {
  return classification !== undefined && CLASSIFICATION_RANK[classification] <= profileRank(profile);
}

export interface ProfiledCorpus {
  readonly profile: Profile;
  /** Only what the profile publishes. Everything a build writes comes from this corpus. */
  readonly corpus: Corpus;
  /**
   * Ids of documents and evidence the profile withholds. Used only to render a reference from a
   * published document as a bare id marked restricted, never to list or count them.
   */
  readonly withheld: ReadonlySet<string>;
  /** Site paths of withheld documents (`/sops/x/`) and the id each belongs to, for the same purpose. */
  readonly withheldPaths: ReadonlyMap<string, string>;
  /**
   * Content files that hold something withheld: withheld documents and attachments, and evidence
   * registers with a withheld record. A commit that touched one may name it in its message.
   */
  readonly withheldFiles: ReadonlySet<string>;
}

/** The part of `corpus` a build of `profile` may publish. */
export function applyProfile(corpus: Corpus, profile: Profile): ProfiledCorpus {
  const withheld = new Set<string>();
  // Files of withheld documents, and the attachments of withheld evidence.
  const hiddenFiles = new Set<string>();
  const keep = <T extends { id: string | undefined; data: { classification: Classification } | undefined }>(item: T, file: string | undefined) => {
    if (isVisible(item.data?.classification, profile)) return true;
    if (item.id) withheld.add(item.id);
    if (file) hiddenFiles.add(file);
    return false;
  };
  const documents = corpus.documents.filter((d) => keep(d, d.file));
  const withheldPaths = new Map<string, string>();
  for (const d of corpus.documents) if (d.id && withheld.has(d.id)) withheldPaths.set(docPath(d.type, d.file), d.id);
  const evidence = corpus.evidence.filter((e) => keep(e, e.data && !/^https?:/.test(e.data.location) ? e.data.location : undefined));
  const findings = corpus.findings.filter((f) => keep(f, undefined));
  // Risk register: a risk is published only at or below its classification.
  const risks = (corpus.risks ?? []).filter((r) => keep(r, undefined));
  // Objectives register: a measurement is as classified as it says, and withheld with its objective's policy.
  const withheldObjectives = new Set(corpus.documents.flatMap((d) => (d.type === 'policy' && d.id && withheld.has(d.id) && d.data ? d.data.objectives.map((o) => o.id) : [])));
  const measurements = corpus.measurements.filter((m) => keep(m, undefined) && !(m.data && withheldObjectives.has(m.data.objective)));
  // Competence register: roles and assessments above the profile leave no trace.
  const competenceRoles = (corpus.competenceRoles ?? []).filter((r) => keep(r, undefined));
  const assessments = (corpus.assessments ?? []).filter((a) => keep(a, undefined));
  return {
    profile,
    withheld,
    withheldPaths,
    withheldFiles: new Set([...hiddenFiles, ...[...corpus.evidence, ...corpus.findings, ...(corpus.risks ?? []), ...corpus.measurements, ...(corpus.assessments ?? [])].filter((e) => e.id && withheld.has(e.id)).map((e) => e.file)]),
    corpus: { ...corpus, documents, evidence, findings, risks, measurements, competenceRoles, assessments, rules: publishedRules(corpus, documents), files: corpus.files.filter((f) => !hiddenFiles.has(f)), loadProblems: [] },
  };
}

/**
 * The rules a build publishes: those whose defining document it publishes (a rule is as classified as
 * the document that sets it). A citation of another renders as a restricted id.
 */
function publishedRules(corpus: Corpus, published: Corpus['documents']): Corpus['rules'] {
  if (!corpus.rules) return undefined;
  const ids = new Set(published.flatMap((d) => (d.id ? [d.id] : [])));
  return { ...corpus.rules, data: { rules: corpus.rules.data.rules.filter((r) => ids.has(r.defined_by)) } };
}

/** The withheld document or record a link points at, however it is written, or undefined. */
export function withheldTarget(url: string, profiled: Pick<ProfiledCorpus, 'withheld' | 'withheldPaths'>): string | undefined {
  const id = linkedId(url);
  if (id && profiled.withheld.has(id)) return id;
  const path = normalisedPath(url);
  return path === undefined ? undefined : profiled.withheldPaths.get(path);
}
