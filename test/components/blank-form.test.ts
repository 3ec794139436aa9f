// BlankForm.astro: every field type renders as printed text a reader can fill in with a pen.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import yaml from 'js-yaml';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import BlankForm from '../../src/components/BlankForm.astro';
import { t } from '../../src/i18n/index.ts';
import { ruleValue } from '../../src/i18n/format.ts';
import { RulesSchema, TemplateSchema } from '../../src/schema/index.ts';
import type { Template } from '../../src/schema/index.ts';

const every = TemplateSchema.parse({
  id: 'TPL-099',
  title: '全字段测试表',
  summary: '每种字段各一个。',
  status: 'approved',
  version: '2.3',
  owner: 'scm',
  form_no: '模板99',
  fields: [
    { key: 'name', label: '伙伴名称', type: 'text', required: true, help: '写营业执照上的全称。' },
    { key: 'notes', label: '情况说明', type: 'textarea' },
    { key: 'met_on', label: '会谈日期', type: 'date' },
    { key: 'amount', label: '合同金额（万元）', type: 'number' },
    { key: 'kind', label: '伙伴类型', type: 'select', options: ['技术供应商', '渠道商'] },
    { key: 'areas', label: '合作领域', type: 'multiselect', options: ['研发', '销售'] },
    { key: 'nda', label: '已签保密协议', type: 'checkbox' },
    { key: 'fit', label: '行业匹配度', type: 'score' },
    { key: 'signed', label: '评估人签字', type: 'signature' },
    { key: 'actions', label: '整改事项', type: 'table', columns: ['事项', '责任人', '期限'] },
  ],
});

/** The user-visible text of some HTML: tags dropped, ASCII whitespace collapsed (the ideographic space stays). */
function textOf(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' ').trim();
}

let container: AstroContainer;
const render = (data: Template) => container.renderToString(BlankForm, { props: { data } });
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('a form with every field type', () => {
  let html: string;
  let text: string;
  beforeAll(async () => {
    html = await render(every);
    text = textOf(html);
  });

  test('should head the sheet with form number, title, id and version', () => {
    expect(html).toMatch(/<section[^>]*class="blank-form/);
    expect(text).toContain('模板99 全字段测试表');
    expect(text).toContain(t('form.meta', { id: 'TPL-099', version: '2.3' }));
    expect(text).toContain(`${t('form.recordNo')} ${t('form.filledOn')} ${t('form.date.blank')}`);
  });

  test('should print every label', () => {
    for (const field of every.fields) expect(text).toContain(field.label);
  });

  test('should mark required fields with * and explain it in a legend', () => {
    expect(text).toContain(`伙伴名称 * ${t('form.required')}`);
    expect(text).not.toContain(`情况说明 *`);
    expect(text).toContain(t('form.legend'));
  });

  test('should print help under its field', () => {
    expect(html).toMatch(/<p class="help"[^>]*>写营业执照上的全称。<\/p>/);
  });

  test('should print each option and the checkbox with a ☐ box', () => {
    for (const option of ['技术供应商', '渠道商', '研发', '销售']) expect(text).toContain(`☐ ${option}`);
    expect(text).toContain('☐ 已签保密协议');
    expect(text).toContain(t('form.select.hint'));
    expect(text).toContain(t('form.multiselect.hint'));
  });

  test('should print date, score and signature blanks', () => {
    expect(text).toContain(`会谈日期 ${t('form.date.blank')}`);
    expect(text).toContain('① ② ③ ④ ⑤');
    expect(text).toContain(`评估人签字 ${t('form.signature.blank')}`);
  });

  test('should print a table with column headers and five blank rows by default', () => {
    for (const column of ['事项', '责任人', '期限']) expect(html).toMatch(new RegExp(`<th scope="col"[^>]*>${column}</th>`));
    expect(html.match(/<tbody[\s\S]*?<\/tbody>/)?.[0].match(/<tr/g)).toHaveLength(5);
  });

  test('should render no script and no input', () => {
    expect(html).not.toMatch(/<script|<input|<button|\son\w+=/i);
  });
});

test('the partner scoring sheet should print all its labels and its rows', async () => {
  const source = await readFile('content/templates/partner-scoring-sheet.mdx', 'utf8');
  const frontmatter = source.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
  const data = TemplateSchema.parse(yaml.load(frontmatter));
  // Its labels cite the weights in the rules register: the form prints the values.
  const rules = new Map(RulesSchema.parse(yaml.load(await readFile('content/rules.yaml', 'utf8'))).rules.map((r) => [r.id, r]));
  const html = await container.renderToString(BlankForm, { props: { data, rules } });
  // textOf puts a space where a tag ends; a cited value is a link inside the label.
  const text = textOf(html).replace(/ (?=）)/g, '');
  expect(data.fields.length).toBeGreaterThan(10);
  const printed = (label: string) => label.replace(/:rule\[([^\]]+)\]/g, (_, id: string) => ruleValue(rules.get(id)!));
  for (const field of data.fields) expect(text).toContain(printed(field.label));
  expect(text).toContain('行业匹配度（权重 20%）');
  expect(text).not.toContain(':rule[');
  expect(text).toContain('☐ 技术供应商');
  expect(html.match(/<tbody[\s\S]*?<\/tbody>/)?.[0].match(/<tr/g)).toHaveLength(7);
});

test('should take grades and weights from rules, and print cited values in labels and hints', async () => {
  const rules = new Map(RulesSchema.parse({
    rules: [
      { id: 'partner.grade', label: '伙伴评级', type: 'vocabulary', defined_by: 'SOP-007', grades: [{ term: 'A', meaning: '优秀' }, { term: 'B', meaning: '良好' }, { term: 'C', meaning: '待改进' }] },
      { id: 'partner.weight.fit', label: '行业匹配度权重', type: 'percentage', value: 30, defined_by: 'TPL-006' },
      { id: 'partner.contract.ceo_approval', label: '总经理审批金额', type: 'amount', value: 200, unit: '万元', comparator: '>=', defined_by: 'POL-003' },
    ],
  }).rules.map((r) => [r.id, r]));
  const data = TemplateSchema.parse({
    id: 'TPL-098', title: '评级表', summary: '测试。', status: 'approved', version: '1.0', owner: 'scm',
    fields: [
      { key: 'grade', label: '评级', type: 'select', rule: 'partner.grade' },
      { key: 'fit', label: '行业匹配度', type: 'score', rule: 'partner.weight.fit' },
      { key: 'amount', label: '合同金额', type: 'number', help: '金额 :rule[partner.contract.ceo_approval] 的报总经理审批。' },
      { key: 'route', label: '审批路径', type: 'select', options: ['总经理审批（:rule[partner.contract.ceo_approval]）', '部门审批'] },
    ],
  });
  const html = await container.renderToString(BlankForm, { props: { data, rules } });
  // textOf puts a space where a tag ends; a cited value is a link inside the label.
  const text = textOf(html).replace(/ (?=）)/g, '');
  // A vocabulary's grades print with their meaning, so the sheet needs no table of bands beside it.
  expect(text).toContain('☐ A 优秀 ☐ B 良好 ☐ C 待改进');
  expect(text).toContain('行业匹配度 （30%）');
  expect(html).toContain('金额 <a class="rule-ref" href="/id/POL-003/" title="总经理审批金额">≥ 200 万元</a> 的报总经理审批。');
  // An option may cite a rule: it prints the value, linked to the defining document.
  expect(text.replace(/（ /g, '（')).toContain('☐ 总经理审批（≥ 200 万元）');
  expect(html).not.toContain(':rule[');
});
