<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CleaningPage</name>
    <message>
        <source>Normalize line endings</source>
        <translation>改行コードを統一</translation>
    </message>
    <message>
        <source>Turn Windows (CR LF) and old Mac (CR) line endings into LF.</source>
        <translation>Windows（CR LF）や旧 Mac（CR）の改行を LF に統一します。</translation>
    </message>
    <message>
        <source>Remove control characters</source>
        <translation>制御文字を削除</translation>
    </message>
    <message>
        <source>Delete invisible control characters that break JSON and tokenizers.</source>
        <translation>JSON やトークナイザーを壊す見えない制御文字を削除します。</translation>
    </message>
    <message>
        <source>Remove zero-width characters</source>
        <translation>ゼロ幅文字を削除</translation>
    </message>
    <message>
        <source>Delete zero-width spaces and joiners copied from web pages.</source>
        <translation>Web ページからコピーされたゼロ幅スペースや結合子を削除します。</translation>
    </message>
    <message>
        <source>Unicode NFKC normalization</source>
        <translation>Unicode NFKC 正規化</translation>
    </message>
    <message>
        <source>Turn full-width letters and digits into normal ones (ＡＢＣ１２３ → ABC123).</source>
        <translation>全角の英数字を半角にします（ＡＢＣ１２３ → ABC123）。</translation>
    </message>
    <message>
        <source>Collapse repeated spaces</source>
        <translation>連続する空白をまとめる</translation>
    </message>
    <message>
        <source>Replace runs of spaces and tabs with one space.</source>
        <translation>連続するスペースやタブを 1 つのスペースにします。</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>前後の空白を削除</translation>
    </message>
    <message>
        <source>Remove spaces at the start and end of every field.</source>
        <translation>各フィールドの先頭と末尾の空白を削除します。</translation>
    </message>
    <message>
        <source>Convert HTML to text</source>
        <translation>HTML をテキストに変換</translation>
    </message>
    <message>
        <source>Strip HTML tags and decode entities such as &amp;amp;.</source>
        <translation>HTML タグを取り除き、&amp;amp; などの実体参照を文字に戻します。</translation>
    </message>
    <message>
        <source>Repair garbled text</source>
        <translation>文字化けを修復</translation>
    </message>
    <message>
        <source>Fix text that was decoded with the wrong encoding (mojibake).</source>
        <translation>誤った文字コードで読み込まれた文字化けを修復します。</translation>
    </message>
    <message>
        <source>Accept numbers as text</source>
        <translation>数値をテキストとして受け入れる</translation>
    </message>
    <message>
        <source>Use numbers and true/false values from JSON files as text instead of rejecting them.</source>
        <translation>JSON ファイルの数値や true/false を拒否せず、テキストとして使います。</translation>
    </message>
    <message>
        <source>Remove repeated boilerplate lines</source>
        <translation>繰り返される定型行を削除</translation>
    </message>
    <message>
        <source>Delete lines such as signatures and disclaimers that repeat across many records.</source>
        <translation>署名や免責事項など、多くのレコードに繰り返し現れる行を削除します。</translation>
    </message>
    <message>
        <source>Remove exact duplicates</source>
        <translation>完全な重複を削除</translation>
    </message>
    <message>
        <source>Keep the first of records whose text is identical.</source>
        <translation>テキストが同一のレコードは最初の 1 件だけを残します。</translation>
    </message>
    <message>
        <source>Remove near-duplicates</source>
        <translation>ほぼ重複を削除</translation>
    </message>
    <message>
        <source>Switch each rule on or off. After you check the data on the Review step, the number of records each rule changed appears beside it.</source>
        <translation>各ルールをオン・オフします。「レビュー」ステップでデータをチェックすると、各ルールが変更したレコード数が横に表示されます。</translation>
    </message>
    <message>
        <source>Text rules</source>
        <translation>テキストのルール</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>変更しない</translation>
    </message>
    <message>
        <source>Traditional → Simplified</source>
        <translation>繁体字 → 簡体字</translation>
    </message>
    <message>
        <source>Simplified → Traditional</source>
        <translation>簡体字 → 繁体字</translation>
    </message>
    <message>
        <source>Convert Chinese text between Traditional and Simplified characters</source>
        <translation>中国語テキストを繁体字と簡体字の間で変換します</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Reject records whose text is shorter than this many characters</source>
        <translation>テキストがこの文字数より短いレコードを拒否します</translation>
    </message>
    <message>
        <source>Reject records whose text is longer than this many characters</source>
        <translation>テキストがこの文字数より長いレコードを拒否します</translation>
    </message>
    <message>
        <source>Reject the record</source>
        <translation>レコードを拒否</translation>
    </message>
    <message>
        <source>Escape the string</source>
        <translation>文字列をエスケープ</translation>
    </message>
    <message>
        <source>What to do with text the model reserves, such as special tokens</source>
        <translation>特殊トークンなど、モデルが予約しているテキストの扱い</translation>
    </message>
    <message>
        <source>Share of records a line must appear in to count as boilerplate</source>
        <translation>定型行とみなすために、その行が現れる必要があるレコードの割合</translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation>中国語の字体(&amp;S)：</translation>
    </message>
    <message>
        <source>Mi&amp;nimum characters:</source>
        <translation>最小文字数(&amp;N)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum characters:</source>
        <translation>最大文字数(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Reserved strings:</source>
        <translation>予約文字列(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Boilerplate share:</source>
        <translation>定型行の割合(&amp;B)：</translation>
    </message>
    <message>
        <source>Limits and conversions</source>
        <translation>制限と変換</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Replace personal data with placeholders such as [EMAIL] and [PHONE]</source>
        <translation>個人情報を [EMAIL] や [PHONE] などのプレースホルダーに置き換える</translation>
    </message>
    <message>
        <source>Extra terms to hide, separated by commas</source>
        <translation>ほかに隠す語句（カンマ区切り）</translation>
    </message>
    <message>
        <source>Names or other words that are replaced by [TERM]</source>
        <translation>[TERM] に置き換える名前などの語句</translation>
    </message>
    <message>
        <source>E&amp;xtra terms:</source>
        <translation>追加の語句(&amp;X)：</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>How similar two records must be to count as near-duplicates</source>
        <translation>ほぼ重複とみなす 2 件のレコードの類似度</translation>
    </message>
    <message>
        <source>Similarity &amp;threshold:</source>
        <translation>類似度のしきい値(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation><numerusform>%n 件のレコードを変更</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation><numerusform>重複 %n 件</numerusform></translation>
    </message>
    <message>
        <source>No counts yet: check the data on the Review step to see them.</source>
        <translation>まだ件数はありません。「レビュー」ステップでデータをチェックすると表示されます。</translation>
    </message>
    <message>
        <source>Counts are from the last check or build.</source>
        <translation>件数は直前のチェックまたは作成の結果です。</translation>
    </message>
    <message>
        <source>Before: %s</source>
        <translation>変更前：%s</translation>
    </message>
    <message>
        <source>After: %s</source>
        <translation>変更後：%s</translation>
    </message>
    <message>
        <source>&amp;Kinds:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Access keys, tokens and passwords written in the text become [SECRET].</source>
        <translation>本文中のアクセスキー、トークン、パスワードを [SECRET] に置き換えます。</translation>
    </message>
    <message>
        <source>Addresses such as name@example.com become [EMAIL].</source>
        <translation>name@example.com のようなアドレスを [EMAIL] に置き換えます。</translation>
    </message>
    <message>
        <source>Bank account numbers (IBAN)</source>
        <translation>銀行口座番号（IBAN）</translation>
    </message>
    <message>
        <source>Card numbers that pass the card checksum become [CARD].</source>
        <translation>カード番号のチェックに合格した番号を [CARD] に置き換えます。</translation>
    </message>
    <message>
        <source>Chinese resident ID numbers and Japanese My Number become [ID_NUMBER].</source>
        <translation>中国の居民身分証番号と日本のマイナンバーを [ID_NUMBER] に置き換えます。</translation>
    </message>
    <message>
        <source>Computer network addresses such as 192.0.2.10 become [IP].</source>
        <translation>192.0.2.10 のようなネットワークアドレスを [IP] に置き換えます。</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Extra terms</source>
        <translation>追加の語句</translation>
    </message>
    <message>
        <source>Find e-mail addresses, phone numbers, ID and card numbers and other personal data, and replace each with a placeholder before the data leaves this computer. You can undo single replacements on the Review step.</source>
        <translation>データがこのコンピューターを離れる前に、メールアドレス、電話番号、ID 番号、カード番号などの個人情報を見つけ、プレースホルダーに置き換えます。個々の置き換えは「レビュー」ステップで元に戻せます。</translation>
    </message>
    <message>
        <source>How similar two records must be to count as near-duplicates, from 0.5 (half the wording shared) to 1.0 (the same words). Higher values remove fewer records.</source>
        <translation>2 つのレコードをほぼ重複とみなす類似度です。0.5（語句の半分が共通）から 1.0（同じ語句）まで。値が大きいほど削除されるレコードは少なくなります。</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>ID 番号</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>International bank account numbers with a valid checksum become [IBAN].</source>
        <translation>チェックディジットが正しい国際銀行口座番号を [IBAN] に置き換えます。</translation>
    </message>
    <message>
        <source>Kee&amp;p:</source>
        <translation>残す(&amp;P)：</translation>
    </message>
    <message>
        <source>Links such as https://example.com/page become [URL].</source>
        <translation>https://example.com/page のようなリンクを [URL] に置き換えます。</translation>
    </message>
    <message>
        <source>Names or other words that are replaced by [TERM], such as customer or product code names. Case is ignored.</source>
        <translation>[TERM] に置き換える名前やその他の語句（顧客名や製品のコード名など）。大文字と小文字は区別しません。</translation>
    </message>
    <message>
        <source>Not a valid regular expression, so it is not used: {patterns}</source>
        <translation>正しい正規表現ではないため使用しません：{patterns}</translation>
    </message>
    <message>
        <source>One regular expression per line, for example ORD-\d{6}</source>
        <translation>1 行に 1 つの正規表現。例：ORD-\d{6}</translation>
    </message>
    <message>
        <source>Passwords and access keys</source>
        <translation>パスワードとアクセスキー</translation>
    </message>
    <message>
        <source>Payment card numbers</source>
        <translation>支払いカード番号</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Phone numbers, including Chinese and Japanese mobile numbers, become [PHONE].</source>
        <translation>電話番号（中国と日本の携帯電話番号を含む）を [PHONE] に置き換えます。</translation>
    </message>
    <message>
        <source>Re&amp;gular expressions:</source>
        <translation>正規表現(&amp;G)：</translation>
    </message>
    <message>
        <source>Regular expressions</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Regular expressions for other text to hide, one per line. Each match is replaced by [CUSTOM]. Look-ahead and back-references are not supported.</source>
        <translation>ほかに隠したいテキストの正規表現（1 行に 1 つ）。一致した部分を [CUSTOM] に置き換えます。先読みと後方参照は使えません。</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n record(s) at the last check:</source>
        <translation><numerusform>前回のチェックで %n 件のレコードで置き換え：</numerusform></translation>
    </message>
    <message>
        <source>The first in the file</source>
        <translation>ファイル内の最初のもの</translation>
    </message>
    <message>
        <source>The last check found no personal data to replace.</source>
        <translation>前回のチェックでは置き換える個人情報は見つかりませんでした。</translation>
    </message>
    <message>
        <source>The longest</source>
        <translation>最も長いもの</translation>
    </message>
    <message>
        <source>The most recent</source>
        <translation>最も新しいもの</translation>
    </message>
    <message>
        <source>The source column with the date or time of each record, such as a ticket's update time. Used only when the newest record is kept.</source>
        <translation>各レコードの日付または時刻が入った元ファイルの列（チケットの更新日時など）。最新のレコードを残すときだけ使います。</translation>
    </message>
    <message>
        <source>Tick the kinds of personal data to replace. Untick a kind to leave it in the text.</source>
        <translation>置き換える個人情報の種類にチェックを付けます。チェックを外した種類は本文に残ります。</translation>
    </message>
    <message>
        <source>Time co&amp;lumn:</source>
        <translation>時刻の列(&amp;L)：</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Web アドレス</translation>
    </message>
    <message>
        <source>Which record of a group of near-duplicates stays in the data: the first in the file, the one with the most text, or the newest by the time column. The others are listed as duplicates of it.</source>
        <translation>ほぼ重複するレコードのグループで、どれをデータに残すか：ファイル内の最初のもの、テキストが最も長いもの、または時刻の列で最も新しいもの。残りはその重複として一覧に表示されます。</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}：{count}</translation>
    </message>
    <message>
        <source>Keep one of records that are almost the same (MinHash similarity). The keep rule below chooses which.</source>
        <translation>ほとんど同じレコードは 1 件だけを残します（MinHash 類似度）。どれを残すかは下の規則で決まります。</translation>
    </message>
</context>
<context>
    <name>ColumnList</name>
    <message>
        <source>Insert {%s} into the field you are editing</source>
        <translation>編集中のフィールドに {%s} を挿入</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The project “{name}” has unsaved changes. Save them first?</source>
        <translation>プロジェクト「{name}」には未保存の変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>完了できませんでした</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong that Tuning Data Studio did not expect. Your project is autosaved. Copy the details below and send them to your support contact.</source>
        <translation>Tuning Data Studio で予期しない問題が発生しました。プロジェクトは自動保存されています。下の詳細をコピーして、サポート担当者に送ってください。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>詳細をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{path}: file not found. Check the path or add the file again.</source>
        <translation>{path}：ファイルが見つかりません。パスを確認するか、ファイルを追加し直してください。</translation>
    </message>
    <message>
        <source>{path}: the file is {size} GiB, and the window reads files of up to 1 GiB into memory. Build it with the tunedata command line (see the README), which streams it: {command}</source>
        <translation>{path}：ファイルは {size} GiB あり、ウィンドウがメモリに読み込めるのは 1 GiB までです。ストリーミングで処理する tunedata コマンドライン（README を参照）でビルドしてください：{command}</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read. Check that it exists and that you may open it.</source>
        <translation>{path}：ファイルを読み込めません。ファイルが存在し、開く権限があるか確認してください。</translation>
    </message>
    <message>
        <source>{path}: this file type is not supported. Use CSV, TSV, Excel (.xlsx), JSON, JSON Lines, PDF, Word (.docx), HTML, Markdown or text files.</source>
        <translation>{path}：このファイル形式には対応していません。CSV、TSV、Excel（.xlsx）、JSON、JSON Lines、PDF、Word（.docx）、HTML、Markdown、テキストファイルを使ってください。</translation>
    </message>
    <message>
        <source>{path}: the text cannot be decoded (invalid bytes at byte offset {offset}). Choose the file's encoding on the Sources step, for example gb18030, cp932 or big5.</source>
        <translation>{path}：テキストをデコードできません（バイト位置 {offset} に無効なバイトがあります）。「ソース」ステップでファイルの文字コード（例：gb18030、cp932、big5）を選んでください。</translation>
    </message>
    <message>
        <source>The encoding “{encoding}” is not known. Use a name such as utf-8, gb18030, cp932, big5, euc-kr, utf-16 or latin-1.</source>
        <translation>文字コード「{encoding}」は不明です。utf-8、gb18030、cp932、big5、euc-kr、utf-16、latin-1 などの名前を使ってください。</translation>
    </message>
    <message>
        <source>{path}: there is no sheet named “{sheet}”. Choose one of these sheets on the Sources step: {sheets}</source>
        <translation>{path}：「{sheet}」という名前のシートはありません。「ソース」ステップで次のシートから選んでください：{sheets}</translation>
    </message>
    <message>
        <source>{path}: the sheet “{sheet}” is empty. Choose another sheet on the Sources step: {sheets}</source>
        <translation>{path}：シート「{sheet}」は空です。「ソース」ステップで別のシートを選んでください：{sheets}</translation>
    </message>
    <message>
        <source>{path}: the workbook has no sheets.</source>
        <translation>{path}：このブックにはシートがありません。</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as an Excel workbook. Save it as .xlsx in Excel and add it again.</source>
        <translation>{path}：Excel ブックとして開けません。Excel で .xlsx として保存し、追加し直してください。</translation>
    </message>
    <message>
        <source>{path}: the first line is empty. A CSV file needs a header line with the column names.</source>
        <translation>{path}：1 行目が空です。CSV ファイルには列名を並べた見出し行が必要です。</translation>
    </message>
    <message>
        <source>{path}: not valid JSON. Fix the file, or save it as JSON Lines with one object per line.</source>
        <translation>{path}：有効な JSON ではありません。ファイルを修正するか、1 行に 1 オブジェクトの JSON Lines として保存してください。</translation>
    </message>
    <message>
        <source>{path}: contains no list of records. A JSON source must be an array of objects.</source>
        <translation>{path}：レコードのリストが含まれていません。JSON のソースはオブジェクトの配列である必要があります。</translation>
    </message>
    <message>
        <source>{path}: the document is empty. Save it again and add it again.</source>
        <translation>{path}：文書が空です。保存し直してから追加し直してください。</translation>
    </message>
    <message>
        <source>{path}: the document is damaged or of another type. Open it in its program and save it again.</source>
        <translation>{path}：文書が壊れているか、別の形式です。対応するアプリで開いて保存し直してください。</translation>
    </message>
    <message>
        <source>{path}: the document contains no text that can be extracted. Scanned pages need OCR first.</source>
        <translation>{path}：文書から抽出できるテキストがありません。スキャンしたページは先に OCR が必要です。</translation>
    </message>
    <message>
        <source>{path}: the document is password-protected. Save a copy without a password and add that.</source>
        <translation>{path}：文書はパスワードで保護されています。パスワードなしのコピーを保存して、それを追加してください。</translation>
    </message>
    <message>
        <source>Choose a column or type a template for the prompt and the completion on the Fields step. Available columns: {columns}</source>
        <translation>「フィールド」ステップで、プロンプトとコンプリーションに列を選ぶかテンプレートを入力してください。使える列：{columns}</translation>
    </message>
    <message>
        <source>Choose the column that becomes the input text on the Fields step. Available columns: {columns}</source>
        <translation>「フィールド」ステップで、入力テキストにする列を選んでください。使える列：{columns}</translation>
    </message>
    <message>
        <source>The template “{template}” names no column, so every record would get the same text. Click a column to insert it. Available columns: {columns}</source>
        <translation>テンプレート「{template}」は列を 1 つも指定していないため、すべてのレコードが同じテキストになります。列名をクリックして挿入してください。使える列：{columns}</translation>
    </message>
    <message>
        <source>The template “{template}” has an unmatched brace. Insert columns by clicking them, and write {{{{ or }}}} for a literal brace.</source>
        <translation>テンプレート「{template}」に対応していない波かっこがあります。列は列名をクリックして挿入し、波かっこそのものは {{{{ または }}}} と書いてください。</translation>
    </message>
    <message>
        <source>{model} does not support {task}; it supports {supported}. Choose another model or task.</source>
        <translation>{model} は {task} に対応していません（対応しているのは {supported}）。別のモデルかタスクを選んでください。</translation>
    </message>
    <message>
        <source>{model} takes no validation file. Set the validation share to 0 on the Export step.</source>
        <translation>{model} は検証ファイルを受け付けません。「エクスポート」ステップで検証の割合を 0 にしてください。</translation>
    </message>
    <message>
        <source>{path}: project file not found.</source>
        <translation>{path}：プロジェクトファイルが見つかりません。</translation>
    </message>
    <message>
        <source>{path}: this is not a valid project file ({detail}). Fix the file or save the project again.</source>
        <translation>{path}：有効なプロジェクトファイルではありません（{detail}）。ファイルを修正するか、プロジェクトを保存し直してください。</translation>
    </message>
    <message>
        <source>{path}: the project file has invalid values: {detail}</source>
        <translation>{path}：プロジェクトファイルに無効な値があります：{detail}</translation>
    </message>
    <message>
        <source>The model “{model}” is not in the catalog. Choose another model.</source>
        <translation>モデル「{model}」はカタログにありません。別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>The project has no source files. Add a file on the Sources step.</source>
        <translation>プロジェクトにソースファイルがありません。「ソース」ステップでファイルを追加してください。</translation>
    </message>
    <message>
        <source>The {field} setting uses the column “{column}”, which does not exist. Available columns: {columns}</source>
        <translation>「{field}」の設定が存在しない列「{column}」を使っています。使える列：{columns}</translation>
    </message>
    <message>
        <source>A metadata attribute has no name. Give every attribute a name.</source>
        <translation>名前のないメタデータ属性があります。すべての属性に名前を付けてください。</translation>
    </message>
    <message>
        <source>The metadata attribute “{key}” starts with the reserved prefix x-amz-bedrock. Rename it.</source>
        <translation>メタデータ属性「{key}」は予約済みの接頭辞 x-amz-bedrock で始まっています。名前を変えてください。</translation>
    </message>
    <message>
        <source>The metadata attribute “{key}” has a value of an unsupported type. Use text.</source>
        <translation>メタデータ属性「{key}」の値は対応していない型です。テキストにしてください。</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Share of records kept aside to measure training; 0 writes no validation file</source>
        <translation>トレーニングの評価用に取り分けるレコードの割合。0 なら検証ファイルを書きません</translation>
    </message>
    <message>
        <source>The same seed gives the same split every time</source>
        <translation>同じシードなら毎回同じ分割になります</translation>
    </message>
    <message>
        <source>model maximum</source>
        <translation>モデルの上限</translation>
    </message>
    <message>
        <source>Use at most this many records; 0 uses the model's maximum</source>
        <translation>使うレコード数の上限。0 ならモデルの上限を使います</translation>
    </message>
    <message>
        <source>Keep the shares of this column's values when records are selected</source>
        <translation>レコードを選ぶときに、この列の値の割合を保ちます</translation>
    </message>
    <message>
        <source>&amp;Validation share:</source>
        <translation>検証の割合(&amp;V)：</translation>
    </message>
    <message>
        <source>Random &amp;seed:</source>
        <translation>乱数シード(&amp;S)：</translation>
    </message>
    <message>
        <source>Maximum &amp;records:</source>
        <translation>最大レコード数(&amp;R)：</translation>
    </message>
    <message>
        <source>Keep shares &amp;of column:</source>
        <translation>割合を保つ列(&amp;O)：</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>Folder that receives train.jsonl, validation.jsonl, rejected.jsonl and report.json</source>
        <translation>train.jsonl、validation.jsonl、rejected.jsonl、report.json を保存するフォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>出力フォルダー(&amp;F)：</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>&amp;Build dataset</source>
        <translation>データセットを作成(&amp;B)</translation>
    </message>
    <message>
        <source>Write the dataset files (Ctrl+B)</source>
        <translation>データセットのファイルを書き出します（Ctrl+B）</translation>
    </message>
    <message>
        <source>Before writing</source>
        <translation>書き出す前に</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>拒否の理由</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the output folder in the file manager</source>
        <translation>出力フォルダーをファイルマネージャーで表示します</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>出力フォルダーを選択</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Sources:&lt;/b&gt; %n file(s)</source>
        <translation><numerusform>&lt;b&gt;ソース：&lt;/b&gt;%n 個のファイル</numerusform></translation>
    </message>
    <message>
        <source>, %s rows</source>
        <translation>、%s 行</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;モデル：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation share:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;検証の割合：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output folder:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;出力フォルダー：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>Writes train.jsonl, validation.jsonl, rejected.jsonl and report.json. Files are written only when the build completes; a cancelled build leaves the folder as it was.</source>
        <translation>train.jsonl、validation.jsonl、rejected.jsonl、report.json を書き出します。ファイルは作成が完了したときだけ書き出され、キャンセルした場合フォルダーは元のままです。</translation>
    </message>
    <message>
        <source>These files already exist and will be replaced: %s</source>
        <translation>次のファイルは既にあり、置き換えられます：%s</translation>
    </message>
    <message>
        <source>The build was cancelled. Nothing was written.</source>
        <translation>作成はキャンセルされました。何も書き出されていません。</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>読み込んだ行数</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>トレーニング用レコード</translation>
    </message>
    <message>
        <source>Validation records</source>
        <translation>検証用レコード</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Tokens (AWS estimate): %s</source>
        <translation>トークン数（AWS の推定）：%s</translation>
    </message>
    <message>
        <source>Tokens (script-aware estimate): %s</source>
        <translation>トークン数（文字種を考慮した推定）：%s</translation>
    </message>
    <message>
        <source>The dataset is not valid for the model yet:</source>
        <translation>データセットはまだこのモデルの要件を満たしていません：</translation>
    </message>
    <message>
        <source>The dataset was written to %s</source>
        <translation>データセットを %s に書き出しました</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>Export for a &amp;Knowledge Base…</source>
        <translation>ナレッジベース用に書き出す(&amp;K)…</translation>
    </message>
    <message>
        <source>Write the project's documents as cleaned Markdown with metadata files, ready to upload to an Amazon Bedrock Knowledge Base</source>
        <translation>プロジェクトの文書を整えた Markdown とメタデータファイルとして書き出し、Amazon Bedrock のナレッジベースにそのままアップロードできるようにします</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <source>Fine-tuning (question → answer)</source>
        <translation>ファインチューニング（質問 → 回答）</translation>
    </message>
    <message>
        <source>Continued pre-training (plain text)</source>
        <translation>継続事前トレーニング（プレーンテキスト）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Legacy: AWS starts no new customization jobs on this model. Choose an active model.</source>
        <translation>レガシー：AWS はこのモデルで新しいカスタマイズジョブを開始しません。利用可能なモデルを選んでください。</translation>
    </message>
    <message>
        <source>Retired: this model can no longer be customized. Data is still checked against its old rules.</source>
        <translation>提供終了：このモデルはもうカスタマイズできません。データは以前のルールでチェックされます。</translation>
    </message>
    <message>
        <source>prompt / completion</source>
        <translation>プロンプト / コンプリーション</translation>
    </message>
    <message>
        <source>Claude chat messages</source>
        <translation>Claude のチャットメッセージ</translation>
    </message>
    <message>
        <source>Bedrock conversation (Converse)</source>
        <translation>Bedrock 会話形式（Converse）</translation>
    </message>
    <message>
        <source>plain text input</source>
        <translation>プレーンテキスト入力</translation>
    </message>
    <message>
        <source>Fine-tuning learns from question-and-answer pairs; continued pre-training learns from plain text</source>
        <translation>ファインチューニングは質問と回答の組から、継続事前トレーニングはプレーンテキストから学習します</translation>
    </message>
    <message>
        <source>The base model to customize; retired and legacy models are marked</source>
        <translation>カスタマイズするベースモデル。提供終了とレガシーのモデルには印が付きます</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>タスク(&amp;T)：</translation>
    </message>
    <message>
        <source>Base &amp;model:</source>
        <translation>ベースモデル(&amp;M)：</translation>
    </message>
    <message>
        <source>Task and model</source>
        <translation>タスクとモデル</translation>
    </message>
    <message>
        <source>Columns: click one to insert it into the field you are editing.</source>
        <translation>列：クリックすると、編集中のフィールドに挿入されます。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What the user asks, e.g. {question}</source>
        <translation>ユーザーの質問。例：{question}</translation>
    </message>
    <message>
        <source>The answer the model should learn, e.g. {answer}</source>
        <translation>モデルに学習させる回答。例：{answer}</translation>
    </message>
    <message>
        <source>Optional instructions sent before every conversation</source>
        <translation>各会話の前に送る指示（省略可）</translation>
    </message>
    <message>
        <source>The text to learn from, e.g. {text}</source>
        <translation>学習させるテキスト。例：{text}</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>プロンプト(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Completion:</source>
        <translation>コンプリーション(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;ystem (optional):</source>
        <translation>システム（省略可）(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>入力(&amp;I)：</translation>
    </message>
    <message>
        <source>A column that holds whole conversations (for example from a help-desk export); when set, the prompt and completion are not used</source>
        <translation>会話全体が入っている列（ヘルプデスクのエクスポートなど）。設定すると、プロンプトとコンプリーションは使われません</translation>
    </message>
    <message>
        <source>Con&amp;versation column:</source>
        <translation>会話の列(&amp;V)：</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Record preview</source>
        <translation>レコードのプレビュー</translation>
    </message>
    <message>
        <source>Preview: the records the first rows become</source>
        <translation>プレビュー：先頭の行から作られるレコード</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>（提供終了）</translation>
    </message>
    <message>
        <source>(legacy)</source>
        <translation>（レガシー）</translation>
    </message>
    <message>
        <source>The model catalog could not be loaded: %s</source>
        <translation>モデルカタログを読み込めませんでした：%s</translation>
    </message>
    <message>
        <source>The model %s is not in the catalog. Choose another model.</source>
        <translation>モデル %s はカタログにありません。別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provider:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;提供元：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Identifier:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;識別子：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regions:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;リージョン：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;状態：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>This model does not support the chosen task. Choose another model or task.</source>
        <translation>このモデルは選んだタスクに対応していません。別のモデルかタスクを選んでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Record format:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;レコード形式：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum tokens per record:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;レコードあたりの最大トークン数：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;レコード数：&lt;/b&gt;%s</translation>
    </message>
    <message>
        <source>AWS no longer offers this task for this model.</source>
        <translation>AWS はこのモデルでこのタスクを提供していません。</translation>
    </message>
    <message>
        <source>(none: use prompt and completion)</source>
        <translation>（なし：プロンプトとコンプリーションを使う）</translation>
    </message>
    <message>
        <source>%s uses columns that do not exist: %s</source>
        <translation>%s が存在しない列を使っています：%s</translation>
    </message>
    <message>
        <source>Add a source file to see a preview.</source>
        <translation>ソースファイルを追加するとプレビューが表示されます。</translation>
    </message>
    <message>
        <source>Pick a column or type a template for each field to see a preview.</source>
        <translation>各フィールドに列を選ぶかテンプレートを入力すると、プレビューが表示されます。</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>プレビューを更新中…</translation>
    </message>
    <message>
        <source>Rejected: %s</source>
        <translation>拒否：%s</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) become these records:</source>
        <translation><numerusform>先頭の %n 行から次のレコードが作られます：</numerusform></translation>
    </message>
    <message>
        <source>The preview is not available in this version yet.</source>
        <translation>このバージョンではプレビューをまだ利用できません。</translation>
    </message>
    <message>
        <source>The preview failed: %s</source>
        <translation>プレビューに失敗しました：%s</translation>
    </message>
    <message>
        <source>Automatic: {prompt}</source>
        <translation>自動：{prompt}</translation>
    </message>
    <message>
        <source>Automatic: {completion}</source>
        <translation>自動：{completion}</translation>
    </message>
    <message>
        <source>Automatic: {text}</source>
        <translation>自動：{text}</translation>
    </message>
    <message>
        <source>Not used: the conversation column %s is used automatically</source>
        <translation>使用しません：会話列 %s が自動で使われます</translation>
    </message>
    <message>
        <source>Automatic: %s</source>
        <translation>自動：%s</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Too few records can be exported for this model. Add data or fix the rejected rows (see rejected.jsonl and the Review step).</source>
        <translation>このモデルにはエクスポートできるレコードが少なすぎます。データを追加するか、拒否された行を修正してください（rejected.jsonl と「レビュー」ステップを参照）。</translation>
    </message>
    <message>
        <source>More records are valid than the model accepts. A seeded random subset was kept; the rest are in rejected.jsonl.</source>
        <translation>有効なレコードがモデルの受け付ける件数を超えています。シード付きの無作為抽出で一部を残し、残りは rejected.jsonl にあります。</translation>
    </message>
    <message>
        <source>This model takes no validation file, so every selected record is in train.jsonl.</source>
        <translation>このモデルは検証ファイルを受け付けないため、選ばれたレコードはすべて train.jsonl にあります。</translation>
    </message>
    <message>
        <source>Bedrock currently offers this task for no model. The file follows the model's old format, but a customization job may not start.</source>
        <translation>現在 Bedrock はどのモデルでもこのタスクを提供していません。ファイルはモデルの以前の形式に従っていますが、カスタマイズジョブは開始できない可能性があります。</translation>
    </message>
    <message>
        <source>Some files had problems while reading. See the Sources step.</source>
        <translation>一部のファイルで読み込み時に問題がありました。「ソース」ステップを確認してください。</translation>
    </message>
    <message>
        <source>The input files have different columns. Missing columns are empty in the rows of files that lack them.</source>
        <translation>入力ファイルの列が異なります。列がないファイルの行では、その列は空になります。</translation>
    </message>
    <message>
        <source>This model's records have no system field, so the system prompt was put before each prompt.</source>
        <translation>このモデルのレコードにはシステムの欄がないため、システムプロンプトを各プロンプトの前に入れました。</translation>
    </message>
    <message>
        <source>The model is legacy: AWS starts no new customization jobs on it. Choose an active model.</source>
        <translation>このモデルはレガシーです。AWS はこのモデルで新しいカスタマイズジョブを開始しません。利用可能なモデルを選んでください。</translation>
    </message>
    <message>
        <source>The model is retired and can no longer be customized.</source>
        <translation>このモデルは提供終了のため、もうカスタマイズできません。</translation>
    </message>
    <message>
        <source>A source file could not be read and was left out: %s</source>
        <translation>読み込めないソースファイルがあり、除外しました：%s</translation>
    </message>
    <message>
        <source>These columns are not used in the records: %s</source>
        <translation>次の列はレコードで使われていません：%s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Uploading and training on Bedrock is not installed in this version.</source>
        <translation>このバージョンには、アップロードと Bedrock でのトレーニングの機能が入っていません。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the running build (Esc)</source>
        <translation>実行中の作成を中止します（Esc）</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新しいプロジェクト(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>空のプロジェクトを始めます</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved project file</source>
        <translation>保存したプロジェクトファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>プロジェクトを保存します</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>プロジェクトを新しい名前で保存します</translation>
    </message>
    <message>
        <source>&amp;Add source files…</source>
        <translation>ソースファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files to the project</source>
        <translation>プロジェクトにファイルを追加します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Build dataset</source>
        <translation>データセットを作成(&amp;B)</translation>
    </message>
    <message>
        <source>Write the dataset files</source>
        <translation>データセットのファイルを書き出します</translation>
    </message>
    <message>
        <source>&amp;Check data</source>
        <translation>データをチェック(&amp;C)</translation>
    </message>
    <message>
        <source>Run every step without writing files</source>
        <translation>ファイルを書き出さずにすべての処理を実行します</translation>
    </message>
    <message>
        <source>Stop the running build</source>
        <translation>実行中の作成を中止します</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>言語(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the language of the window</source>
        <translation>画面の言語を選びます</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Tuning Data Studio</source>
        <translation>Tuning Data Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>作成(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Tuning Data Studio project (*.toml)</source>
        <translation>Tuning Data Studio プロジェクト (*.toml)</translation>
    </message>
    <message>
        <source>%s[*] — Tuning Data Studio</source>
        <translation>%s[*] — Tuning Data Studio</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>プロジェクトを開けませんでした</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>%s could not be written: %s</source>
        <translation>%s を書き込めませんでした：%s</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>プロジェクトに名前を付けて保存</translation>
    </message>
    <message>
        <source>Restore unsaved project?</source>
        <translation>未保存のプロジェクトを復元しますか？</translation>
    </message>
    <message>
        <source>Tuning Data Studio did not close properly last time. Restore the unsaved project?</source>
        <translation>前回 Tuning Data Studio は正しく終了しませんでした。未保存のプロジェクトを復元しますか？</translation>
    </message>
    <message>
        <source>Could not restore the project</source>
        <translation>プロジェクトを復元できませんでした</translation>
    </message>
    <message>
        <source>Nothing to build</source>
        <translation>作成するものがありません</translation>
    </message>
    <message>
        <source>Add a source file on the Sources step first.</source>
        <translation>先に「ソース」ステップでソースファイルを追加してください。</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation><numerusform>残り約 %n 秒</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation><numerusform>残り約 %n 分</numerusform></translation>
    </message>
    <message>
        <source>Build finished.</source>
        <translation>作成が完了しました。</translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation>チェックが完了しました。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>キャンセルしました。何も書き出されていません。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Language of the window. The change takes effect when you restart Tuning Data Studio.</source>
        <translation>画面の言語。変更は Tuning Data Studio を再起動すると反映されます。</translation>
    </message>
    <message>
        <source>Restart Tuning Data Studio to use the new language.</source>
        <translation>新しい言語を使うには Tuning Data Studio を再起動してください。</translation>
    </message>
    <message>
        <source>About Tuning Data Studio</source>
        <translation>Tuning Data Studio について</translation>
    </message>
    <message>
        <source>Tuning Data Studio %s
Prepares training data for Amazon Bedrock model customization.</source>
        <translation>Tuning Data Studio %s
Amazon Bedrock のモデルカスタマイズ用のトレーニングデータを準備します。</translation>
    </message>
    <message>
        <source>Build running</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>A build is running. Cancel it and quit?</source>
        <translation>作成を実行中です。キャンセルして終了しますか？</translation>
    </message>
</context>
<context>
    <name>MethodGuide</name>
    <message>
        <source>Your answers must follow facts that change or must point to their source. A Knowledge Base looks the facts up in your documents at question time, so nothing has to be retrained when a document changes. No training data is needed: upload the documents to a Knowledge Base instead.</source>
        <translation>回答が変わりやすい事実に従う必要があるか、出典を示す必要があります。ナレッジベースは質問のたびにドキュメントから事実を調べるので、ドキュメントが変わっても再トレーニングは不要です。トレーニングデータは必要ありません。代わりにドキュメントをナレッジベースにアップロードしてください。</translation>
    </message>
    <message>
        <source>You have examples of questions with good answers, and the facts in them rarely change. Fine-tuning teaches the model to answer in that way, in your tone and format.</source>
        <translation>質問と良い回答の例があり、その中の事実はあまり変わりません。ファインチューニングで、モデルがその口調と形式で答えるように学習させられます。</translation>
    </message>
    <message>
        <source>You have running text (manuals, regulations, reports) but no question-and-answer examples. Continued pre-training teaches the model your field's vocabulary from that text. Few models still offer it; check the Fields step. For answers in a fixed style you first need question-and-answer examples.</source>
        <translation>まとまった文章（マニュアル、規程、報告書）はありますが、質問と回答の例はありません。継続事前トレーニングで、その文章から分野の用語をモデルに学習させられます。提供しているモデルはわずかなので、「フィールド」ステップで確認してください。決まった形式で回答させるには、まず質問と回答の例が必要です。</translation>
    </message>
    <message>
        <source>You need both: up-to-date facts with their sources, and answers in a fixed style or procedure. Put the documents in a Knowledge Base for the facts, and fine-tune on your question-and-answer examples for the style. This tool prepares the fine-tuning part.</source>
        <translation>両方が必要です。出典付きの最新の事実と、決まった形式や手順での回答です。事実のためにドキュメントをナレッジベースに入れ、形式のために質問と回答の例でファインチューニングします。このツールはファインチューニングの部分を準備します。</translation>
    </message>
    <message>
        <source>Knowledge Base retrieval</source>
        <translation>ナレッジベース検索</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>ファインチューニング</translation>
    </message>
    <message>
        <source>Continued pre-training</source>
        <translation>継続事前トレーニング</translation>
    </message>
    <message>
        <source>Knowledge Base + fine-tuning</source>
        <translation>ナレッジベース + ファインチューニング</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>Which method fits? Answer four questions. The guide recommends a method and explains why; you can change the task later on the Fields step.</source>
        <translation>どの手法が合っていますか？ 4 つの質問に答えると、ガイドが手法とその理由を示します。タスクは後で「フィールド」ステップで変更できます。</translation>
    </message>
    <message>
        <source>1. What do your files mainly contain?</source>
        <translation>1. ファイルには主に何が入っていますか？</translation>
    </message>
    <message>
        <source>Questions with their answers (FAQ, tickets, chats)</source>
        <translation>質問とその回答（FAQ、チケット、チャット）</translation>
    </message>
    <message>
        <source>Running text (manuals, regulations, reports)</source>
        <translation>まとまった文章（マニュアル、規程、報告書）</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <source>2. Do the facts in the answers change often (prices, rules, product lists)?</source>
        <translation>2. 回答に含まれる事実はよく変わりますか（価格、規則、製品一覧など）？</translation>
    </message>
    <message>
        <source>3. Must each answer name the document it comes from?</source>
        <translation>3. 回答ごとに出典のドキュメントを示す必要がありますか？</translation>
    </message>
    <message>
        <source>4. Should the model answer in a fixed tone, format or procedure, like your best staff do?</source>
        <translation>4. 優秀なスタッフのように、決まった口調・形式・手順でモデルに回答させたいですか？</translation>
    </message>
    <message>
        <source>&amp;Use this method</source>
        <translation>この手法を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Select the recommended task on the Fields step</source>
        <translation>「フィールド」ステップで推奨のタスクを選びます</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Answer every question to see a recommendation.</source>
        <translation>すべての質問に答えると推奨が表示されます。</translation>
    </message>
    <message>
        <source>Recommended: %s</source>
        <translation>推奨：%s</translation>
    </message>
    <message>
        <source>&amp;Note this and continue</source>
        <translation>確認して続ける(&amp;N)</translation>
    </message>
    <message>
        <source>The task is set to %s. Continue with the Fields step.</source>
        <translation>タスクを「%s」に設定しました。「フィールド」ステップに進んでください。</translation>
    </message>
    <message>
        <source>A Knowledge Base needs no training data. You can still prepare fine-tuning data here later.</source>
        <translation>ナレッジベースにトレーニングデータは不要です。後でここでファインチューニング用のデータを準備することもできます。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Line {line}: blank line skipped.</source>
        <translation>{line} 行目：空行を飛ばしました。</translation>
    </message>
    <message>
        <source>Row {row}: blank row skipped.</source>
        <translation>{row} 行目：空の行を飛ばしました。</translation>
    </message>
    <message>
        <source>Line {line}: a quoted field is not closed; the quote is kept as text.</source>
        <translation>{line} 行目：引用符で囲まれたフィールドが閉じていません。引用符は文字として残しました。</translation>
    </message>
    <message>
        <source>A column in the header line has no name; a name was made up.</source>
        <translation>見出し行に名前のない列があったため、名前を付けました。</translation>
    </message>
    <message>
        <source>A column name appears twice in the header line; the second one was renamed.</source>
        <translation>見出し行に同じ列名が 2 回あったため、2 つ目の名前を変更しました。</translation>
    </message>
    <message>
        <source>Row {row}: a header cell was empty or repeated and was renamed.</source>
        <translation>{row} 行目：見出しのセルが空か重複していたため、名前を変更しました。</translation>
    </message>
    <message>
        <source>The detected encoding is uncertain. Check the preview and choose the encoding if the text looks wrong.</source>
        <translation>判別した文字コードは確実ではありません。プレビューを確認し、文字がおかしい場合は文字コードを選んでください。</translation>
    </message>
    <message>
        <source>Some characters could not be decoded and were replaced. Choose the encoding if the text looks wrong.</source>
        <translation>一部の文字をデコードできず、置き換えました。文字化けしている場合は文字コードを選んでください。</translation>
    </message>
    <message>
        <source>Line {line}: more fields than the header; the extra values were kept in an extra column.</source>
        <translation>{line} 行目：ヘッダーより項目が多いため、余分な値を追加の列に残しました。</translation>
    </message>
    <message>
        <source>Line {line}: fewer fields than the header; the missing values were left empty.</source>
        <translation>{line} 行目：ヘッダーより項目が少ないため、足りない値は空にしました。</translation>
    </message>
    <message>
        <source>The PDF's permissions forbid copying text. It was read anyway; check that you may use it.</source>
        <translation>この PDF はテキストのコピーが禁止されています。読み込みはしましたが、使ってよいか確認してください。</translation>
    </message>
    <message>
        <source>A page has no text layer (a scanned image) and was skipped. Run OCR on the PDF to include it.</source>
        <translation>テキスト層のないページ（スキャン画像）があり、飛ばしました。含めるには PDF を OCR にかけてください。</translation>
    </message>
    <message>
        <source>A page uses a font whose characters cannot be turned into text and was skipped.</source>
        <translation>文字をテキストにできないフォントを使うページがあり、飛ばしました。</translation>
    </message>
    <message>
        <source>A page is mostly an image; text inside the image was not read. Run OCR on the PDF to include it.</source>
        <translation>ほとんどが画像のページがあり、画像内の文字は読み込んでいません。含めるには PDF を OCR にかけてください。</translation>
    </message>
    <message>
        <source>Page {row}: characters that cannot be turned into text were removed.</source>
        <translation>{row} ページ目：テキストにできない文字を削除しました。</translation>
    </message>
    <message>
        <source>Template tags were removed from the document.</source>
        <translation>文書からテンプレートのタグを削除しました。</translation>
    </message>
    <message>
        <source>The records were read from a list inside the top-level object.</source>
        <translation>レコードは最上位オブジェクト内のリストから読み込みました。</translation>
    </message>
    <message>
        <source>The top level is an object of objects; one row was read per key, with the key in column _key.</source>
        <translation>最上位がオブジェクトのオブジェクトのため、キーごとに 1 行を読み込み、キーは _key 列に入れました。</translation>
    </message>
    <message>
        <source>The export has no list of comments; comments were not read.</source>
        <translation>エクスポートにコメントの一覧がないため、コメントは読み込んでいません。</translation>
    </message>
    <message>
        <source>Row {row}: the ticket row could not be read and was skipped.</source>
        <translation>{row} 行目：チケットの行を読み込めず、飛ばしました。</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Prompt is empty</source>
        <translation>プロンプトが空</translation>
    </message>
    <message>
        <source>Completion is empty</source>
        <translation>コンプリーションが空</translation>
    </message>
    <message>
        <source>Input text is empty</source>
        <translation>入力テキストが空</translation>
    </message>
    <message>
        <source>A key differs only in upper/lower case</source>
        <translation>キーが大文字・小文字だけ異なる</translation>
    </message>
    <message>
        <source>The conversation cannot be used</source>
        <translation>会話を使用できない</translation>
    </message>
    <message>
        <source>A conversation turn is empty</source>
        <translation>会話のターンが空</translation>
    </message>
    <message>
        <source>Too many tokens for the model</source>
        <translation>トークン数がモデルの上限を超える</translation>
    </message>
    <message>
        <source>Input too long for the model</source>
        <translation>入力がモデルの上限を超える</translation>
    </message>
    <message>
        <source>Completion too long for the model</source>
        <translation>コンプリーションがモデルの上限を超える</translation>
    </message>
    <message>
        <source>Shorter than the minimum length</source>
        <translation>最小の長さより短い</translation>
    </message>
    <message>
        <source>Longer than the maximum length</source>
        <translation>最大の長さより長い</translation>
    </message>
    <message>
        <source>Not selected: more records than the model accepts</source>
        <translation>未選択：モデルが受け付ける件数を超えている</translation>
    </message>
    <message>
        <source>Contains a string the model reserves</source>
        <translation>モデルが予約している文字列を含む</translation>
    </message>
    <message>
        <source>The row could not be read</source>
        <translation>行を読み込めない</translation>
    </message>
    <message>
        <source>Excluded by hand</source>
        <translation>手動で除外</translation>
    </message>
    <message>
        <source>A value is a number or true/false, not text</source>
        <translation>値が数値または true/false で、テキストではない</translation>
    </message>
    <message>
        <source>Duplicate of another record</source>
        <translation>ほかのレコードと重複</translation>
    </message>
    <message>
        <source>Near-duplicate of another record</source>
        <translation>ほかのレコードとほぼ重複</translation>
    </message>
</context>
<context>
    <name>ReviewSlot</name>
    <message>
        <source>&amp;Check data</source>
        <translation>データをチェック(&amp;C)</translation>
    </message>
    <message>
        <source>Run every step without writing files and show each record's outcome</source>
        <translation>ファイルを書き出さずにすべての処理を実行し、各レコードの結果を表示します</translation>
    </message>
    <message>
        <source>Check the data to see every record, why some are rejected, and their tokens.</source>
        <translation>データをチェックすると、すべてのレコード、拒否された理由、トークン数を確認できます。</translation>
    </message>
    <message>
        <source>The review table is not installed in this version.</source>
        <translation>このバージョンにはレビューの表が入っていません。</translation>
    </message>
    <message>
        <source>Checked. Change the recipe and check again to see the effect.</source>
        <translation>チェックしました。設定を変えてもう一度チェックすると、効果を確認できます。</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Found {threads} threads with {messages} messages. Left out {notes} internal notes and {replies} automatic replies; removed {signatures} signatures and {quotes} quoted earlier messages.</source>
        <translation>{threads} 件のスレッド（メッセージ {messages} 件）が見つかりました。社内メモ {notes} 件と自動返信 {replies} 件を除外し、署名 {signatures} 件と以前のメッセージの引用 {quotes} 件を削除しました。</translation>
    </message>
    <message>
        <source>Found {pages} pages and {blocks} text blocks (headings, paragraphs, list items, tables).</source>
        <translation>{pages} ページ、{blocks} 個のテキストブロック（見出し、段落、箇条書き、表）が見つかりました。</translation>
    </message>
    <message>
        <source>Found {blocks} text blocks (headings, paragraphs, list items, tables).</source>
        <translation>{blocks} 個のテキストブロック（見出し、段落、箇条書き、表）が見つかりました。</translation>
    </message>
    <message>
        <source>Pages left out because they have no usable text: {pages}.</source>
        <translation>使えるテキストがないため除外したページ：{pages}。</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add CSV, Excel, JSON Lines, PDF, Word or HTML files</source>
        <translation>CSV、Excel、JSON Lines、PDF、Word、HTML のファイルを追加します</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>フォルダーを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Add every supported file in a folder and its subfolders</source>
        <translation>フォルダーとそのサブフォルダー内の対応ファイルをすべて追加します</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected file from the project; the file itself is not changed</source>
        <translation>選んだファイルをプロジェクトから外します。ファイル自体は変更されません</translation>
    </message>
    <message>
        <source>Drop files or folders here, or use Add files.</source>
        <translation>ここにファイルやフォルダーをドロップするか、「ファイルを追加」を使ってください。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Source files</source>
        <translation>ソースファイル</translation>
    </message>
    <message>
        <source>Text encoding of the file; “auto” detects it</source>
        <translation>ファイルの文字コード。「auto」なら自動で判別します</translation>
    </message>
    <message>
        <source>Excel sheet to read; empty means the first sheet</source>
        <translation>読み込む Excel のシート。空なら最初のシートです</translation>
    </message>
    <message>
        <source>Question and answer pairs</source>
        <translation>質問と回答の組</translation>
    </message>
    <message>
        <source>Whole conversations</source>
        <translation>会話全体</translation>
    </message>
    <message>
        <source>Ticket text with a label</source>
        <translation>ラベル付きのチケット本文</translation>
    </message>
    <message>
        <source>What each ticket thread of a help-desk export becomes</source>
        <translation>ヘルプデスクのエクスポートの各チケットを何に変換するか</translation>
    </message>
    <message>
        <source>Ticket field used as the label, for example priority or category</source>
        <translation>ラベルに使うチケットの項目（例：優先度、カテゴリ）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>シート(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Tickets become:</source>
        <translation>チケットの変換先(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Label field:</source>
        <translation>ラベルの項目(&amp;L)：</translation>
    </message>
    <message>
        <source>First rows of the selected file</source>
        <translation>選んだファイルの先頭の行</translation>
    </message>
    <message>
        <source>Add source files</source>
        <translation>ソースファイルを追加</translation>
    </message>
    <message>
        <source>Supported files (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.jsonl *.pdf *.docx *.html *.htm *.md);;All files (*)</source>
        <translation>対応ファイル (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.jsonl *.pdf *.docx *.html *.htm *.md);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>ファイルを読み込み中…</translation>
    </message>
    <message>
        <source>Cannot read: %s</source>
        <translation>読み込めません：%s</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation><numerusform>%n 件の問題</numerusform></translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>All %n files have the same columns and are combined into one table.</source>
        <translation><numerusform>%n 個のファイルはすべて同じ列を持つため、1 つの表にまとめます。</numerusform></translation>
    </message>
    <message>
        <source>These files have different columns from %s. Their rows are still combined, with the missing columns left empty. Remove them or make their columns match if that is not what you want:</source>
        <translation>次のファイルは %s と列が異なります。行はそのまままとめられ、足りない列は空になります。そうしたくない場合は、ファイルを削除するか列をそろえてください：</translation>
    </message>
    <message>
        <source>missing %s</source>
        <translation>%s がない</translation>
    </message>
    <message>
        <source>extra %s</source>
        <translation>余分な %s</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Reading files</source>
        <translation>ファイルを読み込み中</translation>
    </message>
    <message>
        <source>Reading PDF pages</source>
        <translation>PDF のページを読み込み中</translation>
    </message>
    <message>
        <source>Reading Word paragraphs</source>
        <translation>Word の段落を読み込み中</translation>
    </message>
    <message>
        <source>Filling the fields</source>
        <translation>フィールドを作成中</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>クリーニング</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>重複を検出中</translation>
    </message>
    <message>
        <source>Counting tokens</source>
        <translation>トークンを数えています</translation>
    </message>
    <message>
        <source>Checking records</source>
        <translation>レコードをチェック中</translation>
    </message>
    <message>
        <source>Splitting</source>
        <translation>分割中</translation>
    </message>
    <message>
        <source>Writing files</source>
        <translation>ファイルを書き込み中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Method guide</source>
        <translation>手法ガイド</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>クリーニング</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Train on Bedrock</source>
        <translation>Bedrock でトレーニング</translation>
    </message>
</context>
<context>
    <name>StudioContext</name>
    <message>
        <source>Not available yet</source>
        <translation>まだ利用できません</translation>
    </message>
    <message>
        <source>This version cannot run this step yet. Use the command line or a newer version.</source>
        <translation>このバージョンではこのステップをまだ実行できません。コマンドラインか新しいバージョンを使ってください。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Conversation column</source>
        <translation>会話列</translation>
    </message>
    <message>
        <source>Stratify by</source>
        <translation>層別の基準</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>コンプリーション</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseDialog</name>
    <message>
        <source>Export for a Knowledge Base</source>
        <translation>ナレッジベース用に書き出す</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>出力フォルダー(&amp;F)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Metadata attributes</source>
        <translation>メタデータ属性</translation>
    </message>
    <message>
        <source>&amp;Add attribute</source>
        <translation>属性を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove attribute</source>
        <translation>属性を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Metadata attributes for every file</source>
        <translation>すべてのファイルに付けるメタデータ属性</translation>
    </message>
    <message>
        <source>A Knowledge Base can filter search results by these, for example department = legal. Names must not start with x-amz-bedrock.</source>
        <translation>ナレッジベースはこれらで検索結果を絞り込めます（例：department = legal）。名前を x-amz-bedrock で始めることはできません。</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>書き出しの結果</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>The project has no documents (PDF, Word, HTML, Markdown or text). Add them on the Sources step; spreadsheets and ticket exports are not exported here.</source>
        <translation>プロジェクトに文書（PDF、Word、HTML、Markdown、テキスト）がありません。「ソース」ステップで追加してください。表計算ファイルとチケットのエクスポートはここでは書き出しません。</translation>
    </message>
    <message numerus="yes">
        <source>Writes %n document(s) as cleaned Markdown, each with the metadata file Bedrock reads: %1</source>
        <translation><numerusform>%n 件の文書を整えた Markdown として書き出し、それぞれに Bedrock が読むメタデータファイルを付けます：%1</numerusform></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>出力フォルダーを選択</translation>
    </message>
    <message>
        <source>Choose an output folder first.</source>
        <translation>先に出力フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Exporting the documents…</source>
        <translation>文書を書き出しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation><numerusform>%n 件のファイルを %1 に書き出しました。</numerusform></translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>書き出したファイル：</translation>
    </message>
    <message>
        <source>Left out, with the reason:</source>
        <translation>除外したファイルと理由：</translation>
    </message>
    <message>
        <source>The export failed: %s</source>
        <translation>書き出しに失敗しました：%s</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>書き出しを取り消しました。</translation>
    </message>
</context>
<context>
    <name>ReasonMessages</name>
    <message>
        <source>exact duplicate of record {id} ({kept}), which is kept</source>
        <translation>レコード {id}（{kept}）と完全に重複しています。残すのはそのレコードです</translation>
    </message>
    <message>
        <source>near duplicate of record {id} ({kept}, estimated similarity {similarity}), which is kept</source>
        <translation>レコード {id}（{kept}、推定類似度 {similarity}）とほぼ重複しています。残すのはそのレコードです</translation>
    </message>
    <message>
        <source>the row could not be used: {detail}</source>
        <translation>この行は使えません：{detail}</translation>
    </message>
    <message>
        <source>excluded by hand in the Review step</source>
        <translation>「レビュー」ステップで手動で除外しました</translation>
    </message>
    <message>
        <source>column {detail} holds a number or true/false, not text; convert it in the source or switch on 'accept numbers as text'</source>
        <translation>列 {detail} にはテキストではなく数値または true/false が入っています。ソースで変換するか、「クリーニング」で「数値をテキストとして受け入れる」をオンにしてください</translation>
    </message>
    <message>
        <source>the prompt is empty after cleaning; fill in the column {detail} or change the prompt template</source>
        <translation>クリーニング後にプロンプトが空になりました。列 {detail} を埋めるか、プロンプトのテンプレートを変えてください</translation>
    </message>
    <message>
        <source>the completion is empty after cleaning; fill in the column {detail} or change the completion template</source>
        <translation>クリーニング後にコンプリーションが空になりました。列 {detail} を埋めるか、コンプリーションのテンプレートを変えてください</translation>
    </message>
    <message>
        <source>the input text is empty after cleaning; fill in the column {detail} or change the input template</source>
        <translation>クリーニング後に入力テキストが空になりました。列 {detail} を埋めるか、入力のテンプレートを変えてください</translation>
    </message>
    <message>
        <source>{detail}; keys are case-sensitive, so rename the key in the file or map that column explicitly</source>
        <translation>{detail}。キーは大文字と小文字を区別するため、ファイルでキーの名前を変えるか、その列を明示的に割り当ててください</translation>
    </message>
    <message>
        <source>the conversation cannot be used: {detail}</source>
        <translation>この会話は使えません：{detail}</translation>
    </message>
    <message>
        <source>a conversation turn is empty after cleaning</source>
        <translation>クリーニング後に会話のターンが空になりました</translation>
    </message>
    <message>
        <source>the text contains {detail}, which the model family reserves; remove it or choose 'escape reserved strings' in Cleaning</source>
        <translation>テキストにこのモデルファミリーが予約している {detail} が含まれています。削除するか、「クリーニング」の「予約文字列」でエスケープを選んでください</translation>
    </message>
    <message>
        <source>about {detail} tokens, over the model's limit per record; shorten the text or split it</source>
        <translation>約 {detail} トークンで、モデルのレコードあたりの上限を超えています。テキストを短くするか分割してください</translation>
    </message>
    <message>
        <source>the input (system and prompt) is about {detail} tokens, over the model's input limit</source>
        <translation>入力（システムとプロンプト）は約 {detail} トークンで、モデルの入力の上限を超えています</translation>
    </message>
    <message>
        <source>the completion is about {detail} tokens, over the model's output limit</source>
        <translation>コンプリーションは約 {detail} トークンで、モデルの出力の上限を超えています</translation>
    </message>
    <message>
        <source>the text is shorter than the minimum length set in Cleaning</source>
        <translation>テキストが「クリーニング」で設定した最小の長さより短いです</translation>
    </message>
    <message>
        <source>the text is longer than the maximum length set in Cleaning</source>
        <translation>テキストが「クリーニング」で設定した最大の長さより長いです</translation>
    </message>
    <message>
        <source>exact duplicate of record {detail}, which is kept</source>
        <translation>レコード {detail} と完全に重複しています（そちらを残します）</translation>
    </message>
    <message>
        <source>near duplicate of record {detail}, which is kept</source>
        <translation>レコード {detail} とほぼ重複しています（そちらを残します）</translation>
    </message>
    <message>
        <source>not selected: at most {detail} records can be exported, so a seeded subset was kept</source>
        <translation>選ばれませんでした：書き出せるのは最大 {detail} 件のため、シードで決まる一部を残しました</translation>
    </message>
    <message>
        <source>{file}, row {number}</source>
        <translation>{file} の {number} 行目</translation>
    </message>
    <message>
        <source>{file}, line {number}</source>
        <translation>{file} の {number} 行目</translation>
    </message>
    <message>
        <source>{file}, item {number}</source>
        <translation>{file} の {number} 項目</translation>
    </message>
    <message>
        <source>{file}, part {number}</source>
        <translation>{file} の {number} 番目の部分</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
</context>
</TS>