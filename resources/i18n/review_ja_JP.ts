<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>NearDuplicateView</name>
    <message>
        <location filename="../../gui/review/compare.py" line="76"/>
        <source>Keep an&amp;yway</source>
        <translation>それでも採用(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="78"/>
        <location filename="../../gui/review/compare.py" line="142"/>
        <source>Keep this record in the training data even though it is almost the same as the kept record.</source>
        <translation>残されたレコードとほぼ同じでも、このレコードを学習データに残します。</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="80"/>
        <source>This record</source>
        <translation>このレコード</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="81"/>
        <source>Kept record</source>
        <translation>残されたレコード</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="110"/>
        <source>keep the first record in input order</source>
        <translation>入力順で最初のレコードを残す</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="111"/>
        <source>keep the longest record</source>
        <translation>最も長いレコードを残す</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="112"/>
        <source>keep the most recent record by the time column</source>
        <translation>時刻の列で最も新しいレコードを残す</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="127"/>
        <source>Near duplicate of record {kept}: estimated similarity {similarity}. Keep rule: {rule}.</source>
        <translation>レコード {kept} とほぼ重複：推定類似度 {similarity}。残す規則：{rule}。</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="129"/>
        <source>This record ({id})</source>
        <translation>このレコード（{id}）</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="131"/>
        <source>Kept record ({id})</source>
        <translation>残されたレコード（{id}）</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="134"/>
        <source>The kept record is not in this build.</source>
        <translation>残されたレコードはこのビルドにありません。</translation>
    </message>
    <message>
        <location filename="../../gui/review/compare.py" line="139"/>
        <source>You already keep this record.</source>
        <translation>このレコードはすでに残しています。</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../gui/review/detail.py" line="112"/>
        <source>S&amp;ource row</source>
        <translation>元の行(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="113"/>
        <source>The row of the input file this record was made from, column by column.</source>
        <translation>このレコードの元になった入力ファイルの行を、列ごとに表示します。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="114"/>
        <source>JSON &amp;record</source>
        <translation>JSON レコード(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="115"/>
        <source>Source row</source>
        <translation>元の行</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="116"/>
        <source>JSON record</source>
        <translation>JSON レコード</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="117"/>
        <source>The line written to the training file for this record, indented for reading.</source>
        <translation>このレコードが学習ファイルに書き出される行です（読みやすいようにインデントしています）。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="167"/>
        <source>Select a record in the table to see where it came from.</source>
        <translation>表でレコードを選択すると、その出所が表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="179"/>
        <source>Record {id} from {file}, row {row}</source>
        <translation>レコード {id}（{file} の {row} 行目）</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="184"/>
        <source>Tokens: {aws} (AWS estimate, characters ÷ 6), {script} (script-aware estimate); model limit {limit}</source>
        <translation>トークン数: {aws}（AWS の推定、文字数 ÷ 6）、{script}（文字種を考慮した推定）、モデルの上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="193"/>
        <source>No JSON record: this row could not be turned into one.</source>
        <translation>JSON レコードはありません。この行はレコードに変換できませんでした。</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="216"/>
        <source>Duplicate of record {id}</source>
        <translation>レコード {id} と重複</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="217"/>
        <source>Go to record {id}</source>
        <translation>レコード {id} へ移動</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="229"/>
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
    <name>RedactionPanel</name>
    <message>
        <location filename="../../gui/review/redactions.py" line="157"/>
        <source>&amp;Personal data replaced in this record</source>
        <translation>このレコードで置き換えた個人情報(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="158"/>
        <source>Personal data replaced in this record</source>
        <translation>このレコードで置き換えた個人情報</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="160"/>
        <source>Each value the cleaning step replaced with a placeholder. The original values are shown only here and are never saved to a file.</source>
        <translation>クリーニングでプレースホルダーに置き換えた各値です。元の値はここにだけ表示され、ファイルには保存されません。</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="164"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="164"/>
        <source>Placeholder</source>
        <translation>プレースホルダー</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="164"/>
        <source>Original value</source>
        <translation>元の値</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="164"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="164"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="166"/>
        <source>&amp;Undo this redaction</source>
        <translation>この置き換えを元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="168"/>
        <source>Put the original value back for this placeholder in this record only. It takes effect at the next check or build.</source>
        <translation>このレコードでだけ、このプレースホルダーを元の値に戻します。次回のチェックまたはビルドで反映されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="171"/>
        <source>Undo all of this &amp;type</source>
        <translation>この種類をすべて元に戻す(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="173"/>
        <source>Stop replacing this type of personal data in every record. It takes effect at the next check or build.</source>
        <translation>すべてのレコードでこの種類の個人情報を置き換えないようにします。次回のチェックまたはビルドで反映されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="175"/>
        <source>Re&amp;dact again</source>
        <translation>もう一度置き換える(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="176"/>
        <source>Take the undo back, so the value is replaced with its placeholder again.</source>
        <translation>元に戻す操作を取り消し、値を再びプレースホルダーに置き換えます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="177"/>
        <source>Changes take effect at the next check or build.</source>
        <translation>変更は次回のチェックまたはビルドで反映されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="212"/>
        <source>Undone by you in every record</source>
        <translation>すべてのレコードで元に戻し済み</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="214"/>
        <source>Undone by you</source>
        <translation>元に戻し済み</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="216"/>
        <source>Undone by you in every record (at the next check)</source>
        <translation>すべてのレコードで元に戻す（次回のチェックで反映）</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="218"/>
        <source>Undone by you (at the next check)</source>
        <translation>元に戻す（次回のチェックで反映）</translation>
    </message>
    <message>
        <location filename="../../gui/review/redactions.py" line="219"/>
        <source>Replaced</source>
        <translation>置き換え済み</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../gui/review/page.py" line="239"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="240"/>
        <source>Show only the records of one kind. The number is how many there are.</source>
        <translation>特定の種類のレコードだけを表示します。括弧内の数字はその件数です。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="241"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="242"/>
        <source>Show only the records that have this reason, with how many have it.</source>
        <translation>この理由を持つレコードだけを表示します。括弧内の数字はその件数です。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="243"/>
        <source>Se&amp;arch:</source>
        <translation>検索(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="244"/>
        <source>Text, source row or record id (Ctrl+F)</source>
        <translation>テキスト、元の行、またはレコード ID (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="246"/>
        <source>Show only the records whose JSON text, source row (file:row) or id contains this text. Case is ignored.</source>
        <translation>JSON テキスト、元の行（ファイル:行）、または ID にこの文字列を含むレコードだけを表示します。大文字と小文字は区別しません。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="248"/>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="249"/>
        <source>Records of the build</source>
        <translation>ビルド結果のレコード</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="250"/>
        <source>Token count histogram</source>
        <translation>トークン数のヒストグラム</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="253"/>
        <source>Click a column header to sort. Select records and press Delete to exclude them or Insert to keep them.</source>
        <translation>列見出しをクリックすると並べ替えます。レコードを選択し、Delete キーで除外、Insert キーで採用します。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="255"/>
        <source>E&amp;xclude selected</source>
        <translation>選択を除外(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="257"/>
        <source>Leave the selected records out of the training data (Delete or Ctrl+E). They are listed as excluded by you.</source>
        <translation>選択したレコードを学習データから外します（Delete または Ctrl+E）。「手動で除外」として一覧に残ります。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="259"/>
        <source>&amp;Keep selected</source>
        <translation>選択を採用(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="261"/>
        <source>Keep the selected records even though the build rejected them or found them duplicate, or undo an exclusion (Insert or Ctrl+I).</source>
        <translation>ビルドで不採用または重複と判定されたレコードでも採用します。除外の取り消しにも使います（Insert または Ctrl+I）。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="263"/>
        <source>Search records</source>
        <translation>レコードを検索</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="454"/>
        <source>Filtering failed: {error}</source>
        <translation>絞り込みに失敗しました: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="481"/>
        <source>All records</source>
        <translation>すべてのレコード</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="482"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="483"/>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="484"/>
        <source>Rejected</source>
        <translation>不採用</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="485"/>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="486"/>
        <source>Over the token limit</source>
        <translation>トークン上限超過</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="487"/>
        <source>Near the token limit (90% or more)</source>
        <translation>トークン上限に近い（90% 以上）</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="488"/>
        <source>Excluded or kept by you</source>
        <translation>手動で除外・採用したもの</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="489"/>
        <source>Redacted (personal data replaced)</source>
        <translation>匿名化済み（個人情報を置き換え）</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="490"/>
        <source>Near duplicates</source>
        <translation>ほぼ重複</translation>
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
        <translation>すべての理由</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="687"/>
        <source>No build yet: the records appear here after the build runs.</source>
        <translation>まだビルドしていません。ビルドを実行すると、ここにレコードが表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="690"/>
        <source>Showing {shown} of {total} records</source>
        <translation>{total} 件中 {shown} 件を表示</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="695"/>
        <source>Excluded by you: {excluded} · Kept by you: {included}</source>
        <translation>手動で除外: {excluded} · 手動で採用: {included}</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="701"/>
        <source>Redactions undone: {undone}</source>
        <translation>元に戻した置き換え: {undone}</translation>
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
