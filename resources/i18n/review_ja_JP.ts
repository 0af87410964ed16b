<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../gui/review/detail.py" line="82"/>
        <source>S&amp;ource row</source>
        <translation>元の行(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="83"/>
        <source>The row of the input file this record was made from, column by column.</source>
        <translation>このレコードの元になった入力ファイルの行を、列ごとに表示します。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="84"/>
        <source>JSON &amp;record</source>
        <translation>JSON レコード(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="85"/>
        <source>Source row</source>
        <translation>元の行</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="86"/>
        <source>JSON record</source>
        <translation>JSON レコード</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="87"/>
        <source>The line written to the training file for this record, indented for reading.</source>
        <translation>このレコードが学習ファイルに書き出される行です（読みやすいようにインデントしています）。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="112"/>
        <source>Select a record in the table to see where it came from.</source>
        <translation>表でレコードを選択すると、その出所が表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="121"/>
        <source>Record {id} from {file}, row {row}</source>
        <translation>レコード {id}（{file} の {row} 行目）</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="126"/>
        <source>Tokens: {aws} (AWS estimate, characters ÷ 6), {script} (script-aware estimate); model limit {limit}</source>
        <translation>トークン数: {aws}（AWS の推定、文字数 ÷ 6）、{script}（文字種を考慮した推定）、モデルの上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="135"/>
        <source>No JSON record: this row could not be turned into one.</source>
        <translation>JSON レコードはありません。この行はレコードに変換できませんでした。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="146"/>
        <source>Duplicate of record {id}</source>
        <translation>レコード {id} と重複</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="147"/>
        <source>Go to record {id}</source>
        <translation>レコード {id} へ移動</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="159"/>
        <source>The source row is not available for this record.</source>
        <translation>このレコードの元の行は表示できません。</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../gui/models/records_model.py" line="70"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="71"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="72"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="73"/>
        <source>Tokens (AWS)</source>
        <translation>トークン数（AWS）</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="74"/>
        <source>Tokens (script-aware)</source>
        <translation>トークン数（文字種考慮）</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="75"/>
        <source>Duplicate of</source>
        <translation>重複元</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="76"/>
        <source>Source row</source>
        <translation>元の行</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="77"/>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="84"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="85"/>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="86"/>
        <source>Rejected</source>
        <translation>不採用</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="87"/>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="130"/>
        <source>{status} · excluded by you</source>
        <translation>{status} · 手動で除外</translation>
    </message>
    <message>
        <location filename="../../gui/models/records_model.py" line="132"/>
        <source>{status} · kept by you</source>
        <translation>{status} · 手動で採用</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../gui/review/page.py" line="231"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="232"/>
        <source>Show only the records of one kind. The number is how many there are.</source>
        <translation>特定の種類のレコードだけを表示します。括弧内の数字はその件数です。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="233"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="234"/>
        <source>Show only the records that have this reason, with how many have it.</source>
        <translation>この理由を持つレコードだけを表示します。括弧内の数字はその件数です。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="235"/>
        <source>Se&amp;arch:</source>
        <translation>検索(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="236"/>
        <source>Text, source row or record id (Ctrl+F)</source>
        <translation>テキスト、元の行、またはレコード ID (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="238"/>
        <source>Show only the records whose JSON text, source row (file:row) or id contains this text. Case is ignored.</source>
        <translation>JSON テキスト、元の行（ファイル:行）、または ID にこの文字列を含むレコードだけを表示します。大文字と小文字は区別しません。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="240"/>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="241"/>
        <source>Records of the build</source>
        <translation>ビルド結果のレコード</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="242"/>
        <source>Token count histogram</source>
        <translation>トークン数のヒストグラム</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="245"/>
        <source>Click a column header to sort. Select records and press Delete to exclude them or Insert to keep them.</source>
        <translation>列見出しをクリックすると並べ替えます。レコードを選択し、Delete キーで除外、Insert キーで採用します。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="247"/>
        <source>E&amp;xclude selected</source>
        <translation>選択を除外(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="249"/>
        <source>Leave the selected records out of the training data (Delete or Ctrl+E). They are listed as excluded by you.</source>
        <translation>選択したレコードを学習データから外します（Delete または Ctrl+E）。「手動で除外」として一覧に残ります。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="251"/>
        <source>&amp;Keep selected</source>
        <translation>選択を採用(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="253"/>
        <source>Keep the selected records even though the build rejected them or found them duplicate, or undo an exclusion (Insert or Ctrl+I).</source>
        <translation>ビルドで不採用または重複と判定されたレコードでも採用します。除外の取り消しにも使います（Insert または Ctrl+I）。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="255"/>
        <source>Search records</source>
        <translation>レコードを検索</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="420"/>
        <source>Filtering failed: {error}</source>
        <translation>絞り込みに失敗しました: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="446"/>
        <source>All records</source>
        <translation>すべてのレコード</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="447"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="448"/>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="449"/>
        <source>Rejected</source>
        <translation>不採用</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="450"/>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="451"/>
        <source>Over the token limit</source>
        <translation>トークン上限超過</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="452"/>
        <source>Near the token limit (90% or more)</source>
        <translation>トークン上限に近い（90% 以上）</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="453"/>
        <source>Excluded or kept by you</source>
        <translation>手動で除外・採用したもの</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="465"/>
        <location filename="../../gui/review/page.py" line="474"/>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="472"/>
        <source>Any reason</source>
        <translation>すべての理由</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="582"/>
        <source>No build yet: the records appear here after the build runs.</source>
        <translation>まだビルドしていません。ビルドを実行すると、ここにレコードが表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="585"/>
        <source>Showing {shown} of {total} records</source>
        <translation>{total} 件中 {shown} 件を表示</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="590"/>
        <source>Excluded by you: {excluded} · Kept by you: {included}</source>
        <translation>手動で除外: {excluded} · 手動で採用: {included}</translation>
    </message>
</context>
<context>
    <name>TokenHistogram</name>
    <message>
        <location filename="../../gui/review/histogram.py" line="105"/>
        <source>How many records have each token count (the larger of the two estimates). The red line is the model&apos;s limit: records right of it are rejected.</source>
        <translation>トークン数ごとのレコード件数です（2 つの推定のうち大きい方）。赤い線はモデルの上限で、その右側のレコードは不採用になります。</translation>
    </message>
    <message>
        <location filename="../../gui/review/histogram.py" line="112"/>
        <source>Tokens per record (larger estimate)</source>
        <translation>レコードあたりのトークン数（大きい方の推定）</translation>
    </message>
    <message>
        <location filename="../../gui/review/histogram.py" line="113"/>
        <location filename="../../gui/review/histogram.py" line="125"/>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <location filename="../../gui/review/histogram.py" line="116"/>
        <source>No records</source>
        <translation>レコードがありません</translation>
    </message>
    <message>
        <location filename="../../gui/review/histogram.py" line="132"/>
        <source>Model limit: {limit}</source>
        <translation>モデルの上限: {limit}</translation>
    </message>
</context>
</TS>
