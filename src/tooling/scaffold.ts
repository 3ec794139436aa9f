// Scaffolds for new content (`npm run new`): the next free id, a file name from a title, and the text of a
// new document or evidence file in which every schema field is introduced by its `.describe()` text.
import { pinyin } from 'pinyin-pro';
import type { z } from 'zod';
import { DOC_TYPES, EvidenceSchema } from '../schema/index.ts';
import type { Classification, DocType } from '../schema/index.ts';
import { defOf, describeFields, isDateSchema, unwrapSchema } from '../schema/introspect.ts';
import type { FieldInfo } from '../schema/introspect.ts';
import { modelineFor } from './json-schemas.ts';

/** A value that the editor must replace: written as it is, with a `# TODO` comment next to it. */
export class Todo {
  readonly value: Value;
  readonly note: string;
  constructor(value: Value, note: string) {
    this.value = value;
    this.note = note;
  }
}
export type Scalar = string | number | boolean;
export type Value = Scalar | Todo | readonly Value[] | { readonly [field: string]: Value };
export type Values = { readonly [field: string]: Value };

export const todo = (value: Value, note: string): Todo => new Todo(value, note);

// ---------- ids ----------

/**
 * The next id after the highest one that starts with `prefix` and continues with digits only
 * (gaps are never filled: ids are not reused). Zero-padded to the widest existing number, at least 3.
 */
export function nextId(existing: Iterable<string>, prefix: string): string {
  let highest = 0;
  let width = 3;
  for (const id of existing) {
    if (!id.startsWith(prefix)) continue;
    const digits = id.slice(prefix.length);
    if (!/^\d+$/.test(digits)) continue;
    highest = Math.max(highest, Number(digits));
    width = Math.max(width, digits.length);
  }
  return `${prefix}${String(highest + 1).padStart(width, '0')}`;
}

/** Id prefix of a document type as of `date`: `SOP-`, or `CASE-2026-` for cases. */
export function idPrefix(type: DocType, date: string): string {
  return type === 'case' ? `${DOC_TYPES.case.prefix}-${date.slice(0, 4)}-` : `${DOC_TYPES[type].prefix}-`;
}

/** Id prefix of evidence records made on `date`: `EV-2026-`. */
export const evidencePrefix = (date: string): string => `EV-${date.slice(0, 4)}-`;

// ---------- file names ----------

/** Whether a file name (without extension) is lower-case letters, digits and single hyphens, with a letter. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && /[a-z]/.test(slug);
}

/**
 * A file name from a title: Chinese as toneless pinyin (ü as v), Latin letters and digits kept, every
 * other character a word break; words joined by hyphens, lower case. `供应商退出评审` → `gong-ying-shang-tui-chu-ping-shen`.
 */
export function slugFromTitle(title: string): string {
  const syllables = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean)
    .join('-');
}

/** The file name for a new item: the title's slug, prefixed with the type when it has no letter; undefined when empty. */
export function fileSlug(title: string, type: string): string | undefined {
  const slug = slugFromTitle(title);
  if (!slug) return undefined;
  return /[a-z]/.test(slug) ? slug : `${type}-${slug}`;
}

// ---------- schema walking ----------

/** The object schema of a list's entries, or undefined when the field is not a list of objects. */
function entrySchema(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(schema);
  if (def.type !== 'array' || !def.element) return undefined;
  const element = unwrapSchema(def.element);
  return defOf(element).type === 'object' ? element : undefined;
}

const isObjectSchema = (schema: z.ZodType) => defOf(schema).type === 'object';

/** What a commented-out optional field shows as its value: the shape of what to write. */
function exampleOf(schema: z.ZodType): string {
  const def = defOf(schema);
  if (isDateSchema(schema)) return 'YYYY-MM-DD';
  switch (def.type) {
    case 'enum':
      return Object.values(def.entries ?? {}).join(' | ');
    case 'array':
      return '[]';
    case 'number':
      return '1';
    case 'boolean':
      return 'false';
    default:
      return '…';
  }
}

// ---------- YAML writing ----------

