<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NearDuplicateView</name>
    <message>
        <location filename="../../gui/review/compare.py" line="76"/>
        <source>Keep an&amp;yway</source>
        <translation>仍然保留(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="78"/>
        <location filename="../../gui/review/compare.py" line="142"/>
        <source>Keep this record in the training data even though it is almost the same as the kept record.</source>
        <translation>尽管这条记录与保留的记录几乎相同，仍将它保留在训练数据中。</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="80"/>
        <source>This record</source>
        <translation>这条记录</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="81"/>
        <source>Kept record</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="110"/>
        <source>keep the first record in input order</source>
        <translation>按输入顺序保留第一条记录</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="111"/>
        <source>keep the longest record</source>
        <translation>保留最长的记录</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="112"/>
        <source>keep the most recent record by the time column</source>
        <translation>按时间列保留最新的记录</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="127"/>
        <source>Near duplicate of record {kept}: estimated similarity {similarity}. Keep rule: {rule}.</source>
        <translation>记录 {kept} 的近似重复：估计相似度 {similarity}。保留规则：{rule}。</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="129"/>
        <source>This record ({id})</source>
        <translation>这条记录（{id}）</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="131"/>
        <source>Kept record ({id})</source>
        <translation>保留的记录（{id}）</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="134"/>
        <source>The kept record is not in this build.</source>
        <translation>保留的记录不在本次构建中。</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="139"/>
        <source>You already keep this record.</source>
        <translation>您已保留这条记录。</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../gui/review/detail.py" line="112"/>
        <source>S&amp;ource row</source>
        <translation>源数据行(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="113"/>
        <source>The row of the input file this record was made from, column by column.</source>
        <translation>生成此记录的输入文件行，按列显示。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="114"/>
        <source>JSON &amp;record</source>
        <translation>JSON 记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="115"/>
        <source>Source row</source>
        <translation>源数据行</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="116"/>
        <source>JSON record</source>
        <translation>JSON 记录</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="117"/>
        <source>The line written to the training file for this record, indented for reading.</source>
        <translation>此记录写入训练文件的那一行，已缩进以便阅读。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="167"/>
        <source>Select a record in the table to see where it came from.</source>
        <translation>在表格中选择一条记录，即可查看其来源。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="179"/>
        <source>Record {id} from {file}, row {row}</source>
        <translation>记录 {id}，来自 {file} 第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="184"/>
        <source>Tokens: {aws} (AWS estimate, characters ÷ 6), {script} (script-aware estimate); model limit {limit}</source>
        <translation>词元数：{aws}（AWS 估算，字符数 ÷ 6），{script}（按文字类型估算）；模型上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="193"/>
        <source>No JSON record: this row could not be turned into one.</source>
        <translation>没有 JSON 记录：此行无法转换为记录。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="216"/>
        <source>Duplicate of record {id}</source>
        <translation>与记录 {id} 重复</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="217"/>
        <source>Go to record {id}</source>
        <translation>转到记录 {id}</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="229"/>
        <source>The source row is not available for this record.</source>
        <translation>此记录的源数据行不可用。</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../gui/models/records_model.py" line="70"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="72"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="73"/>
        <source>Tokens (AWS)</source>
        <translation>词元数（AWS）</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="74"/>
        <source>Tokens (script-aware)</source>
        <translation>词元数（按文字类型）</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="75"/>
        <source>Duplicate of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="76"/>
        <source>Source row</source>
        <translation>源数据行</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="77"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="84"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="85"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="86"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="87"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="130"/>
        <source>{status} · excluded by you</source>
        <translation>{status} · 已由您排除</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="132"/>
        <source>{status} · kept by you</source>
        <translation>{status} · 已由您保留</translation>
    </message>
</context>
<context>
    <name>RedactionPanel</name>
    <message>
        <location filename="../../gui/review/redactions.py" line="157"/>
        <source>&amp;Personal data replaced in this record</source>
        <translation>此记录中替换的个人信息(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="158"/>
        <source>Personal data replaced in this record</source>
        <translation>此记录中替换的个人信息</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="160"/>
        <source>Each value the cleaning step replaced with a placeholder. The original values are shown only here and are never saved to a file.</source>
        <translation>清理步骤用占位符替换的每个值。原始值只在这里显示，绝不会保存到文件。</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="164"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="164"/>
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="164"/>
        <source>Original value</source>
        <translation>原始值</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="164"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="164"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="166"/>
        <source>&amp;Undo this redaction</source>
        <translation>撤销此处替换(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="168"/>
        <source>Put the original value back for this placeholder in this record only. It takes effect at the next check or build.</source>
        <translation>只在这条记录中把此占位符恢复为原始值。在下次检查或构建时生效。</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="171"/>
        <source>Undo all of this &amp;type</source>
        <translation>撤销此类型的全部替换(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="173"/>
        <source>Stop replacing this type of personal data in every record. It takes effect at the next check or build.</source>
        <translation>在所有记录中不再替换此类个人信息。在下次检查或构建时生效。</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="175"/>
        <source>Re&amp;dact again</source>
        <translation>重新替换(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="176"/>
        <source>Take the undo back, so the value is replaced with its placeholder again.</source>
        <translation>取消撤销，使该值重新替换为占位符。</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="177"/>
        <source>Changes take effect at the next check or build.</source>
        <translation>更改在下次检查或构建时生效。</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="212"/>
        <source>Undone by you in every record</source>
        <translation>已由您在所有记录中撤销</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="214"/>
        <source>Undone by you</source>
        <translation>已由您撤销</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="216"/>
        <source>Undone by you in every record (at the next check)</source>
        <translation>已由您在所有记录中撤销（下次检查时生效）</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="218"/>
        <source>Undone by you (at the next check)</source>
        <translation>已由您撤销（下次检查时生效）</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="219"/>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../gui/review/page.py" line="239"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="240"/>
        <source>Show only the records of one kind. The number is how many there are.</source>
        <translation>只显示某一类记录。括号中的数字是该类记录的数量。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="241"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="242"/>
        <source>Show only the records that have this reason, with how many have it.</source>
        <translation>只显示具有此原因的记录。括号中的数字是记录数量。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="243"/>
        <source>Se&amp;arch:</source>
        <translation>搜索(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="244"/>
        <source>Text, source row or record id (Ctrl+F)</source>
        <translation>文本、源数据行或记录编号 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="246"/>
        <source>Show only the records whose JSON text, source row (file:row) or id contains this text. Case is ignored.</source>
        <translation>只显示 JSON 文本、源数据行（文件:行）或编号中包含此文本的记录。不区分大小写。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="248"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="249"/>
        <source>Records of the build</source>
        <translation>构建结果中的记录</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="250"/>
        <source>Token count histogram</source>
        <translation>词元数直方图</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="253"/>
        <source>Click a column header to sort. Select records and press Delete to exclude them or Insert to keep them.</source>
        <translation>单击列标题可排序。选择记录后，按 Delete 键排除，按 Insert 键保留。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="255"/>
        <source>E&amp;xclude selected</source>
        <translation>排除所选(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="257"/>
        <source>Leave the selected records out of the training data (Delete or Ctrl+E). They are listed as excluded by you.</source>
        <translation>将所选记录排除在训练数据之外（Delete 或 Ctrl+E）。它们会被标记为“已由您排除”。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="259"/>
        <source>&amp;Keep selected</source>
        <translation>保留所选(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="261"/>
        <source>Keep the selected records even though the build rejected them or found them duplicate, or undo an exclusion (Insert or Ctrl+I).</source>
        <translation>即使构建时拒绝了所选记录或判定其重复，也保留它们；也可用于撤销排除（Insert 或 Ctrl+I）。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="263"/>
        <source>Search records</source>
        <translation>搜索记录</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="454"/>
        <source>Filtering failed: {error}</source>
        <translation>筛选失败：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="481"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="482"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="483"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="484"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="485"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="486"/>
        <source>Over the token limit</source>
        <translation>超出词元上限</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="487"/>
        <source>Near the token limit (90% or more)</source>
        <translation>接近词元上限（90% 及以上）</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="488"/>
        <source>Excluded or kept by you</source>
        <translation>由您排除或保留</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="489"/>
        <source>Redacted (personal data replaced)</source>
        <translation>已脱敏（个人信息已替换）</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="490"/>
        <source>Near duplicates</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="502"/>
        <location filename="../../gui/review/page.py" line="511"/>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="509"/>
        <source>Any reason</source>
        <translation>任意原因</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="687"/>
        <source>No build yet: the records appear here after the build runs.</source>
        <translation>尚未构建：构建运行后，记录会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="690"/>
        <source>Showing {shown} of {total} records</source>
        <translation>显示 {shown} 条记录，共 {total} 条</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="695"/>
        <source>Excluded by you: {excluded} · Kept by you: {included}</source>
        <translation>您排除的：{excluded} · 您保留的：{included}</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="701"/>
        <source>Redactions undone: {undone}</source>
        <translation>撤销的替换：{undone}</translation>
    </message>
</context>
<context>
    <name>TokenHistogram</name>
    <message>
        <location filename="../../gui/review/histogram.py" line="105"/>
        <source>How many records have each token count (the larger of the two estimates). The red line is the model&apos;s limit: records right of it are rejected.</source>
        <translation>各词元数对应的记录数量（取两种估算中的较大值）。红线是模型上限：位于其右侧的记录会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../gui/review/histogram.py" line="112"/>
        <source>Tokens per record (larger estimate)</source>
        <translation>每条记录的词元数（较大估算值）</translation>
    </message>
    <message>
        <location filename="../../gui/review/histogram.py" line="113"/>
        <location filename="../../gui/review/histogram.py" line="125"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../gui/review/histogram.py" line="116"/>
        <source>No records</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <location filename="../../gui/review/histogram.py" line="132"/>
        <source>Model limit: {limit}</source>
        <translation>模型上限：{limit}</translation>
    </message>
</context>
</TS>
