// A deterministic synthetic content tree for the benchmark: Chinese bodies, clause refs, links, evidence.
import { READ_CONCURRENCY, mapLimited } from '../src/model/load/read-files.ts';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import path from 'node:path';

const WORDS = [
  '协作', '部门', '牵头人', '联络人', '任务', '进度', '评审', '验收', '记录', '表单', '合作伙伴', '风险', '应急', '沟通',
  '会议纪要', '目标', '职责', '审批', '归档', '复盘', '改进', '指标', '数据', '资源', '预算', '质量', '交付', '客户',
  '投诉', '响应', '时限', '升级', '冲突', '协调', '共识', '签字', '确认', '变更', '影响', '评估', '发布', '培训',
];
const VERBS = ['应当', '负责', '按时', '及时', '统一', '定期', '逐项', '书面', '共同', '分级'];
const CLAUSES = ['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1', '6.2', '7.1', '7.2', '7.4', '7.5.3', '8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8', '8.9', '9.1', '9.2', '9.3', '10.1', '10.2'];
const TYPES = [
  { folder: 'policies', prefix: 'POL', share: 0.1 },
  { folder: 'sops', prefix: 'SOP', share: 0.4 },
  { folder: 'templates', prefix: 'TPL', share: 0.25 },
  { folder: 'cases', prefix: 'CASE-2026', share: 0.15 },
  { folder: 'relationships', prefix: 'REL', share: 0.1 },
] as const;

