// The schema fields' descriptions in Chinese, for the editors' guide, CONTRIBUTING.md and the JSON Schemas
// of the YAML files. The English text is the `.describe()` in src/schema/ itself; a key names where that
// `.describe()` is written (describedSchemas in src/schema/introspect.ts): a shared type by its export name
// (`DateSchema`), a field by its schema and path (`OrgSchema.repository.url`). A field without its own
// `.describe()` shows its type's text. test/unit/field-text.test.ts fails when a described field has no
// entry here or an entry names none. Backticks mark `code`: the guide shows it as code, the JSON Schemas
// as plain text.
export const fieldsZhCN: Readonly<Record<string, string>> = {
  // ---------- shared types (src/schema/common.ts, document.ts, sop.ts)
  DateSchema: '日期，写成 `YYYY-MM-DD`，例如 `2026-03-01`。',
  ClauseRefSchema: '条款引用，写成“标准代号:条款号”，例如 `gbt40144:8.5`。',
  ClassificationSchema: '密级，决定谁可以阅读：`public`（公开）、`internal`（内部）或 `confidential`（机密）。',
  SlugIdSchema: '简短的英文代号：只用小写字母、数字和短横线，以字母开头。',
  VersionSchema: '文件版本号，格式为“主版本.次版本”，必须加引号，例如 `"1.2"`（不加引号时 YAML 会把 1.0 读成数字）。',
  DocumentStatusSchema:
    '文件状态，依次为 `draft`（草稿）→ `in-review`（评审中）→ `approved`（已批准）→ `superseded`（已替代）或 `retired`（已废止）。只有已批准并已生效的制度和程序才计入条款覆盖。',
  RaciSchema: 'RACI 字母：R 执行，A 负总责，C 咨询，I 知会；同一角色兼有两种时用斜线连接，例如 `A/R`。',

  // ---------- every document (制度、程序、表单模板、案例复盘)
  'DocumentCoreSchema.id': '文件编号，以类型前缀开头，例如 `SOP-004`。编号一经使用，不得更改，也不得给别的文件再用。',
  'DocumentCoreSchema.title': '文件的中文标题，用员工平时的叫法，例如 `合作伙伴协作管理制度`。',
  'DocumentCoreSchema.summary': '用一句话说明这份文件是做什么的；显示在文件列表、搜索结果和页面简介中。',
  'DocumentCoreSchema.owner': '归口部门：负责编写和维护本文件的部门，填 `content/org.yaml` 中的部门代号。',
  'DocumentCoreSchema.approvers': '批准本文件的角色或部门，填 `content/org.yaml` 中的代号。',
  'DocumentCoreSchema.effective': '已批准版本开始执行的日期，写成 `YYYY-MM-DD`。',
  'DocumentCoreSchema.review_by': '本文件最迟必须再次复审的日期，应晚于 `effective`。',
  'DocumentCoreSchema.clauses': '本文件落实的标准条款，例如 `gbt40144:8.5`。',
  'DocumentCoreSchema.departments': '除归口部门外，本文件适用或涉及的其他部门（填部门代号），用于按部门筛选。',
  'DocumentCoreSchema.related': '相关文件的编号，例如 `POL-002`。',
  'DocumentCoreSchema.supersedes': '本文件取代的旧文件编号；被取代的文件状态必须改为 `superseded`。',
  'DocumentCoreSchema.keywords': '员工可能用来搜索的其他词语，例如同义词、旧称和缩写。',
  'DocumentCoreSchema.changes': '修订记录，按时间先后排列，最新的一条写在最后。',
  'ChangeSchema.version': '这次修订形成的版本号，例如 `"1.1"`。',
  'ChangeSchema.date': '这次修订获批的日期，写成 `YYYY-MM-DD`。',
  'ChangeSchema.summary': '用一句话说明改了什么、为什么改。',
  'ChangeSchema.approvers': '批准这次修订的角色或部门代号（升主版本时必须填写）。',

  // ---------- procedures (程序)
  'SopSchema.roles': '参与本程序的角色，每个角色写明 RACI 字母和职责。',
  'SopSchema.inputs': '程序的输入：从哪些申请、数据或决定开始。',
  'SopSchema.outputs': '程序产生的记录和结果。',
  'SopSchema.templates': '本程序使用的表单模板编号，例如 `TPL-001`。',
  'SopRoleSchema.role': '角色或部门代号，见 `content/org.yaml`。',
  'SopRoleSchema.duties': '用一句话说明该角色在本程序中做什么。',

  // ---------- form templates (表单模板)
  'TemplateSchema.form_no': '印在表单上的表单号，例如 `模板1`。',
  'TemplateSchema.fields': '表单的各个字段，按印刷顺序排列。',
  'TemplateSchema.records_classification':
    '用本表单填写形成的记录的密级：`public`、`internal` 或 `confidential`；不写时与表单模板本身的密级相同。',
  'FormFieldSchema.key': '字段的机器名，写成 snake_case（小写字母、数字和下划线，以字母开头），同一表单内不得重复。',
  'FormFieldSchema.label': '印在表单上的字段名称，用中文。',
  'FormFieldSchema.type':
    '填写方式：`text`（单行文字）、`textarea`（多行文字）、`date`（日期）、`number`（数字）、`select`（单选）、`multiselect`（多选）、`checkbox`（勾选框）、`score`（1–5 分评分）、`signature`（签字）、`table`（表格）。',
  'FormFieldSchema.required': '是否必填：这一项没填，表单就不算填写完整。',
  'FormFieldSchema.options': '`select` 和 `multiselect` 字段的选项。',
  'FormFieldSchema.columns': '`table` 字段的列标题。',
  'FormFieldSchema.rows': '`table` 字段要打印的空白行数。',
  'FormFieldSchema.help': '印在字段下方的填写说明。',

  // ---------- case reviews (案例复盘)
  'CaseSchema.scenario':
    '场景类型：`project`（项目协作）、`process-optimisation`（流程优化）、`problem-solving`（问题解决）或 `resource-coordination`（资源协调）。',
  'CaseSchema.period': '协作的起止日期：`start` 为开始日期，协作结束后再填写 `end`。',
  'CaseSchema.partners': '参与协作的外部合作伙伴名称。',
  'CaseSchema.metrics': '关键指标，每项写明指标名称、协作前数值、目标值和协作后数值。',
  'CaseSchema.outcome': '用一句话说明取得了什么成果。',
  'CaseSchema.lessons': '经验教训，每条一句话。',
  'CaseSchema.evidence': '本复盘引用的证据记录编号，例如 `EV-2026-014`。',
  'MetricSchema.name': '指标名称，例如 `平均响应时间`。',
  'MetricSchema.unit': '单位，例如 `小时` 或 `%`。',
  'MetricSchema.before': '协作开始前的数值。',
  'MetricSchema.target': '启动时商定的目标值。',
  'MetricSchema.after': '协作收尾时实测的数值。',

  // ---------- evidence register (证据登记)
  'EvidenceSchema.id': '证据编号，格式为 `EV-YYYY-NNN`（年份加序号）。编号不得复用。',
  'EvidenceSchema.title': '记录的中文名称，例如 `2026年第一次管理评审会议纪要`。',
  'EvidenceSchema.kind':
    '记录类别：`minutes`（会议纪要）、`signed-form`（签字表单）、`report`（报告）、`audit-report`（审核报告）、`management-review`（管理评审记录）、`training-record`（培训记录）、`survey`（调查）、`assessment`（评估）、`register`（登记表）、`plan`（计划）、`agreement`（协议）或 `log`（日志）。',
  'EvidenceSchema.date': '记录形成或签署的日期，写成 `YYYY-MM-DD`。',
  'EvidenceSchema.clauses': '这条记录证明已经满足的条款。',
  'EvidenceSchema.produced_by': '产生这条记录的程序或表单模板的编号，例如 `SOP-003`。',
  'EvidenceSchema.owner': '保管这条记录的部门代号。',
  'EvidenceSchema.location': '记录存放在哪里：仓库中 `content/evidence/files/` 下的路径，或以 `https://` 开头的网址。',
  'EvidenceSchema.classification':
    '密级，决定谁可以阅读：`public`、`internal` 或 `confidential`。不写时，沿用产生它的表单模板或程序为记录规定的密级（`records_classification`），没有规定的沿用该模板或程序本身的密级。',
  'EvidenceSchema.summary': '用一句话说明这条记录反映了什么。',
  'EvidenceRegisterSchema.records': '证据记录，每份有日期的记录登记一条。',
  'EvidenceFileSchema.records': '证据记录；每条单独校验。',

  // ---------- content/org.yaml
  'OrgSchema.name': '组织全称。',
  'OrgSchema.short_name': '组织简称，显示在页眉中。',
  'OrgSchema.scope': '协作业务关系管理体系的范围声明（标准第 4.3 条）。',
  'OrgSchema.standard': '本手册落实的标准，填条款目录中的 `key`，例如 `gbt40144`。',
  'OrgSchema.repository.url': '文件仓库的网址，例如 `https://github.com/org/handbook`。',
  'OrgSchema.repository.branch': '页面上“在仓库中编辑此页”链接指向的分支。',
  'OrgSchema.coverage.freshness_months': '证据有效期（月）：超过这么多个月的证据不再能证明条款已满足。',
  'OrgSchema.document_control': '本组织成文信息控制程序规定的版本规则，以数据形式交给检查执行。',
  'OrgSchema.document_control.major_changes': '哪些变更必须升主版本（重新批准）：`rule_value`（本文件规定的规则数值）、`roles`（职责分工）、`steps`（增删步骤）、`time_limits`（正文中的时限）。',
  'OrgSchema.check_transitions': '在现有手册上启用新检查时的过渡安排：在截止日期前，这些检查发现的问题按警告报告，并注明原因。',
  'OrgSchema.check_transitions[].code': '检查代码，例如 `CB209`；只能列出判断手册历史与一致性的检查。',
  'OrgSchema.check_transitions[].reason': '手册暂时不能满足该检查的原因，以及由谁整改。',
  'OrgSchema.check_transitions[].until': '按警告报告的最后一天；过了这一天，错误恢复。',
  'OrgSchema.coverage.due_soon_days': '提前提醒的天数：证据离过期不到这么多天时，标为“即将过期”。',
  'OrgSchema.departments': '部门列表；部门代号用作文件的归口部门。',
  'OrgSchema.roles': '角色列表；角色代号用于批准人和程序的 RACI 表。',
  'OrgSchema.people': '人员及其担任的角色。',
  'DepartmentSchema.id': '部门代号，在 `owner` 和 `departments` 中引用，例如 `cmo`。',
  'DepartmentSchema.name': '部门的中文名称。',
  'DepartmentSchema.head': '部门负责人的人员代号。',
  'DepartmentSchema.reviewers': '评审本部门文件的仓库账号，例如 `@li-wei`。',
  'RoleSchema.id': '角色代号，在 `approvers` 和程序的 `roles` 中引用，例如 `ceo`。',
  'RoleSchema.name': '角色的中文名称。',
  'RoleSchema.description': '该角色对哪些事负责。',
  'PersonSchema.id': '人员代号，一般用姓名拼音，例如 `zhang-min`。',
  'PersonSchema.name': '显示和打印时使用的姓名。',
  'PersonSchema.department': '所在部门的代号。',
  'PersonSchema.roles': '此人担任的角色代号。',

  // ---------- content/standards/*.yaml
  'StandardSchema.key': '标准代号，用在条款引用中，例如 `gbt40144`。',
  'StandardSchema.title': '标准全称，例如 `GB/T 40144-2021 协作业务关系管理体系 要求及使用指南`。',
  'StandardSchema.equivalent': '等同采用的国际标准，例如 `ISO 44001:2017`。',
  'StandardSchema.clauses': '全部条款，上级条款写在下级条款之前。',
  'ClauseSchema.id': '条款号，例如 `8.5`；附录写字母。',
  'ClauseSchema.title_zh': '条款的中文标题。',
  'ClauseSchema.title_en': '条款的英文标题。',
  'ClauseSchema.kind':
    '条款类型：`requirement` 是要求条款，可以审核；`heading` 是章节，覆盖情况由下级条款汇总；`informative` 是资料性条款，不含要求。',
  'ClauseSchema.parent': '上级条款的条款号；没有上级时写 `null`。',
  'ClauseSchema.stage': '第 8.2～8.9 条对应的协作生命周期阶段（1～8）；其他条款为 `null`。',
  'ClauseSchema.confidence': '条款目录对这一条的把握程度：`high`（高）、`medium`（中）或 `low`（低）。',
  'ClauseSchema.notes': '编辑备注。',
  'ClauseSchema.audit': '审核员在本条款下查看的内容（用中文写）：能表明本条款已满足的记录和做法。',

  // ---------- content/applicability.yaml
  'ApplicabilitySchema.exclusions': '删减（不适用）的条款。',
  'ExclusionSchema.clause': '删减的要求条款，例如 `gbt40144:8.9`。',
  'ExclusionSchema.justification': '该条款不适用的理由；审核员会阅读这段说明。',
  'ExclusionSchema.approved_by': '批准删减的角色代号。',
  'ExclusionSchema.date': '删减获批的日期。',

  // ---------- content/glossary.yaml
  'GlossarySchema.terms': '术语条目，站点按这里的顺序列出。',
  'GlossaryTermSchema.term': '中文术语，例如 `关系管理计划`。',
  'GlossaryTermSchema.en': 'ISO 44001 中对应的英文术语，例如 `relationship management plan`。',
  'GlossaryTermSchema.definition': '该术语在本组织中的含义，一两句话。',
  'GlossaryTermSchema.related': '与该术语密切相关的文件编号，例如 `SOP-002`。',
  // ---------- rules (content/rules.yaml) and form fields that take a rule
  'FormFieldSchema.rule': '本字段取用的规则编号（`content/rules.yaml`），例如 `partner.grade`：权重、目标值或评级从规则读取；`select` 字段引用评级类规则时，选项就是该规则的各个等级。',
  RuleTypeSchema: '数值的种类：`amount`（金额）、`duration`（时限）、`percentage`（百分比）、`score`（分值）、`count`（数量）或 `vocabulary`（按顺序排列的等级）。',
  RuleIdSchema: '规则编号：用点分隔的小写英文词，例如 `partner.contract.ceo_approval`。已被文件引用的编号不得更改。',
  ComparatorSchema: '数值的界限方式：`>=` 不低于，`>` 超过，`<=` 不超过，`<` 低于，`=` 等于。',
  AmountUnitSchema: '金额单位：`元`、`万元` 或 `亿元`。',
  DurationUnitSchema: '时间单位：`minutes`（分钟）、`hours`（小时）、`days`（天）、`working_days`（工作日）、`weeks`（周）或 `months`（月）。',
  RuleNumberSchema: '数值，例如 `200`。',
  RulePercentSchema: '百分数，0 到 100，例如 `90` 表示 90%。',
  RuleCountSchema: '整数，例如 `3`。',
  'RuleGradeSchema.term': '等级的写法，例如 `A`。',
  'RuleGradeSchema.meaning': '这一等级的含义和后续处理，例如 `优秀，续约并扩大合作`。',
  RuleGradesSchema: '各个等级，按从好到差的顺序列出。',
  'RuleCoreSchema.label': '这个数值是什么，用中文写清楚，例如 `须经总经理审批的合作合同金额`。',
  'RuleCoreSchema.defined_by': '规定这个数值并在正文中引用它的文件编号，例如 `POL-003`。',
  'RuleCoreSchema.clauses': '这条规则帮助满足的标准条款，例如 `gbt40144:8.5`。',
  'RuleCoreSchema.mentions': '怎样认出一句在讲这条规则的话：这样的句子如果直接写了数字而没有引用规则，就拿它和规则的数值比对。',
  'RuleCoreSchema.mentions.terms': '讲这条规则的句子里都会出现的词，每个都要出现；同一个词的不同说法用 `|` 分隔，例如 `总经理|CEO`。',
  'RuleCoreSchema.mentions.unit': '句子里数字后面的单位（默认取规则数值的单位，例如 `万元`、`%`、`分钟`）。',
  'RuleCoreSchema.note': '读者需要了解的补充说明。',
  'RulesSchema.rules': '全部规则，按读者查找的习惯分组排列。',
};
