<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CloudPage</name>
    <message>
        <location filename="../../gui/pages/cloud.py" line="117"/>
        <source>1. AWS connection</source>
        <translation>1. AWS 接続</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="126"/>
        <source>Profile from your AWS configuration; empty uses the default credentials</source>
        <translation>AWS 設定のプロファイル。空欄の場合は既定の認証情報を使います</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="131"/>
        <source>optional, for a VPC endpoint</source>
        <translation>任意。VPC エンドポイント用</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="132"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="134"/>
        <source>Not connected. Credentials are read from your AWS configuration and never stored by this program.</source>
        <translation>未接続です。認証情報は AWS 設定から読み込まれ、このプログラムが保存することはありません。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="139"/>
        <source>Profile:</source>
        <translation>プロファイル：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="140"/>
        <source>Region:</source>
        <translation>リージョン：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="141"/>
        <source>Endpoint URL:</source>
        <translation>エンドポイント URL：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="143"/>
        <source>Signed in as:</source>
        <translation>サインイン中の ID：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="144"/>
        <source>Model and region:</source>
        <translation>モデルとリージョン：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="148"/>
        <source>2. Upload the training data to S3</source>
        <translation>2. 学習データを S3 にアップロード</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="154"/>
        <source>List buckets</source>
        <translation>バケット一覧</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="159"/>
        <source>Create the bucket in the chosen region if it does not exist</source>
        <translation>バケットがなければ選択したリージョンに作成する</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="162"/>
        <source>empty: S3-managed encryption (SSE-S3)</source>
        <translation>空欄：S3 管理の暗号化（SSE-S3）</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="163"/>
        <location filename="../../gui/pages/cloud.py" line="386"/>
        <source>No build yet: build the dataset on the Export step first.</source>
        <translation>まだビルドされていません。先に「エクスポート」ステップでデータセットをビルドしてください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="167"/>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="169"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="182"/>
        <source>Files:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="183"/>
        <source>Bucket:</source>
        <translation>バケット：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="185"/>
        <source>Prefix:</source>
        <translation>プレフィックス：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="186"/>
        <source>KMS key:</source>
        <translation>KMS キー：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="192"/>
        <source>3. Service role Bedrock uses to read the data</source>
        <translation>3. Bedrock がデータを読むためのサービスロール</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="198"/>
        <source>List roles</source>
        <translation>ロール一覧</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="204"/>
        <source>Show policies</source>
        <translation>ポリシーを表示</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="206"/>
        <source>Create role</source>
        <translation>ロールを作成</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="215"/>
        <source>The trust policy and the permissions policy appear here before anything is created.</source>
        <translation>何かを作成する前に、信頼ポリシーと権限ポリシーがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="217"/>
        <source>Existing role:</source>
        <translation>既存のロール：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="218"/>
        <source>Or a new role:</source>
        <translation>または新しいロール：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="223"/>
        <source>4. Customization job</source>
        <translation>4. カスタマイズジョブ</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="227"/>
        <source>1-63 letters, digits, hyphens, &apos;+&apos; or &apos;.&apos;, starting with a letter or digit</source>
        <translation>1～63 文字の英字・数字・ハイフン・「+」・「.」。先頭は英字か数字</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="229"/>
        <source>1-63 letters and digits, each optionally followed by one &apos;_&apos; or &apos;-&apos;</source>
        <translation>1～63 文字の英字と数字。各文字の後に「_」か「-」を 1 つ置けます</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="232"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="235"/>
        <source>optional: KMS key that encrypts the custom model</source>
        <translation>任意：カスタムモデルを暗号化する KMS キー</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="239"/>
        <source>Check and start the job</source>
        <translation>確認してジョブを開始</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="243"/>
        <source>Base model:</source>
        <translation>ベースモデル：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="244"/>
        <source>Job name:</source>
        <translation>ジョブ名：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="245"/>
        <source>Custom model name:</source>
        <translation>カスタムモデル名：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="246"/>
        <source>Training data:</source>
        <translation>学習データ：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="247"/>
        <source>Validation data:</source>
        <translation>検証データ：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="248"/>
        <source>Output folder:</source>
        <translation>出力フォルダー：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="249"/>
        <source>Model KMS key:</source>
        <translation>モデルの KMS キー：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="250"/>
        <source>Hyperparameters:</source>
        <translation>ハイパーパラメーター：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="256"/>
        <source>5. Jobs in this region</source>
        <translation>5. このリージョンのジョブ</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="260"/>
        <source>Job name</source>
        <translation>ジョブ名</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="260"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="260"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="260"/>
        <source>Base model</source>
        <translation>ベースモデル</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="271"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="273"/>
        <location filename="../../gui/pages/cloud.py" line="902"/>
        <source>Stop job</source>
        <translation>ジョブを停止</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="275"/>
        <source>Show loss</source>
        <translation>損失を表示</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="291"/>
        <source>6. Training and validation loss</source>
        <translation>6. 学習損失と検証損失</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="296"/>
        <source>Select a finished job and press Show loss.</source>
        <translation>完了したジョブを選択して「損失を表示」を押してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="298"/>
        <source>Save PNG</source>
        <translation>PNG を保存</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="342"/>
        <source>range {low} to {high}, default {default}</source>
        <translation>範囲 {low}～{high}、既定値 {default}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="356"/>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="357"/>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="358"/>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="359"/>
        <source>Learning rate multiplier</source>
        <translation>学習率の倍率</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="360"/>
        <source>Warm-up steps</source>
        <translation>ウォームアップステップ数</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="361"/>
        <source>Early stopping threshold</source>
        <translation>早期終了のしきい値</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="362"/>
        <source>Early stopping patience</source>
        <translation>早期終了の猶予回数</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="363"/>
        <source>Validation share (%)</source>
        <translation>検証に使う割合（%）</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="369"/>
        <source>How many times training goes through all the data. More epochs learn more, but too many memorise the examples.</source>
        <translation>学習が全データを何周するか。多いほど学習が進みますが、多すぎると例を丸暗記します。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="371"/>
        <source>How many records are processed together in one training step.</source>
        <translation>1 回の学習ステップでまとめて処理するレコード数。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="372"/>
        <source>How big each learning step is. Too high makes training unstable; too low learns little.</source>
        <translation>1 ステップで学習する幅。高すぎると学習が不安定になり、低すぎるとほとんど学習しません。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="374"/>
        <source>Scales the model&apos;s standard learning rate; 1 keeps it.</source>
        <translation>モデル標準の学習率に掛ける倍率。1 ならそのままです。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="375"/>
        <source>Steps at the start during which the learning rate rises gradually.</source>
        <translation>学習の開始時に学習率を徐々に上げていくステップ数。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="377"/>
        <source>Smallest drop in validation loss that still counts as progress.</source>
        <translation>進歩とみなす検証損失の最小の下げ幅。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="378"/>
        <source>How many checks without progress before training stops early.</source>
        <translation>進歩のない確認が何回続いたら学習を早期終了するか。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="379"/>
        <source>Share of the training data held back to measure progress when no validation file is given.</source>
        <translation>検証ファイルがないときに、進み具合を測るため学習データから取り分ける割合。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="422"/>
        <source>Unexpected error: {error}</source>
        <translation>予期しないエラー：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="425"/>
        <source>The SSO sign-in for profile “{profile}” has expired. Run “{command}” in a terminal, then press Connect again.</source>
        <translation>プロファイル「{profile}」の SSO サインインの期限が切れました。ターミナルで「{command}」を実行してから、もう一度「接続」を押してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="427"/>
        <source>No AWS credentials were found for profile “{profile}”. Configure the profile with “aws configure” or choose another profile.</source>
        <translation>プロファイル「{profile}」の AWS 認証情報が見つかりません。「aws configure」でプロファイルを設定するか、別のプロファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="429"/>
        <source>The AWS profile “{profile}” does not exist. Choose a listed profile.</source>
        <translation>AWS プロファイル「{profile}」は存在しません。一覧にあるプロファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="430"/>
        <source>No AWS region is set. Choose a region, for example us-east-1.</source>
        <translation>AWS リージョンが設定されていません。us-east-1 などのリージョンを選んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="431"/>
        <source>AWS could not be reached. Check the network, proxy or endpoint URL, then retry; an interrupted upload resumes where it stopped.</source>
        <translation>AWS に接続できません。ネットワーク、プロキシ、エンドポイント URL を確認して再試行してください。中断したアップロードは止まったところから再開します。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="433"/>
        <source>AWS did not answer in time. Retry; an interrupted upload resumes where it stopped.</source>
        <translation>AWS から時間内に応答がありませんでした。再試行してください。中断したアップロードは止まったところから再開します。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="435"/>
        <source>The AWS session credentials have expired. Sign in again (for an SSO profile: aws sso login --profile {profile}) and retry.</source>
        <translation>AWS セッションの認証情報の期限が切れました。もう一度サインインして（SSO プロファイルの場合：aws sso login --profile {profile}）再試行してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="437"/>
        <source>AWS does not recognise the access key of profile “{profile}”. Check your AWS configuration.</source>
        <translation>AWS はプロファイル「{profile}」のアクセスキーを認識できません。AWS 設定を確認してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="439"/>
        <source>Access was denied. Ask your AWS administrator to allow this action, or choose a profile that has the permission.</source>
        <translation>アクセスが拒否されました。AWS 管理者にこの操作の許可を依頼するか、権限のあるプロファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="441"/>
        <source>AWS is limiting the request rate. Wait a minute and retry.</source>
        <translation>AWS がリクエストの頻度を制限しています。1 分待ってから再試行してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="442"/>
        <source>AWS rejected the request as invalid. Correct the value AWS names and retry.</source>
        <translation>AWS がリクエストを無効として拒否しました。AWS が示した値を修正して再試行してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="444"/>
        <source>Not found. Check the name and the region.</source>
        <translation>見つかりません。名前とリージョンを確認してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="445"/>
        <source>The bucket “{bucket}” does not exist. Tick “Create the bucket” or choose an existing bucket.</source>
        <translation>バケット「{bucket}」は存在しません。「バケットを作成」にチェックを入れるか、既存のバケットを選んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="447"/>
        <source>A resource with that name already exists or is busy. Choose another name.</source>
        <translation>同じ名前のリソースが既に存在するか、使用中です。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="448"/>
        <source>An AWS service quota is reached. Remove unused resources or request a quota increase.</source>
        <translation>AWS のサービスクォータに達しました。使っていないリソースを削除するか、クォータの引き上げを申請してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="450"/>
        <source>AWS reported an internal error. Retry in a few minutes.</source>
        <translation>AWS で内部エラーが発生しました。数分後に再試行してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="451"/>
        <source>The bucket is in another region. Choose the bucket&apos;s region or another bucket.</source>
        <translation>バケットは別のリージョンにあります。バケットのリージョンを選ぶか、別のバケットを使ってください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="453"/>
        <source>A job named “{job_name}” already exists with other settings, or the custom model name is taken. Choose new names.</source>
        <translation>「{job_name}」という名前のジョブが別の設定で既に存在するか、カスタムモデル名が使用済みです。新しい名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="455"/>
        <source>Job “{job_name}” ({status}) has written no loss figures yet. They appear when training ends.</source>
        <translation>ジョブ「{job_name}」（{status}）はまだ損失の値を書き出していません。学習が終わると出力されます。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="457"/>
        <source>The uploaded object {uri} does not match the local file. Upload again.</source>
        <translation>アップロードしたオブジェクト {uri} がローカルのファイルと一致しません。もう一度アップロードしてください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="471"/>
        <source>AWS message: {message}</source>
        <translation>AWS のメッセージ：{message}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="483"/>
        <source>Connect to AWS first.</source>
        <translation>先に AWS に接続してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="492"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="507"/>
        <source>{arn} (account {account}, region {region})</source>
        <translation>{arn}（アカウント {account}、リージョン {region}）</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="518"/>
        <source>Not connected.</source>
        <translation>未接続です。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="528"/>
        <source>no region</source>
        <translation>リージョンなし</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="530"/>
        <source>{model} can be customized in {regions}; {region} is one of them.</source>
        <translation>{model} は {regions} でカスタマイズできます。{region} はその 1 つです。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="532"/>
        <source>{model} can be customized only in {regions}, not in {region}. Choose one of those regions.</source>
        <translation>{model} は {regions} でのみカスタマイズでき、{region} ではできません。これらのリージョンのいずれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="538"/>
        <source>Bedrock in this region does not list it for customization.</source>
        <translation>このリージョンの Bedrock はこのモデルをカスタマイズ対象として挙げていません。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="540"/>
        <source>Bedrock lists it as {status}: no new jobs can start.</source>
        <translation>Bedrock はこのモデルを {status} としています。新しいジョブは開始できません。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="542"/>
        <source>Bedrock confirms it is active here.</source>
        <translation>Bedrock により、このリージョンで利用可能であることを確認しました。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="544"/>
        <source>(Not confirmed with Bedrock: the list of models could not be read.)</source>
        <translation>（Bedrock では未確認です。モデル一覧を読み込めませんでした。）</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="574"/>
        <source>Bucket and prefix</source>
        <translation>バケットとプレフィックス</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="598"/>
        <source>Uploading…</source>
        <translation>アップロードしています…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="613"/>
        <source>uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="613"/>
        <source>already there, not sent again</source>
        <translation>既にあるため再送信していません</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="616"/>
        <source>Warning: {text}</source>
        <translation>警告：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="624"/>
        <source>Upload finished: {count} files checked on S3.</source>
        <translation>アップロード完了：S3 上で {count} 個のファイルを確認しました。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="628"/>
        <source>Upload cancelled. Press Upload again to resume where it stopped.</source>
        <translation>アップロードをキャンセルしました。もう一度「アップロード」を押すと、止まったところから再開します。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="653"/>
        <source>No role in this account lets Bedrock use it yet. Create one below.</source>
        <translation>このアカウントには Bedrock が使えるロールがまだありません。下で作成してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="665"/>
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="674"/>
        <source>Trust policy (who may use the role):</source>
        <translation>信頼ポリシー（このロールを使える者）：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="675"/>
        <source>Permissions policy “{name}” (what the role may do):</source>
        <translation>権限ポリシー「{name}」（このロールができること）：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="703"/>
        <source>Create the role “{name}” with the policies shown?</source>
        <translation>表示したポリシーでロール「{name}」を作成しますか？</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="704"/>
        <source>Create service role</source>
        <translation>サービスロールを作成</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="710"/>
        <source>Created role {arn}.</source>
        <translation>ロール {arn} を作成しました。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="761"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="769"/>
        <source>The job was not started because a check failed:</source>
        <translation>確認に失敗した項目があるため、ジョブは開始されませんでした：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="770"/>
        <source>The job was not started: fix the failed checks below.</source>
        <translation>ジョブは開始されませんでした。下の失敗した確認項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="772"/>
        <source>Job {name} started ({status}).</source>
        <translation>ジョブ {name} を開始しました（{status}）。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="774"/>
        <source>Job {name} started. Its status is checked every minute.</source>
        <translation>ジョブ {name} を開始しました。状態は 1 分ごとに確認します。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="782"/>
        <source>The base model is active.</source>
        <translation>ベースモデルは利用可能です。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="783"/>
        <source>The base model no longer accepts new jobs.</source>
        <translation>ベースモデルは新しいジョブを受け付けなくなりました。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="784"/>
        <source>The model can be customized in this region.</source>
        <translation>このモデルはこのリージョンでカスタマイズできます。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="785"/>
        <source>The model cannot be customized in this region.</source>
        <translation>このモデルはこのリージョンではカスタマイズできません。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="786"/>
        <source>Bedrock lists the model for customization here.</source>
        <translation>このリージョンの Bedrock はこのモデルをカスタマイズ対象にしています。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="787"/>
        <source>Bedrock does not offer the model for new jobs here.</source>
        <translation>このリージョンの Bedrock ではこのモデルで新しいジョブを開始できません。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="788"/>
        <source>Not confirmed with Bedrock: the list of models could not be read.</source>
        <translation>Bedrock では未確認です。モデル一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="789"/>
        <source>The training file is on S3.</source>
        <translation>学習ファイルは S3 にあります。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="790"/>
        <source>The training file is missing or empty.</source>
        <translation>学習ファイルがないか、空です。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="791"/>
        <source>The validation file is on S3.</source>
        <translation>検証ファイルは S3 にあります。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="792"/>
        <source>The validation file is missing or empty.</source>
        <translation>検証ファイルがないか、空です。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="793"/>
        <source>The training data bucket is in another region than the job.</source>
        <translation>学習データのバケットがジョブと別のリージョンにあります。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="794"/>
        <source>The validation data bucket is in another region than the job.</source>
        <translation>検証データのバケットがジョブと別のリージョンにあります。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="795"/>
        <source>The record counts are within the model&apos;s limits.</source>
        <translation>レコード数はモデルの上限・下限の範囲内です。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="796"/>
        <source>The record counts are outside the model&apos;s limits.</source>
        <translation>レコード数がモデルの上限・下限の範囲外です。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="797"/>
        <source>The service role exists.</source>
        <translation>サービスロールは存在します。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="798"/>
        <source>The service role does not exist.</source>
        <translation>サービスロールが存在しません。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="799"/>
        <source>The service role could not be checked.</source>
        <translation>サービスロールを確認できませんでした。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="837"/>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="838"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="839"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="840"/>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="841"/>
        <source>Stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="861"/>
        <source>{name}: {status}</source>
        <translation>{name}：{status}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="862"/>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="862"/>
        <source>data processing</source>
        <translation>データ処理</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="863"/>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="867"/>
        <source>Failure: {message}</source>
        <translation>失敗の理由：{message}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="871"/>
        <source>Custom model: {arn}</source>
        <translation>カスタムモデル：{arn}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="876"/>
        <source>The service role cannot read the training data: give it s3:GetObject and s3:ListBucket on the data, keep the bucket in the job&apos;s region, and allow kms:Decrypt for encrypted data.</source>
        <translation>サービスロールが学習データを読めません。データに対する s3:GetObject と s3:ListBucket を許可し、バケットをジョブと同じリージョンに置き、暗号化されたデータには kms:Decrypt を許可してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="879"/>
        <source>The service role cannot write to the output folder: give it s3:PutObject on the output prefix.</source>
        <translation>サービスロールが出力フォルダーに書き込めません。出力プレフィックスに対する s3:PutObject を許可してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="881"/>
        <source>A line of a data file is not valid JSON, or the file has blank lines. Build and upload the files again.</source>
        <translation>データファイルに有効な JSON でない行があるか、空行があります。ファイルをビルドし直してアップロードしてください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="883"/>
        <source>The records do not have the shape this model expects. Check the base model in the recipe and build again.</source>
        <translation>レコードの形がこのモデルの求める形と違います。レシピのベースモデルを確認してビルドし直してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="885"/>
        <source>A record is longer than the model allows. Lower the maximum length and build again.</source>
        <translation>モデルが許す長さを超えるレコードがあります。最大長を下げてビルドし直してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="887"/>
        <source>A record has more tokens than the model allows. Shorten long records and build again.</source>
        <translation>モデルが許すトークン数を超えるレコードがあります。長いレコードを短くしてビルドし直してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="889"/>
        <source>The model provider&apos;s content check flagged the training data. Review the records.</source>
        <translation>モデル提供元のコンテンツチェックが学習データを問題ありと判定しました。レコードを見直してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="891"/>
        <source>AWS had an internal fault. Start the job again.</source>
        <translation>AWS 内部で障害が発生しました。ジョブをもう一度開始してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="900"/>
        <source>Stop job “{name}”? A stopped job cannot be resumed, and the training done so far is still billed.</source>
        <translation>ジョブ「{name}」を停止しますか？停止したジョブは再開できず、それまでの学習分は課金されます。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="920"/>
        <source>Select a job in the list first.</source>
        <translation>先に一覧でジョブを選んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="926"/>
        <source>Loss of {job}</source>
        <translation>{job} の損失</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="927"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="927"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="928"/>
        <source>Training loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="928"/>
        <source>Validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="940"/>
        <source>Validation loss is rising while training loss falls: the model is over-fitting (memorising the examples). Train for fewer epochs or add more varied data.</source>
        <translation>学習損失は下がっているのに検証損失が上がっています。モデルが過学習（例の丸暗記）をしています。エポック数を減らすか、より多様なデータを加えてください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="942"/>
        <source>Training loss went up: the learning rate is probably too high. Lower it and train again.</source>
        <translation>学習損失が上がりました。学習率が高すぎる可能性があります。学習率を下げて学習し直してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="944"/>
        <source>Training loss barely changed: the learning rate may be too low, or the examples too alike. Raise the learning rate or check the data.</source>
        <translation>学習損失がほとんど変わりません。学習率が低すぎるか、例が似すぎている可能性があります。学習率を上げるか、データを確認してください。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="946"/>
        <source>Loss is still falling: the model was still learning when training ended. More epochs or more data may improve it.</source>
        <translation>損失はまだ下がっています。学習終了時にもモデルは学習を続けていました。エポック数やデータを増やすと改善する可能性があります。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="948"/>
        <source>Loss fell and then levelled off: training went as expected.</source>
        <translation>損失は下がった後に横ばいになりました。学習は想定どおりに進みました。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="949"/>
        <source>There are too few training steps to read a trend.</source>
        <translation>学習ステップが少なすぎて傾向を判断できません。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="957"/>
        <source>Save loss plot</source>
        <translation>損失グラフを保存</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="957"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="970"/>
        <source>Saved {path}.</source>
        <translation>{path} を保存しました。</translation>
    </message>
</context>
</TS>