/** Small seeded PRNG (mulberry32) so every run writes the same corpus. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchCorpus {
  readonly documents: number;
  readonly evidence: number;
  readonly characters: number;
}

/** Write `count` documents and count/2 evidence records under `root/content`, reusing the real org and catalogue. */
export async function writeBenchCorpus(root: string, count: number, repoRoot: string): Promise<BenchCorpus> {
  const rnd = random(44001);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const content = path.join(root, 'content');
  for (const t of TYPES) await mkdir(path.join(content, t.folder), { recursive: true });
  await mkdir(path.join(content, 'standards'), { recursive: true });
  await mkdir(path.join(content, 'evidence'), { recursive: true });
  // The real organisation, with relationship types and, for the synthetic relationships (whose gates and
  // records are random, not true), their findings adopted as transitions: the checks still run on them.
  const org = yaml.load(await readFile(path.join(repoRoot, 'content/org.yaml'), 'utf8')) as Record<string, unknown> & { check_transitions?: { code: string }[] };
  org.relationship_types ??= [{ id: 'technology-supplier', name: '技术供应' }];
  // Its people without their letters of appointment: those records are the real register's, not the corpus's.
  org.people = ((org.people ?? []) as Record<string, unknown>[]).map(({ appointed: _, ...p }) => p);
  const transitional = ['CB802', 'CB803', 'CB804', 'CB805', 'CB806', 'CB809'].filter((code) => !(org.check_transitions ?? []).some((t) => t.code === code));
  org.check_transitions = [...(org.check_transitions ?? []), ...transitional.map((code) => ({ code, reason: '基准测试语料：合作关系的阶段记录是随机生成的。', until: '2099-12-31' }))];
  await writeFile(path.join(content, 'org.yaml'), yaml.dump(org, { lineWidth: -1 }));
  await copyFile(path.join(repoRoot, 'content/standards/gbt40144.yaml'), path.join(content, 'standards/gbt40144.yaml'));
  await writeFile(path.join(content, 'applicability.yaml'), 'exclusions: []\n');

  const ids: { id: string; type: (typeof TYPES)[number] }[] = [];
  for (const type of TYPES) {
    const n = Math.round(count * type.share);
    for (let i = 1; i <= n; i++) ids.push({ id: `${type.prefix}-${String(i).padStart(type.prefix.length > 3 ? 3 : 4, '0')}`, type });
  }
  ids.length = Math.min(ids.length, count);
  const templates = ids.filter((d) => d.type.folder === 'templates').map((d) => d.id);
  const sentence = () => {
    let s = '';
    const n = 6 + Math.floor(rnd() * 8);
    for (let i = 0; i < n; i++) s += (i % 3 === 1 ? pick(VERBS) : '') + pick(WORDS);
    return `${s}。`;
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(rnd() * 4) }, sentence).join('');
  let characters = 0;
  const writes: [string, string][] = [];
  // Documents relate to and link policies, SOPs and templates: a case review is written later (below), and citing it would be citing the future (CB209).
  const targets = ids.filter((d) => d.type.folder !== 'cases');
  for (const [index, { id, type }] of ids.entries()) {
    const clauses = [...new Set([pick(CLAUSES), pick(CLAUSES)])].map((c) => `gbt40144:${c}`);
    const target = targets[Math.floor(rnd() * targets.length)]!.id;
    // A case review is written after the records it cites, which run to October.
    const issued = type.folder === 'cases' ? '2026-11-15' : '2026-01-15';
    const lines = [
      '---', `id: ${id}`, `title: ${pick(WORDS)}${pick(WORDS)}${type.folder === 'sops' ? '程序' : '规定'}${index}`, `summary: ${sentence()}`,
      'status: approved', 'version: "1.0"', `owner: ${pick(['cmo', 'scm', 'rd', 'quality', 'cs'])}`, 'approvers: [collab-exec]',
      `effective: ${issued}`, 'review_by: 2027-01-15', `classification: ${index % 5 === 0 ? 'public' : index % 10 === 3 ? 'confidential' : 'internal'}`, `clauses: [${clauses.join(', ')}]`, `related: [${target}]`,
      'changes:', `  - { version: "1.0", date: ${issued}, summary: 首次发布。 }`,
    ];
    if (type.folder === 'sops') {
      const form = pick(templates);
      // Steps as data (issue 19): three steps with working-day limits, the form in the second.
      lines.push('roles:', '  - { role: cmo, raci: A/R, duties: 组织实施。 }', `templates: [${form}]`, 'trigger: 收到业务需求', 'steps:',
        '  - { n: 1, title: 受理, owner: cmo, limit: { value: 2, unit: working_days } }',
        `  - { n: 2, title: 评估, owner: cmo, limit: { value: 5, unit: working_days }, forms: [${form}] }`,
        '  - { n: 3, title: 批准, owner: cmo, gate: { decision: 是否实施, by: cmo } }');
    }
    if (type.folder === 'templates') lines.push('fields:', '  - { key: name, label: 名称, type: text, required: true }', '  - { key: result, label: 结论, type: select, options: [通过, 不通过] }');
    if (type.folder === 'relationships') {
      // A relationship at a random stage, with a gate for each stage behind it and two evaluations.
      const stage = 1 + Math.floor(rnd() * 8);
      const record = () => `EV-2026-${String(1 + Math.floor(rnd() * (count / 2))).padStart(4, '0')}`;
      lines.push(`partner: { name: 伙伴${index}有限公司, type: ${(org.relationship_types as { id: string }[])[0]!.id} }`, 'scope: 联合开发。', 'value: 缩短交付周期。',
        `class: ${pick(['A', 'B', 'C'])}`, 'manager: zhou-yi', 'sponsor: song-wei', `stage: ${stage}`, stage === 1 ? 'gates: []' : 'gates:',
        ...Array.from({ length: stage - 1 }, (_, i) => `  - { stage: ${i + 1}, date: 2026-0${1 + Math.min(i, 8)}-10, decision: approved, by: collab-exec, evidence: [${record()}] }`),
        ...(stage >= 5 ? [`plan: { record: ${record()}, joint: true }`, `governance: ${record()}`, `risks: { record: ${record()}, joint: true }`, `exit: { initial: ${record()}, joint: ${record()} }`] : []),
        'evaluations:', `  - { kind: selection, record: ${record()} }`, `  - { kind: performance, record: ${record()} }`);
    }
    if (type.folder === 'cases') lines.push('scenario: project', 'period: { start: 2026-02-01, end: 2026-05-30 }', 'outcome: 按期完成。', `evidence: [EV-2026-${String(1 + Math.floor(rnd() * (count / 2))).padStart(4, '0')}]`);
    lines.push('---', '');
    const body = [
      '## 目的', '', paragraph(), '', '## 程序步骤', '',
      ...Array.from({ length: 5 }, (_, i) => `${i + 1}. ${sentence()}见[相关文件](/id/${target}/)。`),
      '', '| 步骤 | 负责人 | 时限 |', '|---|---|---|', `| 启动 | 牵头人 | 2 个工作日 |`, '',
      '## 说明', '', paragraph(), '', paragraph(), '', paragraph(), '', `参见[程序步骤](#程序步骤)。${rnd() < 0.02 ? '达标线为 <kbd>≥ 90%</kbd>。' : ''}`, '',
    ].join('\n');
    characters += body.length;
    writes.push([path.join(content, type.folder, `${id.toLowerCase()}.mdx`), lines.join('\n') + body]);
  }
  // A bounded number of files open at once, as the loader reads them: 20,000 documents under `ulimit -n 1024`.
  await mapLimited(writes, READ_CONCURRENCY, ([file, text]) => writeFile(file, text));

  const evidence = Math.floor(count / 2);
  for (let file = 0; file * 500 < evidence; file++) {
    const records: string[] = ['records:'];
    for (let i = file * 500 + 1; i <= Math.min(evidence, (file + 1) * 500); i++) {
      const producer = ids[Math.floor(rnd() * ids.length)]!;
      records.push(
        `  - id: EV-2026-${String(i).padStart(4, '0')}`, `    title: ${pick(WORDS)}${pick(WORDS)}记录${i}`, '    kind: minutes',
        `    date: 2026-${String(1 + Math.floor(rnd() * 10)).padStart(2, '0')}-15`, `    clauses: [gbt40144:${pick(CLAUSES)}]`,
        `    produced_by: ${producer.type.folder === 'cases' || producer.type.folder === 'policies' || producer.type.folder === 'relationships' ? templates[0] : producer.id}`, '    owner: cmo',
        `    location: https://dms.example.com/records/${i}`,
      );
    }
    await writeFile(path.join(content, 'evidence', `register-${file}.yaml`), `${records.join('\n')}\n`);
  }
  // Process instances (issue 19): each case's run of a procedure, one record per step, step 0 the trigger.
  const sops = ids.filter((d) => d.type.folder === 'sops').map((d) => d.id);
  const cases = ids.filter((d) => d.type.folder === 'cases').map((d) => d.id);
  const runs: string[] = ['records:'];
  let run = 0;
  for (const caseId of cases) {
    const sop = pick(sops);
    for (const [step, day] of [[0, '02'], [1, '03'], [2, '06'], [3, '09']] as const) {
      run++;
      runs.push(
        `  - id: EV-2027-${String(run).padStart(4, '0')}`, `    title: 第${run}号执行记录`, '    kind: signed-form', `    date: 2026-02-${day}`,
        `    clauses: [gbt40144:${pick(CLAUSES)}]`, `    produced_by: ${sop}`, '    owner: cmo', `    location: https://dms.example.com/runs/${run}`,
        `    instance: ${caseId}`, `    step: "${sop}#${step}"`, ...(step === 3 ? ['    decided_by: cmo'] : []),
      );
    }
  }
  if (run) await writeFile(path.join(content, 'evidence', 'runs.yaml'), `${runs.join('\n')}\n`);
  return { documents: ids.length, evidence: evidence + run, characters };
}
