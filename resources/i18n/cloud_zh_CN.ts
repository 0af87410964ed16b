<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CloudPage</name>
    <message>
        <location filename="../../gui/pages/cloud.py" line="117"/>
        <source>1. AWS connection</source>
        <translation>1. AWS 连接</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="126"/>
        <source>Profile from your AWS configuration; empty uses the default credentials</source>
        <translation>AWS 配置中的配置文件；留空则使用默认凭证</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="131"/>
        <source>optional, for a VPC endpoint</source>
        <translation>可选，用于 VPC 终端节点</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="132"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="134"/>
        <source>Not connected. Credentials are read from your AWS configuration and never stored by this program.</source>
        <translation>未连接。凭证从您的 AWS 配置中读取，本程序从不保存。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="139"/>
        <source>Profile:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="140"/>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="141"/>
        <source>Endpoint URL:</source>
        <translation>终端节点 URL：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="143"/>
        <source>Signed in as:</source>
        <translation>登录身份：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="144"/>
        <source>Model and region:</source>
        <translation>模型与区域：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="148"/>
        <source>2. Upload the training data to S3</source>
        <translation>2. 将训练数据上传到 S3</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="154"/>
        <source>List buckets</source>
        <translation>列出存储桶</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="159"/>
        <source>Create the bucket in the chosen region if it does not exist</source>
        <translation>如果存储桶不存在，则在所选区域创建</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="162"/>
        <source>empty: S3-managed encryption (SSE-S3)</source>
        <translation>留空：使用 S3 托管加密（SSE-S3）</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="163"/>
        <location filename="../../gui/pages/cloud.py" line="386"/>
        <source>No build yet: build the dataset on the Export step first.</source>
        <translation>尚未构建：请先在“导出”步骤中构建数据集。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="167"/>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="169"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="182"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="183"/>
        <source>Bucket:</source>
        <translation>存储桶：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="185"/>
        <source>Prefix:</source>
        <translation>前缀：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="186"/>
        <source>KMS key:</source>
        <translation>KMS 密钥：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="192"/>
        <source>3. Service role Bedrock uses to read the data</source>
        <translation>3. Bedrock 读取数据所用的服务角色</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="198"/>
        <source>List roles</source>
        <translation>列出角色</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="204"/>
        <source>Show policies</source>
        <translation>显示策略</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="206"/>
        <source>Create role</source>
        <translation>创建角色</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="215"/>
        <source>The trust policy and the permissions policy appear here before anything is created.</source>
        <translation>在创建任何资源之前，信任策略和权限策略会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="217"/>
        <source>Existing role:</source>
        <translation>现有角色：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="218"/>
        <source>Or a new role:</source>
        <translation>或新建角色：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="223"/>
        <source>4. Customization job</source>
        <translation>4. 定制作业</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="227"/>
        <source>1-63 letters, digits, hyphens, &apos;+&apos; or &apos;.&apos;, starting with a letter or digit</source>
        <translation>1-63 个字母、数字、连字符、“+”或“.”，以字母或数字开头</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="229"/>
        <source>1-63 letters and digits, each optionally followed by one &apos;_&apos; or &apos;-&apos;</source>
        <translation>1-63 个字母和数字，每个后面可跟一个“_”或“-”</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="232"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="235"/>
        <source>optional: KMS key that encrypts the custom model</source>
        <translation>可选：用于加密自定义模型的 KMS 密钥</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="239"/>
        <source>Check and start the job</source>
        <translation>检查并启动作业</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="243"/>
        <source>Base model:</source>
        <translation>基础模型：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="244"/>
        <source>Job name:</source>
        <translation>作业名称：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="245"/>
        <source>Custom model name:</source>
        <translation>自定义模型名称：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="246"/>
        <source>Training data:</source>
        <translation>训练数据：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="247"/>
        <source>Validation data:</source>
        <translation>验证数据：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="248"/>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="249"/>
        <source>Model KMS key:</source>
        <translation>模型 KMS 密钥：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="250"/>
        <source>Hyperparameters:</source>
        <translation>超参数：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="256"/>
        <source>5. Jobs in this region</source>
        <translation>5. 本区域的作业</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="260"/>
        <source>Job name</source>
        <translation>作业名称</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="260"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="260"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="260"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="271"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="273"/>
        <location filename="../../gui/pages/cloud.py" line="902"/>
        <source>Stop job</source>
        <translation>停止作业</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="275"/>
        <source>Show loss</source>
        <translation>显示损失</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="291"/>
        <source>6. Training and validation loss</source>
        <translation>6. 训练损失与验证损失</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="296"/>
        <source>Select a finished job and press Show loss.</source>
        <translation>请选择一个已完成的作业，然后点击“显示损失”。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="298"/>
        <source>Save PNG</source>
        <translation>保存 PNG</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="342"/>
        <source>range {low} to {high}, default {default}</source>
        <translation>范围 {low} 到 {high}，默认 {default}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="356"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="357"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="358"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="359"/>
        <source>Learning rate multiplier</source>
        <translation>学习率倍数</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="360"/>
        <source>Warm-up steps</source>
        <translation>预热步数</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="361"/>
        <source>Early stopping threshold</source>
        <translation>提前停止阈值</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="362"/>
        <source>Early stopping patience</source>
        <translation>提前停止耐心值</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="363"/>
        <source>Validation share (%)</source>
        <translation>验证比例（%）</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="369"/>
        <source>How many times training goes through all the data. More epochs learn more, but too many memorise the examples.</source>
        <translation>训练遍历全部数据的次数。轮数越多学得越多，但过多会死记示例。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="371"/>
        <source>How many records are processed together in one training step.</source>
        <translation>每个训练步骤同时处理的记录数。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="372"/>
        <source>How big each learning step is. Too high makes training unstable; too low learns little.</source>
        <translation>每一步学习的幅度。过高会使训练不稳定；过低则学到的很少。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="374"/>
        <source>Scales the model&apos;s standard learning rate; 1 keeps it.</source>
        <translation>按比例调整模型的标准学习率；1 表示保持不变。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="375"/>
        <source>Steps at the start during which the learning rate rises gradually.</source>
        <translation>训练开始时学习率逐步升高所经历的步数。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="377"/>
        <source>Smallest drop in validation loss that still counts as progress.</source>
        <translation>验证损失下降多少才算有进展的最小值。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="378"/>
        <source>How many checks without progress before training stops early.</source>
        <translation>连续多少次检查没有进展后提前停止训练。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="379"/>
        <source>Share of the training data held back to measure progress when no validation file is given.</source>
        <translation>未提供验证文件时，从训练数据中留出用于衡量进展的比例。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="422"/>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="425"/>
        <source>The SSO sign-in for profile “{profile}” has expired. Run “{command}” in a terminal, then press Connect again.</source>
        <translation>配置文件“{profile}”的 SSO 登录已过期。请在终端中运行“{command}”，然后再次点击“连接”。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="427"/>
        <source>No AWS credentials were found for profile “{profile}”. Configure the profile with “aws configure” or choose another profile.</source>
        <translation>未找到配置文件“{profile}”的 AWS 凭证。请用“aws configure”配置该配置文件，或选择其他配置文件。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="429"/>
        <source>The AWS profile “{profile}” does not exist. Choose a listed profile.</source>
        <translation>AWS 配置文件“{profile}”不存在。请选择列表中的配置文件。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="430"/>
        <source>No AWS region is set. Choose a region, for example us-east-1.</source>
        <translation>未设置 AWS 区域。请选择一个区域，例如 us-east-1。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="431"/>
        <source>AWS could not be reached. Check the network, proxy or endpoint URL, then retry; an interrupted upload resumes where it stopped.</source>
        <translation>无法连接到 AWS。请检查网络、代理或终端节点 URL，然后重试；中断的上传会从停止处继续。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="433"/>
        <source>AWS did not answer in time. Retry; an interrupted upload resumes where it stopped.</source>
        <translation>AWS 未及时响应。请重试；中断的上传会从停止处继续。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="435"/>
        <source>The AWS session credentials have expired. Sign in again (for an SSO profile: aws sso login --profile {profile}) and retry.</source>
        <translation>AWS 会话凭证已过期。请重新登录（SSO 配置文件：aws sso login --profile {profile}）后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="437"/>
        <source>AWS does not recognise the access key of profile “{profile}”. Check your AWS configuration.</source>
        <translation>AWS 无法识别配置文件“{profile}”的访问密钥。请检查您的 AWS 配置。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="439"/>
        <source>Access was denied. Ask your AWS administrator to allow this action, or choose a profile that has the permission.</source>
        <translation>访问被拒绝。请让 AWS 管理员允许此操作，或选择具有该权限的配置文件。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="441"/>
        <source>AWS is limiting the request rate. Wait a minute and retry.</source>
        <translation>AWS 正在限制请求速率。请等待一分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="442"/>
        <source>AWS rejected the request as invalid. Correct the value AWS names and retry.</source>
        <translation>AWS 认为请求无效而拒绝。请更正 AWS 指出的值后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="444"/>
        <source>Not found. Check the name and the region.</source>
        <translation>未找到。请检查名称和区域。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="445"/>
        <source>The bucket “{bucket}” does not exist. Tick “Create the bucket” or choose an existing bucket.</source>
        <translation>存储桶“{bucket}”不存在。请勾选“创建存储桶”或选择现有存储桶。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="447"/>
        <source>A resource with that name already exists or is busy. Choose another name.</source>
        <translation>同名资源已存在或正忙。请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="448"/>
        <source>An AWS service quota is reached. Remove unused resources or request a quota increase.</source>
        <translation>已达到 AWS 服务配额。请删除不用的资源或申请提高配额。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="450"/>
        <source>AWS reported an internal error. Retry in a few minutes.</source>
        <translation>AWS 报告了内部错误。请几分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="451"/>
        <source>The bucket is in another region. Choose the bucket&apos;s region or another bucket.</source>
        <translation>该存储桶位于其他区域。请选择存储桶所在的区域或换一个存储桶。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="453"/>
        <source>A job named “{job_name}” already exists with other settings, or the custom model name is taken. Choose new names.</source>
        <translation>名为“{job_name}”的作业已存在且设置不同，或自定义模型名称已被占用。请换用新名称。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="455"/>
        <source>Job “{job_name}” ({status}) has written no loss figures yet. They appear when training ends.</source>
        <translation>作业“{job_name}”（{status}）尚未写出损失数据。训练结束时才会生成。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="457"/>
        <source>The uploaded object {uri} does not match the local file. Upload again.</source>
        <translation>上传的对象 {uri} 与本地文件不一致。请重新上传。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="471"/>
        <source>AWS message: {message}</source>
        <translation>AWS 消息：{message}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="483"/>
        <source>Connect to AWS first.</source>
        <translation>请先连接 AWS。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="492"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="507"/>
        <source>{arn} (account {account}, region {region})</source>
        <translation>{arn}（账户 {account}，区域 {region}）</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="518"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="528"/>
        <source>no region</source>
        <translation>无区域</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="530"/>
        <source>{model} can be customized in {regions}; {region} is one of them.</source>
        <translation>{model} 可在 {regions} 定制；{region} 是其中之一。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="532"/>
        <source>{model} can be customized only in {regions}, not in {region}. Choose one of those regions.</source>
        <translation>{model} 只能在 {regions} 定制，不能在 {region} 定制。请选择其中一个区域。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="538"/>
        <source>Bedrock in this region does not list it for customization.</source>
        <translation>此区域的 Bedrock 未将其列为可定制模型。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="540"/>
        <source>Bedrock lists it as {status}: no new jobs can start.</source>
        <translation>Bedrock 将其标为 {status}：无法启动新作业。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="542"/>
        <source>Bedrock confirms it is active here.</source>
        <translation>Bedrock 确认它在此区域处于可用状态。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="544"/>
        <source>(Not confirmed with Bedrock: the list of models could not be read.)</source>
        <translation>（未经 Bedrock 确认：无法读取模型列表。）</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="574"/>
        <source>Bucket and prefix</source>
        <translation>存储桶和前缀</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="598"/>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="613"/>
        <source>uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="613"/>
        <source>already there, not sent again</source>
        <translation>已存在，未重新发送</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="616"/>
        <source>Warning: {text}</source>
        <translation>警告：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="624"/>
        <source>Upload finished: {count} files checked on S3.</source>
        <translation>上传完成：已在 S3 上核对 {count} 个文件。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="628"/>
        <source>Upload cancelled. Press Upload again to resume where it stopped.</source>
        <translation>上传已取消。再次点击“上传”即可从停止处继续。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="653"/>
        <source>No role in this account lets Bedrock use it yet. Create one below.</source>
        <translation>此账户中还没有 Bedrock 可使用的角色。请在下方创建一个。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="665"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="674"/>
        <source>Trust policy (who may use the role):</source>
        <translation>信任策略（谁可以使用该角色）：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="675"/>
        <source>Permissions policy “{name}” (what the role may do):</source>
        <translation>权限策略“{name}”（该角色可以执行的操作）：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="703"/>
        <source>Create the role “{name}” with the policies shown?</source>
        <translation>使用所示策略创建角色“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="704"/>
        <source>Create service role</source>
        <translation>创建服务角色</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="710"/>
        <source>Created role {arn}.</source>
        <translation>已创建角色 {arn}。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="761"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="769"/>
        <source>The job was not started because a check failed:</source>
        <translation>由于检查未通过，作业未启动：</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="770"/>
        <source>The job was not started: fix the failed checks below.</source>
        <translation>作业未启动：请修正下方未通过的检查项。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="772"/>
        <source>Job {name} started ({status}).</source>
        <translation>作业 {name} 已启动（{status}）。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="774"/>
        <source>Job {name} started. Its status is checked every minute.</source>
        <translation>作业 {name} 已启动。每分钟检查一次其状态。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="782"/>
        <source>The base model is active.</source>
        <translation>基础模型处于可用状态。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="783"/>
        <source>The base model no longer accepts new jobs.</source>
        <translation>基础模型已不再接受新作业。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="784"/>
        <source>The model can be customized in this region.</source>
        <translation>该模型可在此区域定制。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="785"/>
        <source>The model cannot be customized in this region.</source>
        <translation>该模型不能在此区域定制。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="786"/>
        <source>Bedrock lists the model for customization here.</source>
        <translation>此区域的 Bedrock 将该模型列为可定制。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="787"/>
        <source>Bedrock does not offer the model for new jobs here.</source>
        <translation>此区域的 Bedrock 不为该模型提供新作业。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="788"/>
        <source>Not confirmed with Bedrock: the list of models could not be read.</source>
        <translation>未经 Bedrock 确认：无法读取模型列表。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="789"/>
        <source>The training file is on S3.</source>
        <translation>训练文件已在 S3 上。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="790"/>
        <source>The training file is missing or empty.</source>
        <translation>训练文件不存在或为空。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="791"/>
        <source>The validation file is on S3.</source>
        <translation>验证文件已在 S3 上。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="792"/>
        <source>The validation file is missing or empty.</source>
        <translation>验证文件不存在或为空。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="793"/>
        <source>The training data bucket is in another region than the job.</source>
        <translation>训练数据存储桶与作业不在同一区域。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="794"/>
        <source>The validation data bucket is in another region than the job.</source>
        <translation>验证数据存储桶与作业不在同一区域。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="795"/>
        <source>The record counts are within the model&apos;s limits.</source>
        <translation>记录数在模型的限制范围内。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="796"/>
        <source>The record counts are outside the model&apos;s limits.</source>
        <translation>记录数超出了模型的限制范围。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="797"/>
        <source>The service role exists.</source>
        <translation>服务角色存在。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="798"/>
        <source>The service role does not exist.</source>
        <translation>服务角色不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="799"/>
        <source>The service role could not be checked.</source>
        <translation>无法检查服务角色。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="837"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="838"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="839"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="840"/>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="841"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="861"/>
        <source>{name}: {status}</source>
        <translation>{name}：{status}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="862"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="862"/>
        <source>data processing</source>
        <translation>数据处理</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="863"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="867"/>
        <source>Failure: {message}</source>
        <translation>失败原因：{message}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="871"/>
        <source>Custom model: {arn}</source>
        <translation>自定义模型：{arn}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="876"/>
        <source>The service role cannot read the training data: give it s3:GetObject and s3:ListBucket on the data, keep the bucket in the job&apos;s region, and allow kms:Decrypt for encrypted data.</source>
        <translation>服务角色无法读取训练数据：请为其授予数据上的 s3:GetObject 和 s3:ListBucket 权限，确保存储桶与作业位于同一区域，加密数据还需允许 kms:Decrypt。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="879"/>
        <source>The service role cannot write to the output folder: give it s3:PutObject on the output prefix.</source>
        <translation>服务角色无法写入输出文件夹：请为其授予输出前缀上的 s3:PutObject 权限。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="881"/>
        <source>A line of a data file is not valid JSON, or the file has blank lines. Build and upload the files again.</source>
        <translation>数据文件中有一行不是有效的 JSON，或文件含有空行。请重新构建并上传文件。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="883"/>
        <source>The records do not have the shape this model expects. Check the base model in the recipe and build again.</source>
        <translation>记录的结构不符合该模型的要求。请检查配方中的基础模型并重新构建。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="885"/>
        <source>A record is longer than the model allows. Lower the maximum length and build again.</source>
        <translation>有记录超出了模型允许的长度。请降低最大长度后重新构建。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="887"/>
        <source>A record has more tokens than the model allows. Shorten long records and build again.</source>
        <translation>有记录的词元数超出了模型允许的范围。请缩短过长的记录后重新构建。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="889"/>
        <source>The model provider&apos;s content check flagged the training data. Review the records.</source>
        <translation>模型提供商的内容检查标记了训练数据。请审阅这些记录。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="891"/>
        <source>AWS had an internal fault. Start the job again.</source>
        <translation>AWS 出现内部故障。请重新启动作业。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="900"/>
        <source>Stop job “{name}”? A stopped job cannot be resumed, and the training done so far is still billed.</source>
        <translation>要停止作业“{name}”吗？停止的作业无法恢复，已完成的训练仍会计费。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="920"/>
        <source>Select a job in the list first.</source>
        <translation>请先在列表中选择一个作业。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="926"/>
        <source>Loss of {job}</source>
        <translation>{job} 的损失</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="927"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="927"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="928"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="928"/>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="940"/>
        <source>Validation loss is rising while training loss falls: the model is over-fitting (memorising the examples). Train for fewer epochs or add more varied data.</source>
        <translation>验证损失在上升，而训练损失在下降：模型过拟合（在死记示例）。请减少训练轮数或加入更多样的数据。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="942"/>
        <source>Training loss went up: the learning rate is probably too high. Lower it and train again.</source>
        <translation>训练损失上升了：学习率可能过高。请降低学习率后重新训练。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="944"/>
        <source>Training loss barely changed: the learning rate may be too low, or the examples too alike. Raise the learning rate or check the data.</source>
        <translation>训练损失几乎没有变化：学习率可能过低，或示例过于相似。请提高学习率或检查数据。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="946"/>
        <source>Loss is still falling: the model was still learning when training ended. More epochs or more data may improve it.</source>
        <translation>损失仍在下降：训练结束时模型仍在学习。增加训练轮数或数据可能会带来改进。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="948"/>
        <source>Loss fell and then levelled off: training went as expected.</source>
        <translation>损失先下降后趋于平稳：训练情况符合预期。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="949"/>
        <source>There are too few training steps to read a trend.</source>
        <translation>训练步骤太少，无法判断趋势。</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="957"/>
        <source>Save loss plot</source>
        <translation>保存损失图</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="957"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/cloud.py" line="970"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
</context>
</TS>