/** A YAML scalar: dates and plain words as they are, anything YAML could misread in double quotes. */
export function yamlScalar(value: Scalar): string {
  if (typeof value !== 'string') return String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const risky =
    value === '' ||
    value !== value.trim() ||
    /^[-?:,[\]{}#&*!|>'"%@`0-9+.]/.test(value) ||
    /[,[\]{}#"\n\t\\]|: |:$/.test(value) ||
    /^(?:true|false|yes|no|on|off|y|n|null|~)$/i.test(value);
  return risky ? JSON.stringify(value) : value;
}

const isTodo = (value: Value | undefined): value is Todo => value instanceof Todo;
const isList = (value: Value | undefined): value is readonly Value[] => Array.isArray(value);

/** `[a, b]` for a list of scalars. */
function flowList(values: readonly Value[]): string {
  return `[${values.map((v) => yamlScalar(v as Scalar)).join(', ')}]`;
}

/** The comment lines that say what each field of a list's entries means (for an empty list). */
function entryHelp(schema: z.ZodType, pad: string): string[] {
  return [
    `${pad}# Each entry:`,
    ...describeFields(schema).map((f) => `${pad}#   ${f.name}${f.required ? '' : ' (optional)'}: ${f.description}`),
  ];
}

/**
 * The lines of a YAML mapping for `schema` at `indent`: each field preceded by its description as a
 * comment; optional fields without a value commented out; lists of objects as block entries.
 */
export function renderMapping(schema: z.ZodType, values: Values, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const field of describeFields(schema)) {
    if (field.description) lines.push(...field.description.split('\n').map((line) => `${pad}# ${line}`));
    lines.push(...renderField(field, values[field.name], pad, indent));
  }
  return lines;
}

function renderField(field: FieldInfo, given: Value | undefined, pad: string, indent: number): string[] {
  const entries = entrySchema(field.schema);
  if (given === undefined) {
    // A list with a default is written empty, so the editor sees where entries go.
    if (field.hasDefault && entries) return [...entryHelp(entries, pad), `${pad}${field.name}: []`];
    if (field.hasDefault && defOf(field.schema).type === 'array') return [`${pad}${field.name}: []`];
    if (!field.required) return [`${pad}# ${field.name}: ${exampleOf(field.schema)}`];
    return [`${pad}${field.name}: TODO # TODO: required, no scaffold value`];
  }
  const note = isTodo(given) ? given.note : undefined;
  const value = isTodo(given) ? given.value : given;
  const comment = note ? ` # TODO: ${note}` : '';
  if (isList(value) && entries && value.length > 0) {
    const lines = [`${pad}${field.name}:`];
    if (note) lines.push(`${pad}  # TODO: ${note}`);
    for (const entry of value) {
      const [first, ...rest] = renderMapping(entries, entry as Values, indent + 4);
      lines.push(`${pad}  - ${first!.trimStart()}`, ...rest);
    }
    return lines;
  }
  if (isList(value)) return [...(entries ? entryHelp(entries, pad) : []), `${pad}${field.name}: ${flowList(value)}${comment}`];
  if (typeof value === 'object' && isObjectSchema(field.schema)) {
    return [`${pad}${field.name}:${comment}`, ...renderMapping(field.schema, value as Values, indent + 2)];
  }
  return [`${pad}${field.name}: ${yamlScalar(value as Scalar)}${comment}`];
}

// ---------- documents ----------

/** What the editor and the command know about a new document. */
export interface DocumentScaffold {
  readonly type: DocType;
  readonly id: string;
  readonly title: string;
  /** Department id from content/org.yaml. */
  readonly owner: string;
  readonly classification: Classification;
  readonly clauses: readonly string[];
  /** Today, `YYYY-MM-DD`. */
  readonly date: string;
}

/** Body sections of each type, as the existing documents have them, each with what to write there. */
export const BODY_SECTIONS: Record<DocType, readonly (readonly [heading: string, hint: string])[]> = {
  policy: [
    ['目的', '说明本制度要解决的问题、要达到的目标，以及它落实的标准条款。'],
    ['适用范围', '说明适用的部门、协作关系和活动，以及不适用的情形。'],
    ['职责', '列出各相关部门和角色的职责。'],
    ['要求', '逐条写出组织承诺遵守的规则。'],
    ['记录', '列出执行本制度产生的记录、保管部门和保存期限。'],
    ['相关文件', '列出相关的制度、程序和表单，链接写成 /id/编号/ 的形式。'],
  ],
  sop: [
    ['目的', '说明本程序要解决的问题和目标，以及它落实的标准条款。'],
    ['适用范围', '说明适用的协作事项、部门和场所，以及不适用的情形。'],
    ['职责', '角色与 RACI 写在 roles 字段中；这里补充需要说明的分工。'],
    ['触发条件', '说明什么情况下启动本程序。'],
    ['程序步骤', '按顺序写出每一步：谁、在什么时限内、做什么、产生什么记录。'],
    ['使用的表单', '列出本程序使用的表单（templates 字段中的编号）及用途。'],
    ['产生的记录', '列出产生的记录、保管部门、存放位置和保存期限。'],
    ['衡量指标', '说明如何衡量本程序的执行效果。'],
    ['相关文件', '列出相关的制度、程序和表单，链接写成 /id/编号/ 的形式。'],
  ],
  template: [
    ['谁来填、什么时候填', '说明由谁、在哪个程序的哪一步填写本表。'],
    ['签字与审批', '说明谁签字、谁审批，以及审批时限。'],
    ['记录去向与保存', '说明填好的表交给谁、存放在哪里、保存多久。'],
    ['常见错误', '列出填写时常见的错误和正确做法。'],
    ['相关文件', '列出使用本表的程序和相关制度，链接写成 /id/编号/ 的形式。'],
  ],
  case: [
    ['背景', '说明协作发起的原因、参与方和当时的情况。'],
    ['协作目标', '写出启动时约定的目标和衡量方式。'],
    ['分工', '说明各部门和合作伙伴承担的工作。'],
    ['过程回顾', '按时间顺序回顾关键节点、遇到的问题和处理方式。'],
    ['关键数据', '用协作前、目标、协作后的数据说明结果（与 metrics 字段一致）。'],
    ['经验与教训', '总结可以推广的做法和需要改进的地方。'],
    ['相关文件和记录', '列出引用的程序、表单和证据记录，证据链接写成 /evidence/编号/ 的形式。'],
  ],
  relationship: [
    ['合作概况', '说明与谁合作、合作内容、为什么值得合作（与 scope、value 字段一致）。'],
    ['关系管理计划摘要', '概括关系管理计划（附录 B）的要点：目标、沟通安排、职责分工、绩效指标。'],
    ['阶段进展', '按生命周期阶段说明已完成的工作和阶段决定（与 gates 字段一致）。'],
    ['风险与退出', '说明联合风险登记和退出策略的要点（与 risks、exit 字段一致）。'],
    ['下一步', '写出下一次评价、复审或阶段决定的安排。'],
  ],
};

/** The values a new document starts with, per field; fields not listed fall back to their schema. */
export function documentValues(input: DocumentScaffold): Values {
  const common: Values = {
    id: input.id,
    title: input.title,
    summary: todo('待填写：用一句话说明本文件的用途。', 'one sentence on what the document is for'),
    status: 'draft',
    version: '0.1',
    owner: input.owner,
    classification: input.classification,
    clauses: input.clauses.length ? input.clauses : todo([], 'add the clauses this document implements, e.g. gbt40144:8.5'),
  };
  switch (input.type) {
    case 'policy':
      return common;
    case 'sop':
      return {
        ...common,
        roles: todo(
          [{ role: input.owner, raci: 'A/R', duties: '待填写：该角色在本程序中做什么。' }],
          'replace this example entry; add one entry per role or department taking part',
        ),
      };
    case 'template':
      return {
        ...common,
        fields: todo(
          [{ key: 'field_1', label: '待填写：字段名称', type: 'text', required: false }],
          'replace this example field; add the fields of the form in printed order',
        ),
      };
    case 'case':
      return {
        ...common,
        scenario: todo('project', 'pick the scenario that fits'),
        period: { start: todo(input.date, 'the day the collaboration started') },
        outcome: todo('待填写：用一句话说明取得了什么结果。', 'one sentence on what was achieved'),
      };
    case 'relationship':
      return {
        ...common,
        partner: { name: todo('待填写：合作伙伴全称', 'the partner\'s legal name'), type: todo('technology-supplier', 'a relationship type id from content/org.yaml relationship_types') },
        scope: todo('待填写：双方合作做什么。', 'one sentence on what the parties do together'),
        value: todo('待填写：这项合作为什么值得做。', 'one sentence on the value of the relationship'),
        class: todo('C', 'A, B or C as the relationship policy grades it'),
        manager: todo('relationship-manager', 'the person id of the relationship manager'),
        sponsor: todo('senior-sponsor', 'the person id of the senior sponsor'),
        stage: todo(1, 'the lifecycle stage the relationship is in now, 1-8'),
      };
  }
}

/** The text of a new document: described frontmatter, then the type's sections each with a TODO line. */
export function renderDocument(input: DocumentScaffold): string {
  const frontmatter = renderMapping(DOC_TYPES[input.type].schema, documentValues(input));
  const body = BODY_SECTIONS[input.type].flatMap(([heading, hint]) => [`## ${heading}`, '', `TODO：${hint}`, '']);
  return ['---', ...frontmatter, '---', '', ...body].join('\n');
}

// ---------- evidence ----------

/** What the editor and the command know about a new evidence record. */
export interface EvidenceScaffold {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly date: string;
  readonly clauses: readonly string[];
  /** Id of the policy, SOP or template that produced the record. */
  readonly producedBy: string;
  /** Department id that keeps the record. */
  readonly owner: string;
  readonly location: string;
  /** Left out (commented) when the record should take the classification of what produced it. */
  readonly classification?: Classification | undefined;
}

/** The values of a new evidence record, per field. */
export function evidenceValues(input: EvidenceScaffold): Values {
  return {
    id: input.id,
    title: input.title,
    kind: input.kind,
    date: todo(input.date, 'the date the record was made or signed'),
    clauses: [...input.clauses],
    produced_by: input.producedBy,
    owner: input.owner,
    location: input.location,
    ...(input.classification ? { classification: input.classification } : {}),
  };
}

/** The text of a new evidence file `<contentDir>/evidence/<slug>.yaml` holding one record. */
export function renderEvidenceFile(input: EvidenceScaffold, file: string, contentDir = 'content'): string {
  const [first, ...rest] = renderMapping(EvidenceSchema, evidenceValues(input), 4);
  return [
    ...[modelineFor(file, contentDir)].filter((line) => line !== undefined),
    `# Evidence register: ${input.title}. Each record is validated on its own; add further records below.`,
    'records:',
    `  - ${first!.trimStart()}`,
    ...rest,
    '',
  ].join('\n');
}
