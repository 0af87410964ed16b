<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CleaningPage</name>
    <message>
        <source>Normalize line endings</source>
        <translation>统一换行符</translation>
    </message>
    <message>
        <source>Turn Windows (CR LF) and old Mac (CR) line endings into LF.</source>
        <translation>将 Windows（CR LF）和旧 Mac（CR）换行符统一为 LF。</translation>
    </message>
    <message>
        <source>Remove control characters</source>
        <translation>删除控制字符</translation>
    </message>
    <message>
        <source>Delete invisible control characters that break JSON and tokenizers.</source>
        <translation>删除会破坏 JSON 和分词器的不可见控制字符。</translation>
    </message>
    <message>
        <source>Remove zero-width characters</source>
        <translation>删除零宽字符</translation>
    </message>
    <message>
        <source>Delete zero-width spaces and joiners copied from web pages.</source>
        <translation>删除从网页复制来的零宽空格和连接符。</translation>
    </message>
    <message>
        <source>Unicode NFKC normalization</source>
        <translation>Unicode NFKC 规范化</translation>
    </message>
    <message>
        <source>Turn full-width letters and digits into normal ones (ＡＢＣ１２３ → ABC123).</source>
        <translation>将全角字母和数字转为半角（ＡＢＣ１２３ → ABC123）。</translation>
    </message>
    <message>
        <source>Collapse repeated spaces</source>
        <translation>合并连续空格</translation>
    </message>
    <message>
        <source>Replace runs of spaces and tabs with one space.</source>
        <translation>将连续的空格和制表符替换为一个空格。</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>去除首尾空格</translation>
    </message>
    <message>
        <source>Remove spaces at the start and end of every field.</source>
        <translation>删除每个字段开头和结尾的空格。</translation>
    </message>
    <message>
        <source>Convert HTML to text</source>
        <translation>将 HTML 转为纯文本</translation>
    </message>
    <message>
        <source>Strip HTML tags and decode entities such as &amp;amp;.</source>
        <translation>去除 HTML 标签，并解码 &amp;amp; 等实体。</translation>
    </message>
    <message>
        <source>Repair garbled text</source>
        <translation>修复乱码</translation>
    </message>
    <message>
        <source>Fix text that was decoded with the wrong encoding (mojibake).</source>
        <translation>修复因编码错误解码而产生的乱码。</translation>
    </message>
    <message>
        <source>Accept numbers as text</source>
        <translation>将数字作为文本接受</translation>
    </message>
    <message>
        <source>Use numbers and true/false values from JSON files as text instead of rejecting them.</source>
        <translation>将 JSON 文件中的数字和 true/false 值作为文本使用，而不是拒绝。</translation>
    </message>
    <message>
        <source>Remove repeated boilerplate lines</source>
        <translation>删除重复的样板行</translation>
    </message>
    <message>
        <source>Delete lines such as signatures and disclaimers that repeat across many records.</source>
        <translation>删除在许多记录中重复出现的行，例如签名和免责声明。</translation>
    </message>
    <message>
        <source>Remove exact duplicates</source>
        <translation>删除完全重复项</translation>
    </message>
    <message>
        <source>Keep the first of records whose text is identical.</source>
        <translation>文本完全相同的记录只保留第一条。</translation>
    </message>
    <message>
        <source>Remove near-duplicates</source>
        <translation>删除近似重复项</translation>
    </message>
    <message>
        <source>Switch each rule on or off. After you check the data on the Review step, the number of records each rule changed appears beside it.</source>
        <translation>逐条开启或关闭规则。在“审阅”步骤检查数据后，每条规则旁会显示它修改的记录数。</translation>
    </message>
    <message>
        <source>Text rules</source>
        <translation>文本规则</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Traditional → Simplified</source>
        <translation>繁体 → 简体</translation>
    </message>
    <message>
        <source>Simplified → Traditional</source>
        <translation>简体 → 繁体</translation>
    </message>
    <message>
        <source>Convert Chinese text between Traditional and Simplified characters</source>
        <translation>在繁体字和简体字之间转换中文文本</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reject records whose text is shorter than this many characters</source>
        <translation>拒绝文本少于此字符数的记录</translation>
    </message>
    <message>
        <source>Reject records whose text is longer than this many characters</source>
        <translation>拒绝文本多于此字符数的记录</translation>
    </message>
    <message>
        <source>Reject the record</source>
        <translation>拒绝该记录</translation>
    </message>
    <message>
        <source>Escape the string</source>
        <translation>转义该字符串</translation>
    </message>
    <message>
        <source>What to do with text the model reserves, such as special tokens</source>
        <translation>如何处理模型保留的文本（例如特殊词元）</translation>
    </message>
    <message>
        <source>Share of records a line must appear in to count as boilerplate</source>
        <translation>某一行至少出现在多大比例的记录中才算样板行</translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation>中文字形(&amp;S)：</translation>
    </message>
    <message>
        <source>Mi&amp;nimum characters:</source>
        <translation>最少字符数(&amp;N)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum characters:</source>
        <translation>最多字符数(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Reserved strings:</source>
        <translation>保留字符串(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Boilerplate share:</source>
        <translation>样板行比例(&amp;B)：</translation>
    </message>
    <message>
        <source>Limits and conversions</source>
        <translation>限制与转换</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Replace personal data with placeholders such as [EMAIL] and [PHONE]</source>
        <translation>用 [EMAIL]、[PHONE] 等占位符替换个人信息</translation>
    </message>
    <message>
        <source>Extra terms to hide, separated by commas</source>
        <translation>需要隐藏的其他词语，用逗号分隔</translation>
    </message>
    <message>
        <source>Names or other words that are replaced by [TERM]</source>
        <translation>将被替换为 [TERM] 的姓名或其他词语</translation>
    </message>
    <message>
        <source>E&amp;xtra terms:</source>
        <translation>其他词语(&amp;X)：</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>How similar two records must be to count as near-duplicates</source>
        <translation>两条记录相似到什么程度才算近似重复</translation>
    </message>
    <message>
        <source>Similarity &amp;threshold:</source>
        <translation>相似度阈值(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation><numerusform>修改了 %n 条记录</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n 条重复</numerusform></translation>
    </message>
    <message>
        <source>No counts yet: check the data on the Review step to see them.</source>
        <translation>尚无计数：在“审阅”步骤检查数据后即可看到。</translation>
    </message>
    <message>
        <source>Counts are from the last check or build.</source>
        <translation>计数来自最近一次检查或生成。</translation>
    </message>
    <message>
        <source>Before: %s</source>
        <translation>修改前：%s</translation>
    </message>
    <message>
        <source>After: %s</source>
        <translation>修改后：%s</translation>
    </message>
    <message>
        <source>&amp;Kinds:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Access keys, tokens and passwords written in the text become [SECRET].</source>
        <translation>文本中的访问密钥、令牌和密码替换为 [SECRET]。</translation>
    </message>
    <message>
        <source>Addresses such as name@example.com become [EMAIL].</source>
        <translation>name@example.com 这样的地址替换为 [EMAIL]。</translation>
    </message>
    <message>
        <source>Bank account numbers (IBAN)</source>
        <translation>银行账号（IBAN）</translation>
    </message>
    <message>
        <source>Card numbers that pass the card checksum become [CARD].</source>
        <translation>通过银行卡校验的卡号替换为 [CARD]。</translation>
    </message>
    <message>
        <source>Chinese resident ID numbers and Japanese My Number become [ID_NUMBER].</source>
        <translation>中国居民身份证号和日本个人编号（My Number）替换为 [ID_NUMBER]。</translation>
    </message>
    <message>
        <source>Computer network addresses such as 192.0.2.10 become [IP].</source>
        <translation>192.0.2.10 这样的网络地址替换为 [IP]。</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Extra terms</source>
        <translation>附加词语</translation>
    </message>
    <message>
        <source>Find e-mail addresses, phone numbers, ID and card numbers and other personal data, and replace each with a placeholder before the data leaves this computer. You can undo single replacements on the Review step.</source>
        <translation>在数据离开这台电脑之前，找出电子邮件地址、电话号码、证件号、卡号等个人信息，并用占位符替换。可以在“审阅”步骤中撤销单个替换。</translation>
    </message>
    <message>
        <source>How similar two records must be to count as near-duplicates, from 0.5 (half the wording shared) to 1.0 (the same words). Higher values remove fewer records.</source>
        <translation>两条记录相似到什么程度才算近似重复，从 0.5（一半用词相同）到 1.0（用词完全相同）。数值越高，删除的记录越少。</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>International bank account numbers with a valid checksum become [IBAN].</source>
        <translation>校验码正确的国际银行账号替换为 [IBAN]。</translation>
    </message>
    <message>
        <source>Kee&amp;p:</source>
        <translation>保留(&amp;P)：</translation>
    </message>
    <message>
        <source>Links such as https://example.com/page become [URL].</source>
        <translation>https://example.com/page 这样的链接替换为 [URL]。</translation>
    </message>
    <message>
        <source>Names or other words that are replaced by [TERM], such as customer or product code names. Case is ignored.</source>
        <translation>替换为 [TERM] 的姓名或其他词语，例如客户名或产品代号。不区分大小写。</translation>
    </message>
    <message>
        <source>Not a valid regular expression, so it is not used: {patterns}</source>
        <translation>不是有效的正则表达式，因此不会使用：{patterns}</translation>
    </message>
    <message>
        <source>One regular expression per line, for example ORD-\d{6}</source>
        <translation>每行一个正则表达式，例如 ORD-\d{6}</translation>
    </message>
    <message>
        <source>Passwords and access keys</source>
        <translation>密码和访问密钥</translation>
    </message>
    <message>
        <source>Payment card numbers</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Phone numbers, including Chinese and Japanese mobile numbers, become [PHONE].</source>
        <translation>电话号码（包括中国和日本的手机号码）替换为 [PHONE]。</translation>
    </message>
    <message>
        <source>Re&amp;gular expressions:</source>
        <translation>正则表达式(&amp;G)：</translation>
    </message>
    <message>
        <source>Regular expressions</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Regular expressions for other text to hide, one per line. Each match is replaced by [CUSTOM]. Look-ahead and back-references are not supported.</source>
        <translation>用于隐藏其他文本的正则表达式，每行一个。每个匹配项替换为 [CUSTOM]。不支持先行断言和反向引用。</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n record(s) at the last check:</source>
        <translation><numerusform>上次检查时在 %n 条记录中替换：</numerusform></translation>
    </message>
    <message>
        <source>The first in the file</source>
        <translation>文件中的第一条</translation>
    </message>
    <message>
        <source>The last check found no personal data to replace.</source>
        <translation>上次检查没有发现需要替换的个人信息。</translation>
    </message>
    <message>
        <source>The longest</source>
        <translation>最长的一条</translation>
    </message>
    <message>
        <source>The most recent</source>
        <translation>最新的一条</translation>
    </message>
    <message>
        <source>The source column with the date or time of each record, such as a ticket's update time. Used only when the newest record is kept.</source>
        <translation>源文件中记录日期或时间的列，例如工单的更新时间。仅在保留最新记录时使用。</translation>
    </message>
    <message>
        <source>Tick the kinds of personal data to replace. Untick a kind to leave it in the text.</source>
        <translation>勾选要替换的个人信息类型。取消勾选的类型会保留在文本中。</translation>
    </message>
    <message>
        <source>Time co&amp;lumn:</source>
        <translation>时间列(&amp;L)：</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Which record of a group of near-duplicates stays in the data: the first in the file, the one with the most text, or the newest by the time column. The others are listed as duplicates of it.</source>
        <translation>一组近似重复记录中保留哪一条：文件中的第一条、文字最多的一条，或按时间列最新的一条。其余记录列为它的重复项。</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}：{count}</translation>
    </message>
    <message>
        <source>Keep one of records that are almost the same (MinHash similarity). The keep rule below chooses which.</source>
        <translation>几乎相同的记录只保留一条（MinHash 相似度）。由下方的保留规则决定保留哪一条。</translation>
    </message>
</context>
<context>
    <name>ColumnList</name>
    <message>
        <source>Insert {%s} into the field you are editing</source>
        <translation>将 {%s} 插入正在编辑的字段</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project “{name}” has unsaved changes. Save them first?</source>
        <translation>项目“{name}”有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong that Tuning Data Studio did not expect. Your project is autosaved. Copy the details below and send them to your support contact.</source>
        <translation>Tuning Data Studio 遇到了意外问题。您的项目已自动保存。请复制下面的详细信息并发送给您的支持联系人。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{path}: file not found. Check the path or add the file again.</source>
        <translation>{path}：找不到文件。请检查路径或重新添加文件。</translation>
    </message>
    <message>
        <source>{path}: the file is {size} GiB, and the window reads files of up to 1 GiB into memory. Build it with the tunedata command line (see the README), which streams it: {command}</source>
        <translation>{path}：文件大小为 {size} GiB，而窗口只能把 1 GiB 以内的文件读入内存。请用 tunedata 命令行构建（见 README），它会以流式方式处理文件：{command}</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read. Check that it exists and that you may open it.</source>
        <translation>{path}：无法读取该文件。请确认文件存在且您有权打开它。</translation>
    </message>
    <message>
        <source>{path}: this file type is not supported. Use CSV, TSV, Excel (.xlsx), JSON, JSON Lines, PDF, Word (.docx), HTML, Markdown or text files.</source>
        <translation>{path}：不支持此文件类型。请使用 CSV、TSV、Excel（.xlsx）、JSON、JSON Lines、PDF、Word（.docx）、HTML、Markdown 或文本文件。</translation>
    </message>
    <message>
        <source>{path}: the text cannot be decoded (invalid bytes at byte offset {offset}). Choose the file's encoding on the Sources step, for example gb18030, cp932 or big5.</source>
        <translation>{path}：无法解码文本（字节偏移 {offset} 处有无效字节）。请在“数据源”步骤中选择文件的编码，例如 gb18030、cp932 或 big5。</translation>
    </message>
    <message>
        <source>The encoding “{encoding}” is not known. Use a name such as utf-8, gb18030, cp932, big5, euc-kr, utf-16 or latin-1.</source>
        <translation>未知的编码“{encoding}”。请使用 utf-8、gb18030、cp932、big5、euc-kr、utf-16 或 latin-1 等名称。</translation>
    </message>
    <message>
        <source>{path}: there is no sheet named “{sheet}”. Choose one of these sheets on the Sources step: {sheets}</source>
        <translation>{path}：没有名为“{sheet}”的工作表。请在“数据源”步骤中从这些工作表中选择：{sheets}</translation>
    </message>
    <message>
        <source>{path}: the sheet “{sheet}” is empty. Choose another sheet on the Sources step: {sheets}</source>
        <translation>{path}：工作表“{sheet}”为空。请在“数据源”步骤中选择其他工作表：{sheets}</translation>
    </message>
    <message>
        <source>{path}: the workbook has no sheets.</source>
        <translation>{path}：该工作簿没有工作表。</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as an Excel workbook. Save it as .xlsx in Excel and add it again.</source>
        <translation>{path}：无法作为 Excel 工作簿打开。请在 Excel 中另存为 .xlsx 后重新添加。</translation>
    </message>
    <message>
        <source>{path}: the first line is empty. A CSV file needs a header line with the column names.</source>
        <translation>{path}：第一行为空。CSV 文件需要一行包含列名的标题行。</translation>
    </message>
    <message>
        <source>{path}: not valid JSON. Fix the file, or save it as JSON Lines with one object per line.</source>
        <translation>{path}：不是有效的 JSON。请修正文件，或将其保存为每行一个对象的 JSON Lines。</translation>
    </message>
    <message>
        <source>{path}: contains no list of records. A JSON source must be an array of objects.</source>
        <translation>{path}：不包含记录列表。JSON 数据源必须是对象数组。</translation>
    </message>
    <message>
        <source>{path}: the document is empty. Save it again and add it again.</source>
        <translation>{path}：文档为空。请重新保存后再添加。</translation>
    </message>
    <message>
        <source>{path}: the document is damaged or of another type. Open it in its program and save it again.</source>
        <translation>{path}：文档已损坏或类型不符。请用对应的程序打开并重新保存。</translation>
    </message>
    <message>
        <source>{path}: the document contains no text that can be extracted. Scanned pages need OCR first.</source>
        <translation>{path}：文档中没有可提取的文本。扫描页面需要先进行 OCR。</translation>
    </message>
    <message>
        <source>{path}: the document is password-protected. Save a copy without a password and add that.</source>
        <translation>{path}：文档受密码保护。请保存一份无密码的副本并添加该副本。</translation>
    </message>
    <message>
        <source>Choose a column or type a template for the prompt and the completion on the Fields step. Available columns: {columns}</source>
        <translation>请在“字段”步骤中为提示词和补全选择列或输入模板。可用的列：{columns}</translation>
    </message>
    <message>
        <source>Choose the column that becomes the input text on the Fields step. Available columns: {columns}</source>
        <translation>请在“字段”步骤中选择作为输入文本的列。可用的列：{columns}</translation>
    </message>
    <message>
        <source>The template “{template}” names no column, so every record would get the same text. Click a column to insert it. Available columns: {columns}</source>
        <translation>模板“{template}”没有引用任何列，因此每条记录都会得到相同的文本。请点击列名将其插入。可用的列：{columns}</translation>
    </message>
    <message>
        <source>The template “{template}” has an unmatched brace. Insert columns by clicking them, and write {{{{ or }}}} for a literal brace.</source>
        <translation>模板“{template}”中有不成对的花括号。请点击列名插入列；如需字面花括号，请写 {{{{ 或 }}}}。</translation>
    </message>
    <message>
        <source>{model} does not support {task}; it supports {supported}. Choose another model or task.</source>
        <translation>{model} 不支持 {task}，它支持 {supported}。请选择其他模型或任务。</translation>
    </message>
    <message>
        <source>{model} takes no validation file. Set the validation share to 0 on the Export step.</source>
        <translation>{model} 不接受验证文件。请在“导出”步骤中将验证比例设为 0。</translation>
    </message>
    <message>
        <source>{path}: project file not found.</source>
        <translation>{path}：找不到项目文件。</translation>
    </message>
    <message>
        <source>{path}: this is not a valid project file ({detail}). Fix the file or save the project again.</source>
        <translation>{path}：这不是有效的项目文件（{detail}）。请修正文件或重新保存项目。</translation>
    </message>
    <message>
        <source>{path}: the project file has invalid values: {detail}</source>
        <translation>{path}：项目文件中有无效的值：{detail}</translation>
    </message>
    <message>
        <source>The model “{model}” is not in the catalog. Choose another model.</source>
        <translation>模型“{model}”不在目录中。请选择其他模型。</translation>
    </message>
    <message>
        <source>The project has no source files. Add a file on the Sources step.</source>
        <translation>项目中没有数据源文件。请在“数据源”步骤中添加文件。</translation>
    </message>
    <message>
        <source>The {field} setting uses the column “{column}”, which does not exist. Available columns: {columns}</source>
        <translation>“{field}”设置使用了不存在的列“{column}”。可用的列：{columns}</translation>
    </message>
    <message>
        <source>A metadata attribute has no name. Give every attribute a name.</source>
        <translation>有一个元数据属性没有名称。请为每个属性命名。</translation>
    </message>
    <message>
        <source>The metadata attribute “{key}” starts with the reserved prefix x-amz-bedrock. Rename it.</source>
        <translation>元数据属性“{key}”以保留前缀 x-amz-bedrock 开头。请重命名。</translation>
    </message>
    <message>
        <source>The metadata attribute “{key}” has a value of an unsupported type. Use text.</source>
        <translation>元数据属性“{key}”的值类型不受支持。请使用文本。</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Share of records kept aside to measure training; 0 writes no validation file</source>
        <translation>留出用于衡量训练效果的记录比例；0 表示不写验证文件</translation>
    </message>
    <message>
        <source>The same seed gives the same split every time</source>
        <translation>相同的种子每次都会得到相同的拆分</translation>
    </message>
    <message>
        <source>model maximum</source>
        <translation>模型上限</translation>
    </message>
    <message>
        <source>Use at most this many records; 0 uses the model's maximum</source>
        <translation>最多使用这么多条记录；0 表示使用模型的上限</translation>
    </message>
    <message>
        <source>Keep the shares of this column's values when records are selected</source>
        <translation>选取记录时保持此列各取值的比例</translation>
    </message>
    <message>
        <source>&amp;Validation share:</source>
        <translation>验证比例(&amp;V)：</translation>
    </message>
    <message>
        <source>Random &amp;seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Maximum &amp;records:</source>
        <translation>最大记录数(&amp;R)：</translation>
    </message>
    <message>
        <source>Keep shares &amp;of column:</source>
        <translation>保持比例的列(&amp;O)：</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Folder that receives train.jsonl, validation.jsonl, rejected.jsonl and report.json</source>
        <translation>用于保存 train.jsonl、validation.jsonl、rejected.jsonl 和 report.json 的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>输出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>&amp;Build dataset</source>
        <translation>生成数据集(&amp;B)</translation>
    </message>
    <message>
        <source>Write the dataset files (Ctrl+B)</source>
        <translation>写入数据集文件（Ctrl+B）</translation>
    </message>
    <message>
        <source>Before writing</source>
        <translation>写入之前</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Show the output folder in the file manager</source>
        <translation>在文件管理器中显示输出文件夹</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Sources:&lt;/b&gt; %n file(s)</source>
        <translation><numerusform>&lt;b&gt;数据源：&lt;/b&gt;%n 个文件</numerusform></translation>
    </message>
    <message>
        <source>, %s rows</source>
        <translation>，%s 行</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;模型：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation share:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;验证比例：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output folder:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;输出文件夹：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>Writes train.jsonl, validation.jsonl, rejected.jsonl and report.json. Files are written only when the build completes; a cancelled build leaves the folder as it was.</source>
        <translation>将写入 train.jsonl、validation.jsonl、rejected.jsonl 和 report.json。只有生成完成后才会写入文件；取消生成时文件夹保持原样。</translation>
    </message>
    <message>
        <source>These files already exist and will be replaced: %s</source>
        <translation>以下文件已存在，将被替换：%s</translation>
    </message>
    <message>
        <source>The build was cancelled. Nothing was written.</source>
        <translation>生成已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取的行数</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Validation records</source>
        <translation>验证记录</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>Tokens (AWS estimate): %s</source>
        <translation>词元数（AWS 估算）：%s</translation>
    </message>
    <message>
        <source>Tokens (script-aware estimate): %s</source>
        <translation>词元数（按文字类型估算）：%s</translation>
    </message>
    <message>
        <source>The dataset is not valid for the model yet:</source>
        <translation>数据集尚不符合该模型的要求：</translation>
    </message>
    <message>
        <source>The dataset was written to %s</source>
        <translation>数据集已写入 %s</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Export for a &amp;Knowledge Base…</source>
        <translation>导出到知识库(&amp;K)…</translation>
    </message>
    <message>
        <source>Write the project's documents as cleaned Markdown with metadata files, ready to upload to an Amazon Bedrock Knowledge Base</source>
        <translation>将项目中的文档写为清理后的 Markdown 及元数据文件，可直接上传到 Amazon Bedrock 知识库</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <source>Fine-tuning (question → answer)</source>
        <translation>微调（问题 → 答案）</translation>
    </message>
    <message>
        <source>Continued pre-training (plain text)</source>
        <translation>继续预训练（纯文本）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Legacy: AWS starts no new customization jobs on this model. Choose an active model.</source>
        <translation>旧版：AWS 不再为此模型启动新的定制作业。请选择可用的模型。</translation>
    </message>
    <message>
        <source>Retired: this model can no longer be customized. Data is still checked against its old rules.</source>
        <translation>已停用：此模型已无法定制。数据仍按其原有规则检查。</translation>
    </message>
    <message>
        <source>prompt / completion</source>
        <translation>提示词 / 补全</translation>
    </message>
    <message>
        <source>Claude chat messages</source>
        <translation>Claude 聊天消息</translation>
    </message>
    <message>
        <source>Bedrock conversation (Converse)</source>
        <translation>Bedrock 对话（Converse）</translation>
    </message>
    <message>
        <source>plain text input</source>
        <translation>纯文本输入</translation>
    </message>
    <message>
        <source>Fine-tuning learns from question-and-answer pairs; continued pre-training learns from plain text</source>
        <translation>微调从问答对中学习；继续预训练从纯文本中学习</translation>
    </message>
    <message>
        <source>The base model to customize; retired and legacy models are marked</source>
        <translation>要定制的基础模型；已停用和旧版模型会被标出</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <source>Base &amp;model:</source>
        <translation>基础模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Task and model</source>
        <translation>任务和模型</translation>
    </message>
    <message>
        <source>Columns: click one to insert it into the field you are editing.</source>
        <translation>列：点击列名即可将其插入正在编辑的字段。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What the user asks, e.g. {question}</source>
        <translation>用户的提问，例如 {question}</translation>
    </message>
    <message>
        <source>The answer the model should learn, e.g. {answer}</source>
        <translation>模型应学习的答案，例如 {answer}</translation>
    </message>
    <message>
        <source>Optional instructions sent before every conversation</source>
        <translation>在每段对话前发送的可选指令</translation>
    </message>
    <message>
        <source>The text to learn from, e.g. {text}</source>
        <translation>用于学习的文本，例如 {text}</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Completion:</source>
        <translation>补全(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;ystem (optional):</source>
        <translation>系统提示（可选）(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <source>A column that holds whole conversations (for example from a help-desk export); when set, the prompt and completion are not used</source>
        <translation>包含完整对话的列（例如来自客服工单导出文件）；设置后不再使用提示词和补全</translation>
    </message>
    <message>
        <source>Con&amp;versation column:</source>
        <translation>对话列(&amp;V)：</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Record preview</source>
        <translation>记录预览</translation>
    </message>
    <message>
        <source>Preview: the records the first rows become</source>
        <translation>预览：前几行将生成的记录</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>(legacy)</source>
        <translation>（旧版）</translation>
    </message>
    <message>
        <source>The model catalog could not be loaded: %s</source>
        <translation>无法加载模型目录：%s</translation>
    </message>
    <message>
        <source>The model %s is not in the catalog. Choose another model.</source>
        <translation>模型 %s 不在目录中。请选择其他模型。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provider:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;提供商：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Identifier:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;标识符：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regions:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;区域：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;状态：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>This model does not support the chosen task. Choose another model or task.</source>
        <translation>此模型不支持所选任务。请选择其他模型或任务。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Record format:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;记录格式：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum tokens per record:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;每条记录的最大词元数：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;记录数：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>AWS no longer offers this task for this model.</source>
        <translation>AWS 已不再为此模型提供此任务。</translation>
    </message>
    <message>
        <source>(none: use prompt and completion)</source>
        <translation>（无：使用提示词和补全）</translation>
    </message>
    <message>
        <source>%s uses columns that do not exist: %s</source>
        <translation>%s 使用了不存在的列：%s</translation>
    </message>
    <message>
        <source>Add a source file to see a preview.</source>
        <translation>添加数据源文件后即可看到预览。</translation>
    </message>
    <message>
        <source>Pick a column or type a template for each field to see a preview.</source>
        <translation>为每个字段选择列或输入模板后即可看到预览。</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>正在更新预览…</translation>
    </message>
    <message>
        <source>Rejected: %s</source>
        <translation>已拒绝：%s</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) become these records:</source>
        <translation><numerusform>前 %n 行将生成以下记录：</numerusform></translation>
    </message>
    <message>
        <source>The preview is not available in this version yet.</source>
        <translation>此版本暂不提供预览。</translation>
    </message>
    <message>
        <source>The preview failed: %s</source>
        <translation>预览失败：%s</translation>
    </message>
    <message>
        <source>Automatic: {prompt}</source>
        <translation>自动：{prompt}</translation>
    </message>
    <message>
        <source>Automatic: {completion}</source>
        <translation>自动：{completion}</translation>
    </message>
    <message>
        <source>Automatic: {text}</source>
        <translation>自动：{text}</translation>
    </message>
    <message>
        <source>Not used: the conversation column %s is used automatically</source>
        <translation>不使用：将自动使用对话列 %s</translation>
    </message>
    <message>
        <source>Automatic: %s</source>
        <translation>自动：%s</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Too few records can be exported for this model. Add data or fix the rejected rows (see rejected.jsonl and the Review step).</source>
        <translation>可导出的记录太少，不满足此模型的要求。请添加数据或修正被拒绝的行（参见 rejected.jsonl 和“审阅”步骤）。</translation>
    </message>
    <message>
        <source>More records are valid than the model accepts. A seeded random subset was kept; the rest are in rejected.jsonl.</source>
        <translation>有效记录多于模型可接受的数量。已按固定种子随机保留一部分，其余记录在 rejected.jsonl 中。</translation>
    </message>
    <message>
        <source>This model takes no validation file, so every selected record is in train.jsonl.</source>
        <translation>此模型不接受验证文件，因此所有选中的记录都在 train.jsonl 中。</translation>
    </message>
    <message>
        <source>Bedrock currently offers this task for no model. The file follows the model's old format, but a customization job may not start.</source>
        <translation>Bedrock 目前没有任何模型提供此任务。文件沿用该模型原有的格式，但定制作业可能无法启动。</translation>
    </message>
    <message>
        <source>Some files had problems while reading. See the Sources step.</source>
        <translation>部分文件在读取时出现问题。请查看“数据源”步骤。</translation>
    </message>
    <message>
        <source>The input files have different columns. Missing columns are empty in the rows of files that lack them.</source>
        <translation>输入文件的列不同。缺少某列的文件，其行中该列为空。</translation>
    </message>
    <message>
        <source>This model's records have no system field, so the system prompt was put before each prompt.</source>
        <translation>此模型的记录没有系统字段，因此系统提示已放在每条提示词之前。</translation>
    </message>
    <message>
        <source>The model is legacy: AWS starts no new customization jobs on it. Choose an active model.</source>
        <translation>该模型为旧版：AWS 不再为其启动新的定制作业。请选择可用的模型。</translation>
    </message>
    <message>
        <source>The model is retired and can no longer be customized.</source>
        <translation>该模型已停用，无法再进行定制。</translation>
    </message>
    <message>
        <source>A source file could not be read and was left out: %s</source>
        <translation>有一个源文件无法读取，已被排除：%s</translation>
    </message>
    <message>
        <source>These columns are not used in the records: %s</source>
        <translation>以下列未在记录中使用：%s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Uploading and training on Bedrock is not installed in this version.</source>
        <translation>此版本未安装上传和在 Bedrock 上训练的功能。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running build (Esc)</source>
        <translation>停止正在进行的生成（Esc）</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>新建一个空项目</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved project file</source>
        <translation>打开已保存的项目文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>以新名称保存项目</translation>
    </message>
    <message>
        <source>&amp;Add source files…</source>
        <translation>添加数据源文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files to the project</source>
        <translation>向项目添加文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Build dataset</source>
        <translation>生成数据集(&amp;B)</translation>
    </message>
    <message>
        <source>Write the dataset files</source>
        <translation>写入数据集文件</translation>
    </message>
    <message>
        <source>&amp;Check data</source>
        <translation>检查数据(&amp;C)</translation>
    </message>
    <message>
        <source>Run every step without writing files</source>
        <translation>执行所有步骤但不写入文件</translation>
    </message>
    <message>
        <source>Stop the running build</source>
        <translation>停止正在进行的生成</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the language of the window</source>
        <translation>选择窗口的语言</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Tuning Data Studio</source>
        <translation>关于 Tuning Data Studio(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>生成(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Tuning Data Studio project (*.toml)</source>
        <translation>Tuning Data Studio 项目 (*.toml)</translation>
    </message>
    <message>
        <source>%s[*] — Tuning Data Studio</source>
        <translation>%s[*] — Tuning Data Studio</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>%s could not be written: %s</source>
        <translation>无法写入 %s：%s</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Restore unsaved project?</source>
        <translation>恢复未保存的项目？</translation>
    </message>
    <message>
        <source>Tuning Data Studio did not close properly last time. Restore the unsaved project?</source>
        <translation>Tuning Data Studio 上次未正常关闭。要恢复未保存的项目吗？</translation>
    </message>
    <message>
        <source>Could not restore the project</source>
        <translation>无法恢复项目</translation>
    </message>
    <message>
        <source>Nothing to build</source>
        <translation>没有可生成的内容</translation>
    </message>
    <message>
        <source>Add a source file on the Sources step first.</source>
        <translation>请先在“数据源”步骤中添加数据源文件。</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation><numerusform>大约还剩 %n 秒</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation><numerusform>大约还剩 %n 分钟</numerusform></translation>
    </message>
    <message>
        <source>Build finished.</source>
        <translation>生成完成。</translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation>检查完成。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language of the window. The change takes effect when you restart Tuning Data Studio.</source>
        <translation>窗口的语言。更改将在重新启动 Tuning Data Studio 后生效。</translation>
    </message>
    <message>
        <source>Restart Tuning Data Studio to use the new language.</source>
        <translation>请重新启动 Tuning Data Studio 以使用新语言。</translation>
    </message>
    <message>
        <source>About Tuning Data Studio</source>
        <translation>关于 Tuning Data Studio</translation>
    </message>
    <message>
        <source>Tuning Data Studio %s
Prepares training data for Amazon Bedrock model customization.</source>
        <translation>Tuning Data Studio %s
为 Amazon Bedrock 模型定制准备训练数据。</translation>
    </message>
    <message>
        <source>Build running</source>
        <translation>正在生成</translation>
    </message>
    <message>
        <source>A build is running. Cancel it and quit?</source>
        <translation>正在生成数据集。要取消并退出吗？</translation>
    </message>
</context>
<context>
    <name>MethodGuide</name>
    <message>
        <source>Your answers must follow facts that change or must point to their source. A Knowledge Base looks the facts up in your documents at question time, so nothing has to be retrained when a document changes. No training data is needed: upload the documents to a Knowledge Base instead.</source>
        <translation>您的回答必须跟随不断变化的事实，或者必须注明出处。知识库会在提问时从您的文档中查找事实，因此文档变化时无需重新训练。这种情况不需要训练数据：请改为将文档上传到知识库。</translation>
    </message>
    <message>
        <source>You have examples of questions with good answers, and the facts in them rarely change. Fine-tuning teaches the model to answer in that way, in your tone and format.</source>
        <translation>您有问题及其优质答案的示例，而且其中的事实很少变化。微调可以让模型学会以您的语气和格式这样回答。</translation>
    </message>
    <message>
        <source>You have running text (manuals, regulations, reports) but no question-and-answer examples. Continued pre-training teaches the model your field's vocabulary from that text. Few models still offer it; check the Fields step. For answers in a fixed style you first need question-and-answer examples.</source>
        <translation>您有成段的文本（手册、法规、报告），但没有问答示例。继续预训练可以让模型从这些文本中学习您所在领域的词汇。目前仍提供此功能的模型很少，请在“字段”步骤中确认。如果希望以固定风格回答，需要先准备问答示例。</translation>
    </message>
    <message>
        <source>You need both: up-to-date facts with their sources, and answers in a fixed style or procedure. Put the documents in a Knowledge Base for the facts, and fine-tune on your question-and-answer examples for the style. This tool prepares the fine-tuning part.</source>
        <translation>您两者都需要：带出处的最新事实，以及固定风格或流程的回答。请将文档放入知识库以提供事实，并用您的问答示例进行微调以学习风格。本工具负责准备微调部分。</translation>
    </message>
    <message>
        <source>Knowledge Base retrieval</source>
        <translation>知识库检索</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Continued pre-training</source>
        <translation>继续预训练</translation>
    </message>
    <message>
        <source>Knowledge Base + fine-tuning</source>
        <translation>知识库 + 微调</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>Which method fits? Answer four questions. The guide recommends a method and explains why; you can change the task later on the Fields step.</source>
        <translation>哪种方法适合您？请回答四个问题。向导会推荐一种方法并说明原因；之后您仍可以在“字段”步骤中更改任务。</translation>
    </message>
    <message>
        <source>1. What do your files mainly contain?</source>
        <translation>1. 您的文件主要包含什么？</translation>
    </message>
    <message>
        <source>Questions with their answers (FAQ, tickets, chats)</source>
        <translation>问题及其答案（常见问题、工单、聊天记录）</translation>
    </message>
    <message>
        <source>Running text (manuals, regulations, reports)</source>
        <translation>成段的文本（手册、法规、报告）</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者都有</translation>
    </message>
    <message>
        <source>2. Do the facts in the answers change often (prices, rules, product lists)?</source>
        <translation>2. 答案中的事实是否经常变化（价格、规定、产品列表）？</translation>
    </message>
    <message>
        <source>3. Must each answer name the document it comes from?</source>
        <translation>3. 每个回答是否必须注明其来源文档？</translation>
    </message>
    <message>
        <source>4. Should the model answer in a fixed tone, format or procedure, like your best staff do?</source>
        <translation>4. 模型是否应像您最好的员工那样，以固定的语气、格式或流程回答？</translation>
    </message>
    <message>
        <source>&amp;Use this method</source>
        <translation>使用此方法(&amp;U)</translation>
    </message>
    <message>
        <source>Select the recommended task on the Fields step</source>
        <translation>在“字段”步骤中选择推荐的任务</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Answer every question to see a recommendation.</source>
        <translation>回答所有问题后即可看到推荐。</translation>
    </message>
    <message>
        <source>Recommended: %s</source>
        <translation>推荐：%s</translation>
    </message>
    <message>
        <source>&amp;Note this and continue</source>
        <translation>记下并继续(&amp;N)</translation>
    </message>
    <message>
        <source>The task is set to %s. Continue with the Fields step.</source>
        <translation>任务已设为%s。请继续“字段”步骤。</translation>
    </message>
    <message>
        <source>A Knowledge Base needs no training data. You can still prepare fine-tuning data here later.</source>
        <translation>知识库不需要训练数据。之后您仍可以在这里准备微调数据。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Line {line}: blank line skipped.</source>
        <translation>第 {line} 行：已跳过空行。</translation>
    </message>
    <message>
        <source>Row {row}: blank row skipped.</source>
        <translation>第 {row} 行：已跳过空行。</translation>
    </message>
    <message>
        <source>Line {line}: a quoted field is not closed; the quote is kept as text.</source>
        <translation>第 {line} 行：引号括起的字段没有闭合，该引号按文本保留。</translation>
    </message>
    <message>
        <source>A column in the header line has no name; a name was made up.</source>
        <translation>标题行中有一列没有名称，已为其自动命名。</translation>
    </message>
    <message>
        <source>A column name appears twice in the header line; the second one was renamed.</source>
        <translation>标题行中有列名重复出现，第二个已被重命名。</translation>
    </message>
    <message>
        <source>Row {row}: a header cell was empty or repeated and was renamed.</source>
        <translation>第 {row} 行：某个标题单元格为空或重复，已被重命名。</translation>
    </message>
    <message>
        <source>The detected encoding is uncertain. Check the preview and choose the encoding if the text looks wrong.</source>
        <translation>检测到的编码不确定。请查看预览，如果文本看起来不对，请选择编码。</translation>
    </message>
    <message>
        <source>Some characters could not be decoded and were replaced. Choose the encoding if the text looks wrong.</source>
        <translation>部分字符无法解码，已被替换。如果文本显示不正确，请选择编码。</translation>
    </message>
    <message>
        <source>Line {line}: more fields than the header; the extra values were kept in an extra column.</source>
        <translation>第 {line} 行：字段数多于标题行；多出的值保存在额外的列中。</translation>
    </message>
    <message>
        <source>Line {line}: fewer fields than the header; the missing values were left empty.</source>
        <translation>第 {line} 行：字段数少于标题行；缺少的值留空。</translation>
    </message>
    <message>
        <source>The PDF's permissions forbid copying text. It was read anyway; check that you may use it.</source>
        <translation>该 PDF 的权限禁止复制文本。仍已读取；请确认您有权使用。</translation>
    </message>
    <message>
        <source>A page has no text layer (a scanned image) and was skipped. Run OCR on the PDF to include it.</source>
        <translation>有一页没有文本层（扫描图像），已跳过。对 PDF 进行 OCR 后即可包含该页。</translation>
    </message>
    <message>
        <source>A page uses a font whose characters cannot be turned into text and was skipped.</source>
        <translation>有一页使用的字体无法转换为文本，已跳过。</translation>
    </message>
    <message>
        <source>A page is mostly an image; text inside the image was not read. Run OCR on the PDF to include it.</source>
        <translation>有一页主要是图像；图像中的文字未被读取。对 PDF 进行 OCR 后即可包含。</translation>
    </message>
    <message>
        <source>Page {row}: characters that cannot be turned into text were removed.</source>
        <translation>第 {row} 页：已删除无法转换为文本的字符。</translation>
    </message>
    <message>
        <source>Template tags were removed from the document.</source>
        <translation>已从文档中删除模板标签。</translation>
    </message>
    <message>
        <source>The records were read from a list inside the top-level object.</source>
        <translation>记录是从顶层对象内的列表中读取的。</translation>
    </message>
    <message>
        <source>The top level is an object of objects; one row was read per key, with the key in column _key.</source>
        <translation>顶层是由对象组成的对象；每个键读取为一行，键保存在 _key 列中。</translation>
    </message>
    <message>
        <source>The export has no list of comments; comments were not read.</source>
        <translation>导出文件中没有评论列表；未读取评论。</translation>
    </message>
    <message>
        <source>Row {row}: the ticket row could not be read and was skipped.</source>
        <translation>第 {row} 行：无法读取该工单行，已跳过。</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Prompt is empty</source>
        <translation>提示词为空</translation>
    </message>
    <message>
        <source>Completion is empty</source>
        <translation>补全为空</translation>
    </message>
    <message>
        <source>Input text is empty</source>
        <translation>输入文本为空</translation>
    </message>
    <message>
        <source>A key differs only in upper/lower case</source>
        <translation>键名仅大小写不同</translation>
    </message>
    <message>
        <source>The conversation cannot be used</source>
        <translation>无法使用该对话</translation>
    </message>
    <message>
        <source>A conversation turn is empty</source>
        <translation>对话中有空的轮次</translation>
    </message>
    <message>
        <source>Too many tokens for the model</source>
        <translation>词元数超过模型上限</translation>
    </message>
    <message>
        <source>Input too long for the model</source>
        <translation>输入超过模型上限</translation>
    </message>
    <message>
        <source>Completion too long for the model</source>
        <translation>补全超过模型上限</translation>
    </message>
    <message>
        <source>Shorter than the minimum length</source>
        <translation>短于最小长度</translation>
    </message>
    <message>
        <source>Longer than the maximum length</source>
        <translation>长于最大长度</translation>
    </message>
    <message>
        <source>Not selected: more records than the model accepts</source>
        <translation>未选中：记录数超过模型可接受的数量</translation>
    </message>
    <message>
        <source>Contains a string the model reserves</source>
        <translation>包含模型保留的字符串</translation>
    </message>
    <message>
        <source>The row could not be read</source>
        <translation>无法读取该行</translation>
    </message>
    <message>
        <source>Excluded by hand</source>
        <translation>已手动排除</translation>
    </message>
    <message>
        <source>A value is a number or true/false, not text</source>
        <translation>某个值是数字或 true/false，而不是文本</translation>
    </message>
    <message>
        <source>Duplicate of another record</source>
        <translation>与另一条记录重复</translation>
    </message>
    <message>
        <source>Near-duplicate of another record</source>
        <translation>与另一条记录近似重复</translation>
    </message>
</context>
<context>
    <name>ReviewSlot</name>
    <message>
        <source>&amp;Check data</source>
        <translation>检查数据(&amp;C)</translation>
    </message>
    <message>
        <source>Run every step without writing files and show each record's outcome</source>
        <translation>执行所有步骤但不写入文件，并显示每条记录的结果</translation>
    </message>
    <message>
        <source>Check the data to see every record, why some are rejected, and their tokens.</source>
        <translation>检查数据后，可查看每条记录、部分记录被拒绝的原因以及词元数。</translation>
    </message>
    <message>
        <source>The review table is not installed in this version.</source>
        <translation>此版本未安装审阅表格。</translation>
    </message>
    <message>
        <source>Checked. Change the recipe and check again to see the effect.</source>
        <translation>检查完成。修改设置后再次检查即可看到效果。</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Found {threads} threads with {messages} messages. Left out {notes} internal notes and {replies} automatic replies; removed {signatures} signatures and {quotes} quoted earlier messages.</source>
        <translation>找到 {threads} 个工单对话，共 {messages} 条消息。已略去 {notes} 条内部备注和 {replies} 条自动回复；已删除 {signatures} 处签名和 {quotes} 处引用的早先消息。</translation>
    </message>
    <message>
        <source>Found {pages} pages and {blocks} text blocks (headings, paragraphs, list items, tables).</source>
        <translation>找到 {pages} 页、{blocks} 个文本块（标题、段落、列表项、表格）。</translation>
    </message>
    <message>
        <source>Found {blocks} text blocks (headings, paragraphs, list items, tables).</source>
        <translation>找到 {blocks} 个文本块（标题、段落、列表项、表格）。</translation>
    </message>
    <message>
        <source>Pages left out because they have no usable text: {pages}.</source>
        <translation>因没有可用文字而略去的页：{pages}。</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Add CSV, Excel, JSON Lines, PDF, Word or HTML files</source>
        <translation>添加 CSV、Excel、JSON Lines、PDF、Word 或 HTML 文件</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Add every supported file in a folder and its subfolders</source>
        <translation>添加文件夹及其子文件夹中所有受支持的文件</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected file from the project; the file itself is not changed</source>
        <translation>从项目中移除所选文件；文件本身不会被修改</translation>
    </message>
    <message>
        <source>Drop files or folders here, or use Add files.</source>
        <translation>将文件或文件夹拖放到此处，或使用“添加文件”。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Source files</source>
        <translation>数据源文件</translation>
    </message>
    <message>
        <source>Text encoding of the file; “auto” detects it</source>
        <translation>文件的文本编码；“auto”表示自动检测</translation>
    </message>
    <message>
        <source>Excel sheet to read; empty means the first sheet</source>
        <translation>要读取的 Excel 工作表；留空表示第一个工作表</translation>
    </message>
    <message>
        <source>Question and answer pairs</source>
        <translation>问答对</translation>
    </message>
    <message>
        <source>Whole conversations</source>
        <translation>完整对话</translation>
    </message>
    <message>
        <source>Ticket text with a label</source>
        <translation>带标签的工单文本</translation>
    </message>
    <message>
        <source>What each ticket thread of a help-desk export becomes</source>
        <translation>客服工单导出文件中每个工单会话转换成什么</translation>
    </message>
    <message>
        <source>Ticket field used as the label, for example priority or category</source>
        <translation>用作标签的工单字段，例如优先级或类别</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Tickets become:</source>
        <translation>工单转换为(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Label field:</source>
        <translation>标签字段(&amp;L)：</translation>
    </message>
    <message>
        <source>First rows of the selected file</source>
        <translation>所选文件的前几行</translation>
    </message>
    <message>
        <source>Add source files</source>
        <translation>添加数据源文件</translation>
    </message>
    <message>
        <source>Supported files (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.jsonl *.pdf *.docx *.html *.htm *.md);;All files (*)</source>
        <translation>受支持的文件 (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.jsonl *.pdf *.docx *.html *.htm *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Cannot read: %s</source>
        <translation>无法读取：%s</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>读取中…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation><numerusform>%n 个问题</numerusform></translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>All %n files have the same columns and are combined into one table.</source>
        <translation><numerusform>全部 %n 个文件的列相同，已合并为一张表。</numerusform></translation>
    </message>
    <message>
        <source>These files have different columns from %s. Their rows are still combined, with the missing columns left empty. Remove them or make their columns match if that is not what you want:</source>
        <translation>以下文件的列与 %s 不同。它们的行仍会被合并，缺少的列留空。如果这不是您想要的，请移除这些文件或使其列一致：</translation>
    </message>
    <message>
        <source>missing %s</source>
        <translation>缺少 %s</translation>
    </message>
    <message>
        <source>extra %s</source>
        <translation>多出 %s</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Reading files</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Reading PDF pages</source>
        <translation>正在读取 PDF 页面</translation>
    </message>
    <message>
        <source>Reading Word paragraphs</source>
        <translation>正在读取 Word 段落</translation>
    </message>
    <message>
        <source>Filling the fields</source>
        <translation>正在填充字段</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清洗</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>正在查找重复项</translation>
    </message>
    <message>
        <source>Counting tokens</source>
        <translation>正在统计词元</translation>
    </message>
    <message>
        <source>Checking records</source>
        <translation>正在检查记录</translation>
    </message>
    <message>
        <source>Splitting</source>
        <translation>正在拆分</translation>
    </message>
    <message>
        <source>Writing files</source>
        <translation>正在写入文件</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Method guide</source>
        <translation>方法向导</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清洗</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Train on Bedrock</source>
        <translation>在 Bedrock 上训练</translation>
    </message>
</context>
<context>
    <name>StudioContext</name>
    <message>
        <source>Not available yet</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <source>This version cannot run this step yet. Use the command line or a newer version.</source>
        <translation>此版本尚不能执行此步骤。请使用命令行或更新的版本。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统提示</translation>
    </message>
    <message>
        <source>Conversation column</source>
        <translation>对话列</translation>
    </message>
    <message>
        <source>Stratify by</source>
        <translation>分层依据</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseDialog</name>
    <message>
        <source>Export for a Knowledge Base</source>
        <translation>导出到知识库</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>输出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Metadata attributes</source>
        <translation>元数据属性</translation>
    </message>
    <message>
        <source>&amp;Add attribute</source>
        <translation>添加属性(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove attribute</source>
        <translation>删除属性(&amp;R)</translation>
    </message>
    <message>
        <source>Metadata attributes for every file</source>
        <translation>应用于每个文件的元数据属性</translation>
    </message>
    <message>
        <source>A Knowledge Base can filter search results by these, for example department = legal. Names must not start with x-amz-bedrock.</source>
        <translation>知识库可以按这些属性筛选检索结果，例如 department = legal。名称不能以 x-amz-bedrock 开头。</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>The project has no documents (PDF, Word, HTML, Markdown or text). Add them on the Sources step; spreadsheets and ticket exports are not exported here.</source>
        <translation>项目中没有文档（PDF、Word、HTML、Markdown 或文本）。请在“数据源”步骤中添加；电子表格和工单导出文件不在此导出。</translation>
    </message>
    <message numerus="yes">
        <source>Writes %n document(s) as cleaned Markdown, each with the metadata file Bedrock reads: %1</source>
        <translation><numerusform>将 %n 个文档写为清理后的 Markdown，每个都附带 Bedrock 读取的元数据文件：%1</numerusform></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>Choose an output folder first.</source>
        <translation>请先选择输出文件夹。</translation>
    </message>
    <message>
        <source>Exporting the documents…</source>
        <translation>正在导出文档…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation><numerusform>已将 %n 个文件写入 %1。</numerusform></translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>已写入：</translation>
    </message>
    <message>
        <source>Left out, with the reason:</source>
        <translation>已排除（附原因）：</translation>
    </message>
    <message>
        <source>The export failed: %s</source>
        <translation>导出失败：%s</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>ReasonMessages</name>
    <message>
        <source>exact duplicate of record {id} ({kept}), which is kept</source>
        <translation>与记录 {id}（{kept}）完全重复，保留的是该记录</translation>
    </message>
    <message>
        <source>near duplicate of record {id} ({kept}, estimated similarity {similarity}), which is kept</source>
        <translation>与记录 {id}（{kept}，估计相似度 {similarity}）近似重复，保留的是该记录</translation>
    </message>
    <message>
        <source>the row could not be used: {detail}</source>
        <translation>该行无法使用：{detail}</translation>
    </message>
    <message>
        <source>excluded by hand in the Review step</source>
        <translation>已在“审阅”步骤中手动排除</translation>
    </message>
    <message>
        <source>column {detail} holds a number or true/false, not text; convert it in the source or switch on 'accept numbers as text'</source>
        <translation>列 {detail} 包含数字或 true/false，而不是文本；请在数据源中转换，或在“清洗”中打开“将数字作为文本接受”</translation>
    </message>
    <message>
        <source>the prompt is empty after cleaning; fill in the column {detail} or change the prompt template</source>
        <translation>清洗后提示词为空；请填写列 {detail} 或修改提示词模板</translation>
    </message>
    <message>
        <source>the completion is empty after cleaning; fill in the column {detail} or change the completion template</source>
        <translation>清洗后补全为空；请填写列 {detail} 或修改补全模板</translation>
    </message>
    <message>
        <source>the input text is empty after cleaning; fill in the column {detail} or change the input template</source>
        <translation>清洗后输入文本为空；请填写列 {detail} 或修改输入模板</translation>
    </message>
    <message>
        <source>{detail}; keys are case-sensitive, so rename the key in the file or map that column explicitly</source>
        <translation>{detail}；键区分大小写，请在文件中重命名该键，或明确映射该列</translation>
    </message>
    <message>
        <source>the conversation cannot be used: {detail}</source>
        <translation>该对话无法使用：{detail}</translation>
    </message>
    <message>
        <source>a conversation turn is empty after cleaning</source>
        <translation>清洗后有一轮对话为空</translation>
    </message>
    <message>
        <source>the text contains {detail}, which the model family reserves; remove it or choose 'escape reserved strings' in Cleaning</source>
        <translation>文本包含 {detail}，这是该模型系列保留的字符串；请删除，或在“清洗”的“保留字符串”中选择转义</translation>
    </message>
    <message>
        <source>about {detail} tokens, over the model's limit per record; shorten the text or split it</source>
        <translation>约 {detail} 个词元，超出模型的单条记录上限；请缩短或拆分文本</translation>
    </message>
    <message>
        <source>the input (system and prompt) is about {detail} tokens, over the model's input limit</source>
        <translation>输入（系统提示和提示词）约 {detail} 个词元，超出模型的输入上限</translation>
    </message>
    <message>
        <source>the completion is about {detail} tokens, over the model's output limit</source>
        <translation>补全约 {detail} 个词元，超出模型的输出上限</translation>
    </message>
    <message>
        <source>the text is shorter than the minimum length set in Cleaning</source>
        <translation>文本短于“清洗”中设置的最小长度</translation>
    </message>
    <message>
        <source>the text is longer than the maximum length set in Cleaning</source>
        <translation>文本长于“清洗”中设置的最大长度</translation>
    </message>
    <message>
        <source>exact duplicate of record {detail}, which is kept</source>
        <translation>与记录 {detail} 完全重复，保留的是该记录</translation>
    </message>
    <message>
        <source>near duplicate of record {detail}, which is kept</source>
        <translation>与记录 {detail} 近似重复，保留的是该记录</translation>
    </message>
    <message>
        <source>not selected: at most {detail} records can be exported, so a seeded subset was kept</source>
        <translation>未选中：最多只能导出 {detail} 条记录，因此按随机种子保留了一部分</translation>
    </message>
    <message>
        <source>{file}, row {number}</source>
        <translation>{file} 第 {number} 行</translation>
    </message>
    <message>
        <source>{file}, line {number}</source>
        <translation>{file} 第 {number} 行</translation>
    </message>
    <message>
        <source>{file}, item {number}</source>
        <translation>{file} 第 {number} 项</translation>
    </message>
    <message>
        <source>{file}, part {number}</source>
        <translation>{file} 第 {number} 段</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
</context>
</TS>