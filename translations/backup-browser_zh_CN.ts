<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupActions</name>
    <message>
        <source>Select a backup to download.</source>
        <translation>选择要下载的备份。</translation>
    </message>
    <message>
        <source>Connecting to the product…</source>
        <translation>正在连接产品…</translation>
    </message>
    <message>
        <source>This product offers no backup downloads.</source>
        <translation>此产品不提供备份下载。</translation>
    </message>
    <message>
        <source>The backup is still running.</source>
        <translation>备份仍在进行中。</translation>
    </message>
    <message>
        <source>The backup failed; there is nothing to download.</source>
        <translation>备份失败，没有可下载的内容。</translation>
    </message>
    <message>
        <source>The backup has expired or was deleted.</source>
        <translation>备份已过期或已被删除。</translation>
    </message>
    <message>
        <source>The backup is locked.</source>
        <translation>备份已锁定。</translation>
    </message>
    <message>
        <source>Select a backup to delete.</source>
        <translation>选择要删除的备份。</translation>
    </message>
    <message>
        <source>This product does not allow deleting backups through its API.</source>
        <translation>此产品不允许通过其 API 删除备份。</translation>
    </message>
    <message>
        <source>Select an instance to back up.</source>
        <translation>选择要备份的实例。</translation>
    </message>
    <message>
        <source>This product has no on-demand backups.</source>
        <translation>此产品没有按需备份。</translation>
    </message>
    <message>
        <source>The backup was already deleted.</source>
        <translation>该备份已被删除。</translation>
    </message>
    <message>
        <source>Select a backup to edit its description.</source>
        <translation>选择要编辑描述的备份。</translation>
    </message>
    <message>
        <source>This product does not allow editing a backup&apos;s description through its API.</source>
        <translation>此产品不允许通过其 API 编辑备份的描述。</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>删除备份</translation>
    </message>
    <message>
        <source>Delete backup %1 of instance %2 in the cloud?</source>
        <translation>要在云端删除实例 %2 的备份 %1 吗？</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Instance: %1 (%2, %3)</source>
        <translation>实例：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Started: %1 (%2 ago)</source>
        <translation>开始：%1（%2 前）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>The provider removes the backup and its files. This cannot be undone.</source>
        <translation>云厂商会删除该备份及其文件。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; (%2)?</source>
        <translation>要删除账号“%1”（%2）吗？</translation>
    </message>
    <message>
        <source>Its key pair is deleted from the system keychain and it leaves the tree. The backups in the cloud are not touched.</source>
        <translation>其密钥将从系统钥匙串中删除，账号也会从树中移除。云端的备份不受影响。</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Cancel the download of %1?</source>
        <translation>要取消 %1 的下载吗？</translation>
    </message>
    <message>
        <source>Downloaded: %1 of %2</source>
        <translation>已下载：%1 / %2</translation>
    </message>
    <message>
        <source>Downloaded: %1</source>
        <translation>已下载：%1</translation>
    </message>
    <message>
        <source>The partial file is deleted; downloading again starts from the beginning.</source>
        <translation>部分下载的文件将被删除；重新下载会从头开始。</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>Replace the existing file %1?</source>
        <translation>要替换现有文件 %1 吗？</translation>
    </message>
    <message>
        <source>Its size: %1</source>
        <translation>其大小：%1</translation>
    </message>
    <message>
        <source>The existing file is lost.</source>
        <translation>现有文件将丢失。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>再次下载</translation>
    </message>
    <message>
        <source>%1 was already downloaded. Download it again?</source>
        <translation>%1 已经下载过。要再次下载吗？</translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation>保存到：%1</translation>
    </message>
    <message>
        <source>The new copy gets a numbered name; the existing file stays.</source>
        <translation>新副本会使用带编号的文件名；现有文件保留。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Downloads still running or waiting: %1. Quit anyway?</source>
        <translation>仍在进行或等待中的下载：%1 个。仍要退出吗？</translation>
    </message>
    <message>
        <source>Still to download: %1</source>
        <translation>尚需下载：%1</translation>
    </message>
    <message>
        <source>They stop now and resume from their partial files when Backup Browser starts again.</source>
        <translation>它们会立即停止，并在 Backup Browser 再次启动时从部分文件继续。</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Remove the offsite rule &quot;%1&quot;?</source>
        <translation>要删除异地规则“%1”吗？</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>目标位置：%1</translation>
    </message>
    <message>
        <source>It is the last rule: the rules file %1 is removed.</source>
        <translation>这是最后一条规则：规则文件 %1 将被删除。</translation>
    </message>
    <message>
        <source>Local copies it already made are NOT deleted: they stay in the destination, no longer synced or pruned. Nothing in the cloud is touched.</source>
        <translation>该规则已生成的本地副本不会被删除：它们保留在目标位置，但不再同步或清理。云端的任何内容都不受影响。</translation>
    </message>
</context>
<context>
    <name>CopyCatalogue</name>
    <message>
        <source>catalogue %1: %2</source>
        <translation>清单 %1：%2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot open the catalogue %1: %2</source>
        <translation>无法打开清单 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: %2</source>
        <translation>%1 不是清单：%2</translation>
    </message>
    <message>
        <source>the catalogue %1 has schema %2, newer than this version reads (%3)</source>
        <translation>清单 %1 的架构版本为 %2，高于此版本能读取的版本（%3）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CreateBackupOptions</name>
    <message>
        <source>This product has no on-demand backups; its backups follow the instance&apos;s backup policy.</source>
        <translation>此产品没有按需备份；其备份遵循实例的备份策略。</translation>
    </message>
    <message>
        <source>Backup name</source>
        <translation>备份名称</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select an instance to back up.</source>
        <translation>选择要备份的实例。</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1 超过了 %2 个字符。</translation>
    </message>
    <message>
        <source>Unknown backup method %1.</source>
        <translation>未知的备份方式 %1。</translation>
    </message>
    <message>
        <source>Keep the backup between %1 and %2 days.</source>
        <translation>备份保留天数须在 %1 到 %2 天之间。</translation>
    </message>
    <message>
        <source>This product cannot keep a backup until the instance is removed.</source>
        <translation>此产品无法将备份保留到实例删除为止。</translation>
    </message>
</context>
<context>
    <name>DownloadPlan</name>
    <message>
        <source>Backup %1 cannot be downloaded.</source>
        <translation>无法下载备份 %1。</translation>
    </message>
    <message>
        <source>Backup %1 cannot be downloaded: %2</source>
        <translation>无法下载备份 %1：%2</translation>
    </message>
    <message>
        <source>Cannot make a folder named after backup %1 in %2.</source>
        <translation>无法在 %2 中创建以备份 %1 命名的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for backup %2.</source>
        <translation>无法为备份 %2 创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>FileDigest</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>FileRevealer</name>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>文件夹 %1 已不存在。</translation>
    </message>
    <message>
        <source>No file manager could open %1 (none is installed or registered for folders). The path is on the clipboard menu: Copy path.</source>
        <translation>没有文件管理器能打开 %1（未安装或未注册用于文件夹）。可在右键菜单中用“复制路径”获取路径。</translation>
    </message>
</context>
<context>
    <name>HttpHeadParser</name>
    <message>
        <source>The server sent an oversized response header</source>
        <translation>服务器发送的响应头过大</translation>
    </message>
    <message>
        <source>The server sent an invalid HTTP response</source>
        <translation>服务器发送了无效的 HTTP 响应</translation>
    </message>
    <message>
        <source>The server sent an invalid HTTP status (%1)</source>
        <translation>服务器发送了无效的 HTTP 状态（%1）</translation>
    </message>
    <message>
        <source>The server switched protocols (HTTP 101), which a download never asks for</source>
        <translation>服务器切换了协议（HTTP 101），而下载从不请求切换协议</translation>
    </message>
    <message>
        <source>The server sent more than %1 interim (1xx) responses</source>
        <translation>服务器发送了超过 %1 个临时（1xx）响应</translation>
    </message>
    <message>
        <source>The server sent a malformed response header line</source>
        <translation>服务器发送了格式错误的响应头行</translation>
    </message>
    <message>
        <source>The server sent an invalid Content-Length (%1)</source>
        <translation>服务器发送了无效的 Content-Length（%1）</translation>
    </message>
    <message>
        <source>The server sent conflicting Content-Length headers (%1 and %2)</source>
        <translation>服务器发送了相互冲突的 Content-Length 头（%1 和 %2）</translation>
    </message>
</context>
<context>
    <name>OffsiteRule</name>
    <message>
        <source>the layout must end with /{file} and name {file} once, not &apos;%1&apos;</source>
        <translation>布局必须以 /{file} 结尾，且 {file} 只能出现一次，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the layout is relative to the destination, &apos;/&apos;-separated, without empty parts: &apos;%1&apos;</source>
        <translation>布局是相对于目标位置的路径，以 &apos;/&apos; 分隔，不能有空的部分：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in the layout (known: %2)</source>
        <translation>布局中有未知占位符 {%1}（已知：%2）</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>no retention rule: everything is kept</source>
        <translation>没有保留规则：全部保留</translation>
    </message>
    <message numerus="yes">
        <source>among the newest %n</source>
        <translation>
            <numerusform>属于最新的 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started within %n day(s)</source>
        <translation>
            <numerusform>在 %n 天内开始</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>the minimum of %n kept</source>
        <translation>
            <numerusform>最少保留 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>no retention rule keeps it</source>
        <translation>没有保留规则保留它</translation>
    </message>
</context>
<context>
    <name>RuleFile</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be a string or a list of strings</source>
        <translation>必须是字符串或字符串列表</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>未知字段（已知：%1）</translation>
    </message>
    <message>
        <source>larger than %1 bytes; a rules file is small</source>
        <translation>大于 %1 字节；规则文件应当很小</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>expected an object with a &quot;rules&quot; list</source>
        <translation>应为带有 &quot;rules&quot; 列表的对象</translation>
    </message>
    <message>
        <source>&quot;rules&quot; is empty</source>
        <translation>&quot;rules&quot; 为空</translation>
    </message>
    <message>
        <source>more than %1 rules</source>
        <translation>规则超过 %1 条</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须是对象</translation>
    </message>
    <message>
        <source>must be full, log or all, not &apos;%1&apos;</source>
        <translation>必须是 full、log 或 all，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be internal or external, not &apos;%1&apos;</source>
        <translation>必须是 internal 或 external，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>%1.name: &apos;%2&apos; names another rule too</source>
        <translation>%1.name：&apos;%2&apos; 也是另一条规则的名称</translation>
    </message>
    <message>
        <source>cannot read the rules file %1: %2</source>
        <translation>无法读取规则文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the rules file %1: %2</source>
        <translation>无法写入规则文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>no local copy</source>
        <translation>没有本地副本</translation>
    </message>
    <message>
        <source>local copy incomplete: %1 of %2 files</source>
        <translation>本地副本不完整：%2 个文件中只有 %1 个</translation>
    </message>
    <message>
        <source>%1 failed verification</source>
        <translation>%1 校验失败</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 缺失</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, the catalogue says %3</source>
        <translation>%1 有 %2 字节，清单记录为 %3</translation>
    </message>
    <message numerus="yes">
        <source>among the newest %n</source>
        <translation>
            <numerusform>属于最新的 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started within %n day(s)</source>
        <translation>
            <numerusform>在 %n 天内开始</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>listed in the last %n day(s)</source>
        <translation>
            <numerusform>在最近 %n 天内列出</numerusform>
        </translation>
    </message>
    <message>
        <source>local copy complete</source>
        <translation>本地副本完整</translation>
    </message>
    <message>
        <source>pruning is off</source>
        <translation>清理已关闭</translation>
    </message>
</context>
<context>
    <name>bb</name>
    <message>
        <source>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY must both be set.</source>
        <translation>必须同时设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY。</translation>
    </message>
    <message>
        <source>Section [%1] of %2 has no secret_id/secret_key.</source>
        <translation>%2 的 [%1] 节没有 secret_id/secret_key。</translation>
    </message>
    <message>
        <source>%1 has no secretId/secretKey.</source>
        <translation>%1 没有 secretId/secretKey。</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must both be set.</source>
        <translation>必须同时设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; of %2 uses mode %3, which Backup Browser cannot use; use AK or StsToken.</source>
        <translation>%2 的配置 &quot;%1&quot; 使用模式 %3，Backup Browser 无法使用；请使用 AK 或 StsToken。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; of %2 has no access key.</source>
        <translation>%2 的配置 &quot;%1&quot; 没有访问密钥。</translation>
    </message>
</context>
<context>
    <name>bb::AboutDialog</name>
    <message>
        <source>About Backup Browser</source>
        <translation>关于 Backup Browser</translation>
    </message>
    <message>
        <source>Backup Browser</source>
        <translation>Backup Browser</translation>
    </message>
    <message>
        <source>Browse, create, check and download database backups on Tencent Cloud (SQL Server, Redis) and Alibaba Cloud (ApsaraDB RDS, EMR Serverless StarRocks).</source>
        <translation>浏览、创建、检查和下载腾讯云（SQL Server、Redis）和阿里云（云数据库 RDS、EMR Serverless StarRocks）上的数据库备份。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the version information for a bug report</source>
        <translation>复制版本信息以便提交错误报告</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>系统：%1（%2）</translation>
    </message>
</context>
<context>
    <name>bb::AccountChooser</name>
    <message>
        <source>unknown product &apos;%1&apos;</source>
        <translation>未知产品 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no saved account named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的已保存账号</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; is a %2 account; %3 needs a %4 one</source>
        <translation>账号 &apos;%1&apos; 是 %2 账号；%3 需要 %4 账号</translation>
    </message>
</context>
<context>
    <name>bb::AccountController</name>
    <message>
        <source>Give the account a name.</source>
        <translation>请为账号命名。</translation>
    </message>
    <message>
        <source>Another account is already called %1.</source>
        <translation>已有另一个账号名为 %1。</translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation>请至少选择一个产品。</translation>
    </message>
    <message>
        <source>%1 is not a product of this cloud.</source>
        <translation>%1 不是此云的产品。</translation>
    </message>
    <message>
        <source>The endpoint override must look like https://host[:port].</source>
        <translation>端点覆盖应形如 https://host[:port]。</translation>
    </message>
    <message>
        <source>No keys entered, and none found in the environment or the vendors&apos; files.</source>
        <translation>未输入密钥，环境变量和厂商文件中也未找到。</translation>
    </message>
    <message>
        <source>No region to test in.</source>
        <translation>没有可测试的地域。</translation>
    </message>
    <message>
        <source>Unknown product %1.</source>
        <translation>未知产品 %1。</translation>
    </message>
    <message>
        <source>The keys were refused.</source>
        <translation>密钥被拒绝。</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>无法连接到服务。</translation>
    </message>
    <message>
        <source>The call failed.</source>
        <translation>调用失败。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n instance(s) in %1 (%2 ms).</source>
        <translation>
            <numerusform>已连接：%1 中有 %n 个实例（%2 毫秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter both the SecretId and the SecretKey, or Import them.</source>
        <translation>请同时输入 SecretId 和 SecretKey，或使用“导入”。</translation>
    </message>
    <message>
        <source>Enter both the AccessKey ID and the AccessKey secret, or Import them.</source>
        <translation>请同时输入 AccessKey ID 和 AccessKey Secret，或使用“导入”。</translation>
    </message>
    <message>
        <source>A Tencent Cloud SecretId usually starts with &quot;AKID&quot;. Check that this is the SecretId, not the SecretKey or an APPID.</source>
        <translation>腾讯云 SecretId 通常以“AKID”开头。请确认这是 SecretId，而不是 SecretKey 或 APPID。</translation>
    </message>
    <message>
        <source>A Tencent Cloud SecretId is usually 36 characters long; this one has %1.</source>
        <translation>腾讯云 SecretId 通常为 36 个字符；此处为 %1 个。</translation>
    </message>
    <message>
        <source>This is a temporary (STS) AccessKey ID: enter its security token too.</source>
        <translation>这是临时（STS）AccessKey ID：请同时输入其安全令牌。</translation>
    </message>
    <message>
        <source>An Alibaba Cloud AccessKey ID usually starts with &quot;LTAI&quot; (or &quot;STS.&quot; for temporary keys). Check that this is the ID, not the secret.</source>
        <translation>阿里云 AccessKey ID 通常以“LTAI”开头（临时密钥以“STS.”开头）。请确认这是 ID，而不是 Secret。</translation>
    </message>
    <message>
        <source>A security token is only used with a temporary (STS.) AccessKey ID.</source>
        <translation>安全令牌只与临时（STS.）AccessKey ID 一起使用。</translation>
    </message>
</context>
<context>
    <name>bb::AccountDialog</name>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例如：生产环境</translation>
    </message>
    <message>
        <source>Only for temporary (STS) credentials</source>
        <translation>仅用于临时（STS）凭证</translation>
    </message>
    <message>
        <source>All regions the product offers</source>
        <translation>产品提供的所有地域</translation>
    </message>
    <message>
        <source>Region IDs separated by commas, e.g. ap-guangzhou, ap-singapore</source>
        <translation>以逗号分隔的地域 ID，例如 ap-guangzhou, ap-singapore</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国际站</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中国站</translation>
    </message>
    <message>
        <source>Optional, e.g. https://proxy.example.com:8443</source>
        <translation>可选，例如 https://proxy.example.com:8443</translation>
    </message>
    <message>
        <source>External (Internet)</source>
        <translation>外网（互联网）</translation>
    </message>
    <message>
        <source>Internal (same-region VPC)</source>
        <translation>内网（同地域 VPC）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Use keys from environment variables or the vendors&apos; command-line tools</source>
        <translation>使用环境变量或厂商命令行工具中的密钥</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>云：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Security token:</source>
        <translation>安全令牌：</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <source>Endpoint override:</source>
        <translation>端点覆盖：</translation>
    </message>
    <message>
        <source>Download network:</source>
        <translation>下载网络：</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in settings files.</source>
        <translation>密钥保存在系统钥匙串中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Keys will be kept for this session only.</source>
        <translation>没有可用的钥匙串（%1）。密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Saved. The keys are kept for this session only.</source>
        <translation>已保存。密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>SecretId:</source>
        <translation>SecretId：</translation>
    </message>
    <message>
        <source>AccessKey ID:</source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <source>SecretKey:</source>
        <translation>SecretKey：</translation>
    </message>
    <message>
        <source>AccessKey secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <source>Nothing found in the environment or the vendors&apos; files</source>
        <translation>在环境变量和厂商文件中未找到任何内容</translation>
    </message>
    <message>
        <source>Those keys belong to the other cloud.</source>
        <translation>这些密钥属于另一个云。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>已从 %1 导入。</translation>
    </message>
</context>
<context>
    <name>bb::AccountStore</name>
    <message>
        <source>The built-in sandbox accounts are not saved.</source>
        <translation>内置沙盒账号不会被保存。</translation>
    </message>
    <message>
        <source>The account has no id.</source>
        <translation>该账号没有 ID。</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>该账号需要名称。</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>已存在名为 &quot;%1&quot; 的账号。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the accounts file %1.</source>
        <translation>无法写入账号文件 %1。</translation>
    </message>
</context>
<context>
    <name>bb::Acs3Protocol</name>
    <message>
        <source>The answer is not a JSON object (%1)</source>
        <translation>应答不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <source>The API answered HTTP %1</source>
        <translation>API 返回 HTTP %1</translation>
    </message>
    <message>
        <source>The API reported a failure without a message (HTTP %1)</source>
        <translation>API 报告失败但没有消息（HTTP %1）</translation>
    </message>
    <message>
        <source>See %1</source>
        <translation>参见 %1</translation>
    </message>
    <message>
        <source>%1 See %2</source>
        <translation>%1 参见 %2</translation>
    </message>
    <message>
        <source>Alibaba Cloud is rate-limiting this account; the call was retried with backoff.</source>
        <translation>阿里云正在对此账号限流；该调用已退避重试。</translation>
    </message>
    <message>
        <source>The signature did not match: the AccessKey secret is wrong, or the request was altered on the way.</source>
        <translation>签名不匹配：AccessKey Secret 错误，或请求在传输中被修改。</translation>
    </message>
    <message>
        <source>Your clock is more than 15 minutes off; correct the system time and try again.</source>
        <translation>您的时钟偏差超过 15 分钟；请校正系统时间后重试。</translation>
    </message>
    <message>
        <source>The server saw this request&apos;s nonce before (a replayed request).</source>
        <translation>服务器之前见过此请求的随机数（重放的请求）。</translation>
    </message>
    <message>
        <source>The AccessKey is disabled; enable it or use another one.</source>
        <translation>AccessKey 已禁用；请启用它或使用其他密钥。</translation>
    </message>
    <message>
        <source>The AccessKey ID does not exist (look for typos and stray spaces).</source>
        <translation>AccessKey ID 不存在（请检查拼写和多余空格）。</translation>
    </message>
    <message>
        <source>The STS security token is missing, expired, malformed or belongs to another key; get new temporary credentials.</source>
        <translation>STS 安全令牌缺失、过期、格式错误或属于其他密钥；请获取新的临时凭证。</translation>
    </message>
    <message>
        <source>The key lacks the RAM permission for this action.</source>
        <translation>该密钥缺少执行此操作的 RAM 权限。</translation>
    </message>
    <message>
        <source>The key lacks the RAM permission for %1.</source>
        <translation>该密钥缺少 %1 的 RAM 权限。</translation>
    </message>
</context>
<context>
    <name>bb::AlibabaRdsService</name>
    <message>
        <source>RDS creates backups only while the instance is Running.</source>
        <translation>RDS 仅在实例运行中时创建备份。</translation>
    </message>
    <message>
        <source>Another backup of this instance is still in progress; wait for it to finish.</source>
        <translation>此实例的另一个备份仍在进行；请等待其完成。</translation>
    </message>
    <message>
        <source>RDS allows at most 20 backups per instance per day.</source>
        <translation>RDS 每个实例每天最多允许 20 个备份。</translation>
    </message>
    <message>
        <source>The instance does not exist in this region, or it was released.</source>
        <translation>该实例在此地域不存在，或已被释放。</translation>
    </message>
    <message>
        <source>RDS wants UTC times written as yyyy-MM-ddTHH:mmZ.</source>
        <translation>RDS 要求 UTC 时间写作 yyyy-MM-ddTHH:mmZ。</translation>
    </message>
    <message>
        <source>RDS accepts page sizes of 30, 50 and 100 only.</source>
        <translation>RDS 只接受 30、50 和 100 的分页大小。</translation>
    </message>
    <message>
        <source>RDS lists instances per region; choose a region.</source>
        <translation>RDS 按地域列出实例；请选择一个地域。</translation>
    </message>
    <message>
        <source>The listing was cancelled.</source>
        <translation>列表已取消。</translation>
    </message>
    <message>
        <source>RDS returned no download URL for this backup.</source>
        <translation>RDS 未返回此备份的下载地址。</translation>
    </message>
    <message>
        <source>Choose the instance to back up.</source>
        <translation>选择要备份的实例。</translation>
    </message>
    <message>
        <source>CreateBackup answered without a BackupJobId.</source>
        <translation>CreateBackup 的应答中没有 BackupJobId。</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>等待开始</translation>
    </message>
    <message>
        <source>The account was closed while the backup was being tracked.</source>
        <translation>跟踪备份时账号已关闭。</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>正在完成</translation>
    </message>
    <message>
        <source>Backup job %1 failed (%2).</source>
        <translation>备份任务 %1 失败（%2）。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Backup job %1 finished, but its backup is not listed yet.</source>
        <translation>备份任务 %1 已完成，但其备份尚未出现在列表中。</translation>
    </message>
    <message>
        <source>RDS does not offer this operation for the instance&apos;s database engine.</source>
        <translation>RDS 不为此实例的数据库引擎提供该操作。</translation>
    </message>
    <message>
        <source>RDS wants the end of the time window later than its start.</source>
        <translation>RDS 要求时间窗口的结束时间晚于开始时间。</translation>
    </message>
    <message>
        <source>RDS wants a page number of 1 or more.</source>
        <translation>RDS 要求页码为 1 或更大。</translation>
    </message>
    <message>
        <source>RDS no longer lists it: it may have expired or been deleted.</source>
        <translation>RDS 已不再列出该备份：它可能已过期或已被删除。</translation>
    </message>
    <message>
        <source>Choose the backup to delete.</source>
        <translation>选择要删除的备份。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BackupJobId (the digits CreateBackup returned).</source>
        <translation>&apos;%1&apos; 不是 BackupJobId（即 CreateBackup 返回的数字）。</translation>
    </message>
    <message>
        <source>Following the backup</source>
        <translation>正在跟踪备份</translation>
    </message>
    <message>
        <source>RDS lists no backup job %1 for this instance: the id is wrong, or the job ended so long ago that RDS no longer reports it.</source>
        <translation>RDS 未列出此实例的备份任务 %1：ID 有误，或该任务结束已久，RDS 已不再报告它。</translation>
    </message>
</context>
<context>
    <name>bb::ApiCall</name>
    <message>
        <source>The answer is larger than %1 bytes, the limit for an API response</source>
        <translation>应答大于 %1 字节，超过 API 应答的上限</translation>
    </message>
    <message numerus="yes">
        <source>The request timed out after %n s</source>
        <translation>
            <numerusform>请求在 %n 秒后超时</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection failed (%1). The server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>安全连接失败（%1）。服务器证书不受信任，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Check the endpoint, or trust that server&apos;s certificate explicitly in the account settings.</source>
        <translation>请检查端点，或在账号设置中显式信任该服务器的证书。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The secure connection failed (%1). The server and this app agree on no TLS protocol version or cipher (this app needs TLS 1.2 or later), so nothing was sent.</source>
        <translation>安全连接失败（%1）。服务器与本应用没有共同支持的 TLS 协议版本或加密套件（本应用需要 TLS 1.2 或更高版本），因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Check the endpoint: the cloud APIs all speak TLS 1.2 or later; an old proxy in between may not.</source>
        <translation>请检查端点：云 API 都支持 TLS 1.2 或更高版本；中间的旧代理可能不支持。</translation>
    </message>
    <message>
        <source>%1 The server asked to wait %2 s before trying again.</source>
        <translation>%1 服务器要求等待 %2 秒后再重试。</translation>
    </message>
</context>
<context>
    <name>bb::AppContext</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>内置沙盒无法启动：%1</translation>
    </message>
    <message>
        <source>Sandbox (Tencent Cloud)</source>
        <translation>沙盒（腾讯云）</translation>
    </message>
    <message>
        <source>Sandbox (Alibaba Cloud)</source>
        <translation>沙盒（阿里云）</translation>
    </message>
    <message>
        <source>Credentials from the environment</source>
        <translation>来自环境变量的凭证</translation>
    </message>
    <message>
        <source>Unknown product &quot;%1&quot;.</source>
        <translation>未知产品 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has no stored credentials, and none were found in the environment: %2</source>
        <translation>账号 &quot;%1&quot; 没有已保存的凭证，环境变量中也未找到：%2</translation>
    </message>
    <message>
        <source>This build cannot open %1 yet.</source>
        <translation>此版本尚无法打开 %1。</translation>
    </message>
    <message>
        <source>BB_SANDBOX_ANCHOR is not an ISO-8601 time: %1</source>
        <translation>BB_SANDBOX_ANCHOR 不是 ISO-8601 时间：%1</translation>
    </message>
</context>
<context>
    <name>bb::BackupDetailPane</name>
    <message>
        <source>Select a backup to see its details.</source>
        <translation>选择一个备份以查看详情。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Provider fields</source>
        <translation>提供商字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Provider status: %1</source>
        <translation>提供商状态：%1</translation>
    </message>
    <message>
        <source>Backup ID</source>
        <translation>备份 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>外网 URL</translation>
    </message>
    <message>
        <source>Internal URL</source>
        <translation>内网 URL</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败原因</translation>
    </message>
</context>
<context>
    <name>bb::BackupService</name>
    <message>
        <source>The product %1 does not offer this operation.</source>
        <translation>产品 %1 不提供此操作。</translation>
    </message>
    <message>
        <source>instance %1 has no backup %2</source>
        <translation>实例 %1 没有备份 %2</translation>
    </message>
</context>
<context>
    <name>bb::BackupTableModel</name>
    <message>
        <source>Provider status: %1</source>
        <translation>提供商状态：%1</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>开始（UTC）</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>结束（UTC）</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>过期时间（UTC）</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <source>Backup ID</source>
        <translation>备份 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>开始（%1）</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation>结束（%1）</translation>
    </message>
    <message>
        <source>Expires (%1)</source>
        <translation>过期时间（%1）</translation>
    </message>
    <message>
        <source>Copy failed verification</source>
        <translation>副本未通过校验</translation>
    </message>
    <message>
        <source>Verified %1 ago</source>
        <translation>%1前已校验</translation>
    </message>
    <message>
        <source>Every file has a local copy, verified at %1</source>
        <translation>每个文件都有本地副本，校验于 %1</translation>
    </message>
    <message>
        <source>A local copy differs from what was copied; the next sync fetches it again</source>
        <translation>本地副本与复制时的内容不一致；下次同步会重新获取</translation>
    </message>
    <message>
        <source>Local copy verified (UTC)</source>
        <translation>本地副本校验时间 (UTC)</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>本地副本</translation>
    </message>
</context>
<context>
    <name>bb::BackupTablePane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Filter by ID, name, database or status (Ctrl+F)</source>
        <translation>按 ID、名称、数据库或状态筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Backups that started on or after this day (local time)</source>
        <translation>在此日期当天或之后开始的备份（本地时间）</translation>
    </message>
    <message>
        <source>Backups that started on or before this day (local time)</source>
        <translation>在此日期当天或之前开始的备份（本地时间）</translation>
    </message>
    <message>
        <source>Backup &amp;ID</source>
        <translation>备份 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Download &amp;URLs</source>
        <translation>下载 URL(&amp;U)</translation>
    </message>
    <message>
        <source>Whole &amp;row</source>
        <translation>整行(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n 个状态</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>%1 of %2 shown — &lt;a href=&quot;clear&quot;&gt;Clear filters&lt;/a&gt;</source>
        <translation>显示 %1 / %2 条 — &lt;a href=&quot;clear&quot;&gt;清除筛选&lt;/a&gt;</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n 种类型</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::BrowserController</name>
    <message numerus="yes">
        <source>%n backup(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 个备份</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup %1 of %2 finished</source>
        <translation>%2 的备份 %1 已完成</translation>
    </message>
    <message>
        <source>The account no longer exists</source>
        <translation>该账号已不存在</translation>
    </message>
    <message>
        <source>Select an instance of %1 first.</source>
        <translation>请先选择 %1 的实例。</translation>
    </message>
    <message>
        <source>Creating a backup of %1…</source>
        <translation>正在为 %1 创建备份…</translation>
    </message>
    <message>
        <source>%1 backups cannot be deleted from here.</source>
        <translation>无法在此删除 %1 的备份。</translation>
    </message>
    <message>
        <source>Backup %1 deleted</source>
        <translation>已删除备份 %1</translation>
    </message>
    <message>
        <source>Backup %1 has no files to download.</source>
        <translation>备份 %1 没有可下载的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) queued</source>
        <translation>
            <numerusform>已加入 %n 个下载</numerusform>
        </translation>
    </message>
    <message>
        <source>An export to %1 is still running.</source>
        <translation>导出到 %1 的操作仍在进行中。</translation>
    </message>
    <message>
        <source>%1. It was kept as %2; the download queue starts empty.</source>
        <translation>%1。已将其保留为 %2；下载队列从空开始。</translation>
    </message>
    <message>
        <source>%1. The download queue will not be saved in this session.</source>
        <translation>%1。本次会话不会保存下载队列。</translation>
    </message>
    <message>
        <source>The account of this download no longer exists.</source>
        <translation>此下载所属的账号已不存在。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Loading backups from %1 to %2… %3 of %4 parts</source>
        <translation>正在加载 %1 至 %2 的备份… 第 %3 / %4 部分</translation>
    </message>
    <message>
        <source>Backups from %1 to %2</source>
        <translation>%1 至 %2 的备份</translation>
    </message>
    <message>
        <source>Local copies: %1</source>
        <translation>本地副本：%1</translation>
    </message>
</context>
<context>
    <name>bb::CheckCommand</name>
    <message>
        <source>the account serves none of the products</source>
        <translation>该账号不适用于任何产品</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>%1 skipped: not offered in %2</source>
        <translation>已跳过 %1：%2 不提供该产品</translation>
    </message>
    <message>
        <source>no credentials for any cloud: set the vendors&apos; environment variables or files, or use --account or --sandbox</source>
        <translation>没有任何云的凭证：请设置厂商的环境变量或凭证文件，或使用 --account 或 --sandbox</translation>
    </message>
    <message>
        <source>no such instance in the regions checked</source>
        <translation>所检查的地域中没有此实例</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
    <message>
        <source>local copies: %1</source>
        <translation>本地副本：%1</translation>
    </message>
</context>
<context>
    <name>bb::CliCommand</name>
    <message>
        <source>cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
</context>
<context>
    <name>bb::CliOutput</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>bb::CliParser</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: secrets are never accepted on the command line (they would show in ps and in shell history). Use --account NAME (keys in the OS keychain), the TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variables, or the vendors&apos; credential files.</source>
        <translation>%1：命令行绝不接受密钥（它们会出现在 ps 和 shell 历史中）。请使用 --account NAME（密钥保存在系统钥匙串中）、TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY 或 ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET 环境变量，或厂商的凭证文件。</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>选项 %1 不接受值</translation>
    </message>
    <message>
        <source>no command given (one of: %1); see --help</source>
        <translation>未给出命令（可选：%1）；参见 --help</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (one of: %2)</source>
        <translation>未知命令 &apos;%1&apos;（可选：%2）</translation>
    </message>
    <message>
        <source>option %1 does not apply to &apos;%2&apos;</source>
        <translation>选项 %1 不适用于 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option %1 needs a non-empty value</source>
        <translation>选项 %1 需要非空值</translation>
    </message>
    <message>
        <source>--endpoint needs an http:// or https:// URL with a host, not &apos;%1&apos;</source>
        <translation>--endpoint 需要带主机名的 http:// 或 https:// URL，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--endpoint must not carry a user name or password</source>
        <translation>--endpoint 不得包含用户名或密码</translation>
    </message>
    <message>
        <source>--endpoint takes only a scheme, host and port, not &apos;%1&apos;</source>
        <translation>--endpoint 只接受协议、主机和端口，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--region: &apos;%1&apos; is not a region id (e.g. ap-guangzhou, cn-hangzhou)</source>
        <translation>--region：&apos;%1&apos; 不是地域 ID（例如 ap-guangzhou、cn-hangzhou）</translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (one of: %2)</source>
        <translation>未知产品 &apos;%1&apos;（可选：%2）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time (use 2025-01-31, 2025-01-31T08:00:00Z, 7d or 24h)</source>
        <translation>%1：&apos;%2&apos; 不是时间（请使用 2025-01-31、2025-01-31T08:00:00Z、7d 或 24h）</translation>
    </message>
    <message>
        <source>--network must be internal or external, not &apos;%1&apos;</source>
        <translation>--network 必须是 internal 或 external，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--quiet and --verbose exclude each other</source>
        <translation>--quiet 和 --verbose 互斥</translation>
    </message>
    <message>
        <source>--sandbox and --account exclude each other</source>
        <translation>--sandbox 和 --account 互斥</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --product</source>
        <translation>&apos;%1&apos; 需要 --product</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --instance</source>
        <translation>&apos;%1&apos; 需要 --instance</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --backup</source>
        <translation>&apos;%1&apos; 需要 --backup</translation>
    </message>
    <message>
        <source>--since is later than --until</source>
        <translation>--since 晚于 --until</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &apos;%2&apos;</source>
        <translation>--kind 必须是 %1 之一，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--trigger must be manual or automatic, not &apos;%1&apos;</source>
        <translation>--trigger 必须是 manual 或 automatic，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;edit&apos; needs --description</source>
        <translation>&apos;edit&apos; 需要 --description</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --flow</source>
        <translation>&apos;%1&apos; 需要 --flow</translation>
    </message>
    <message>
        <source>--since and --until are the same time, so the window is empty; give a later --until</source>
        <translation>--since 和 --until 是同一时间，因此时间窗口为空；请给出更晚的 --until</translation>
    </message>
    <message>
        <source>--flow: &apos;%1&apos; is not a job id (the digits create printed in extra.FlowId, extra.TaskId or extra.BackupJobId)</source>
        <translation>--flow：&apos;%1&apos; 不是任务 ID（即 create 在 extra.FlowId、extra.TaskId 或 extra.BackupJobId 中打印的数字）</translation>
    </message>
    <message>
        <source>--format prometheus applies to &apos;check&apos; only</source>
        <translation>--format prometheus 仅适用于 &apos;check&apos;</translation>
    </message>
    <message>
        <source>&apos;check --instance&apos; needs --product (instance ids are per product)</source>
        <translation>&apos;check --instance&apos; 需要 --product（实例 ID 按产品区分）</translation>
    </message>
    <message>
        <source>
Also:
  track               follow a backup that create started without --wait, like
                        create --wait, and print the result
                        --product P --instance ID --flow FLOW_ID
  --flow FLOW_ID      the job id create printed in its record: extra.FlowId
                        (tencent-sqlserver), extra.TaskId (tencent-redis),
                        extra.BackupJobId (alibaba-rds)
  Backup records end with a region key. Each record in files has the keys
  name size_bytes database internal_url external_url checksum extra; its extra holds
  the part&apos;s own fields (a StarRocks subtask&apos;s Status, StartTime, FinishedTime,
  SnapshotName and Detail; a Redis file&apos;s Shard). backups lists the files the
  listing has (StarRocks subtasks, RDS links); show adds what the detail call
  returns (SQL Server per-database files, Redis shards).
</source>
        <translation>
另外：
  track               跟踪 create 未加 --wait 时启动的备份，效果同
                        create --wait，并打印结果
                        --product P --instance ID --flow FLOW_ID
  --flow FLOW_ID      create 在其记录中打印的任务 ID：extra.FlowId
                        （tencent-sqlserver）、extra.TaskId（tencent-redis）、
                        extra.BackupJobId（alibaba-rds）
  备份记录以 region 键结尾。files 中的每条记录包含以下键
  name size_bytes database internal_url external_url checksum extra；其 extra 包含
  该部分自身的字段（StarRocks 子任务的 Status、StartTime、FinishedTime、
  SnapshotName 和 Detail；Redis 文件的 Shard）。backups 列出列表接口
  提供的文件（StarRocks 子任务、RDS 链接）；show 会加上详情调用
  返回的内容（SQL Server 按数据库划分的文件、Redis 分片）。
</translation>
    </message>
    <message>
        <source>
Fleet health:
  check               judge every instance&apos;s backups OK, warning or critical, with
                        the reasons; all products the credentials reach, or one
                        [--product P] [--instance ID]... [--max-age DURATION]
                        [--format table|csv|json|prometheus] [--output FILE]
                      Per instance: the newest successful full backup against the
                      expected age (critical past twice that, or none in 30 days),
                      log backups where the policy expects them, failures in the
                      last 7 days, a backup running over 3 times its usual, a full
                      backup under half the median of the 7 before it.
  --instance ID       (check) may repeat; without it, every instance
  --max-age DURATION  (check) expected age of the newest full backup where the
                      instance publishes no backup policy: 26h (default), 2d, 90m, 1w
  --format prometheus (check) node_exporter textfile format; with --output the file
                      is replaced atomically, for the textfile collector
  check exits 0 when every instance is OK, 7 when any is warning (none critical),
  8 when any is critical (the output is written in all three cases); 7 and 8 follow
  the codes above so a script tells &quot;an instance needs attention&quot; from &quot;the check
  could not run&quot; (Nagios&apos; 1 and 2 would collide with usage and provider errors).
</source>
        <translation>
实例健康检查：
  check               将每个实例的备份判定为 OK、warning 或 critical，并给出
                        原因；检查凭证可访问的所有产品，或指定的一个产品
                        [--product P] [--instance ID]... [--max-age DURATION]
                        [--format table|csv|json|prometheus] [--output FILE]
                      对每个实例检查：最新一次成功的全量备份与预期时长相比
                      （超过两倍，或 30 天内没有，则为 critical）；策略要求日志
                      备份时检查日志备份；最近 7 天内的失败；运行时间超过通常
                      3 倍的备份；大小不到之前 7 个全量备份中位数一半的全量备份。
  --instance ID       （check）可重复；不指定时检查所有实例
  --max-age DURATION  （check）实例未公布备份策略时，最新全量备份的预期时长：
                      26h（默认）、2d、90m、1w
  --format prometheus （check）node_exporter 的 textfile 格式；与 --output 一起使用时
                      以原子方式替换该文件，供 textfile collector 读取
  check 在所有实例均为 OK 时以 0 退出，有实例为 warning（且没有 critical）时以 7
  退出，有实例为 critical 时以 8 退出（三种情况下都会写入输出）；7 和 8 接续上面的
  退出码，以便脚本区分“有实例需要关注”和“检查无法运行”（Nagios 的 1 和 2 会与
  用法错误和提供商错误冲突）。
</translation>
    </message>
    <message>
        <source>Usage: backup-browser-cli [global options] &lt;command&gt; [options]

Browse, create and download database backups on Tencent Cloud and Alibaba Cloud.

Commands:
  products            list the products this tool serves
  instances           list the instances of a product
                        --product P
  backups             list the backups of an instance
                        --product P --instance ID [--since TIME] [--until TIME]
                        [--status STATUS] [--kind KIND] [--trigger TRIGGER] [--with-urls]
  show                print one backup, whatever its age
                        --product P --instance ID --backup ID [--with-urls]
  create              start a backup; with --wait, follow it and print the result
                        --product P --instance ID [--databases a,b] [--name NAME] [--wait]
                        [--keep-until-instance-removed] [--with-urls]
  download            download a backup&apos;s file(s), verified; prints the final path(s)
                        --product P --instance ID --backup ID
                        [--network internal|external] [--dir DIR] [--overwrite]
  edit                change a backup&apos;s description (alibaba-starrocks)
                        --product P --instance ID --backup ID --description TEXT
  delete              delete a backup (alibaba-rds, alibaba-starrocks); asks first,
                        naming the backup, its instance, size and age
                        --product P --instance ID --backup ID [--yes]

Global options:
  --sandbox           start the built-in sandbox in-process and use it for every call
  --account NAME      a saved account (secrets from the OS keychain)
  --endpoint URL      override the API endpoint: scheme, host and port
  --region REGION     region for the call (default: the account&apos;s, else the product&apos;s)
  --format table|csv|json
                      output format (default: table)
  --output FILE       write the output to FILE (atomically) instead of stdout
  --quiet             less on stderr
  --verbose           one stderr line per API request: action, status, RequestId,
                      duration, URL (signed query strings masked)
  --version           print the version and exit
  --help, -h          print this help and exit

Command options:
  --product P         tencent-sqlserver, tencent-redis, alibaba-rds, alibaba-starrocks
  --instance ID       the instance id, e.g. mssql-1a2b3c4d, crs-xxxxxxxx, rm-xxxxxxxx
  --backup ID         the backup id as the provider prints it
  --since TIME        list backups started at or after TIME
  --until TIME        list backups started before TIME
                      TIME: 2025-01-31 (midnight UTC), 2025-01-31T08:00:00Z (no offset
                      means UTC), or an age: 30m, 24h, 7d, 2w.
                      backups without --since/--until: the last 7 days. show,
                      download, edit and delete find the backup by id whatever its
                      age; with --since/--until they search that window instead.
                      --since and --until must differ.
  --status STATUS     keep backups whose status (creating, running, succeeded, failed,
                      expired, locked, exporting, exported, deleted, unknown) or
                      provider status is STATUS (sent to the API where it has the
                      filter: alibaba-rds BackupStatus, alibaba-starrocks Statuses)
  --kind KIND         keep full, incremental, log or snapshot backups (alibaba-rds:
                      BackupType on the server)
  --trigger TRIGGER   keep manual or automatic backups (alibaba-rds: BackupMode on
                      the server)
  --databases a,b     back up only these databases (products that support it)
  --name NAME         backup name, remark or description
  --wait              wait for the created backup to finish
  --keep-until-instance-removed
                      keep the backup until the instance is removed instead of
                      following the retention policy (tencent-sqlserver only)
  --network N         external (default) or internal (only inside the cloud&apos;s network)
  --dir DIR           download into DIR (default: the current directory)
  --overwrite         replace an existing file instead of choosing a numbered name
  --description TEXT  the backup&apos;s new description
  --yes               delete without asking (needed when stdin is not a terminal)
  --with-urls         include the signed download URLs (internal_url, external_url)
                      in the output; without it they are null. They are bearer
                      tokens: anyone holding one can download the backup until it
                      expires, so keep them out of logs and shared files.

Credentials (without --account or --sandbox), as the vendors&apos; SDKs take them:
  Tencent: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN,
           else [default] in ~/.tencentcloud/credentials
  Alibaba: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
           ALIBABA_CLOUD_SECURITY_TOKEN, else ~/.aliyun/config.json
           (profile from ALIBABA_CLOUD_PROFILE)
  Secrets are never accepted as command-line arguments.

Output: --format json prints an array of records (show, edit, delete: one object,
  delete&apos;s with status &quot;deleted&quot;) with the keys
  id product instance name status status_raw kind trigger method start end expire
  size_bytes databases internal_url external_url checksum files extra
  (instances: id name product region status status_raw engine extra); null when
  unknown; internal_url/external_url (also in files) null unless --with-urls; times
  ISO-8601 UTC. csv has the same columns (nested values as JSON text).

Exit codes:
  0 success, 1 usage error, 2 the provider answered with an error, 3 network or TLS
  failure, 4 download verification failed, 5 credentials missing or rejected,
  6 a local file could not be written, 7 check found an instance warning,
  8 check found an instance critical, 9 sync could not copy every backup it
  selected, 10 another sync holds the destination&apos;s lock, 130 interrupted (a
  download leaves a resumable .part; run the same command again to resume)

Examples:
  backup-browser-cli --sandbox instances --product tencent-sqlserver
  backup-browser-cli backups --product alibaba-rds --instance rm-xxxx --since 7d --format csv
  backup-browser-cli download --product tencent-sqlserver --instance mssql-xxxx --backup 1234
</source>
        <translation>用法：backup-browser-cli [全局选项] &lt;命令&gt; [选项]

浏览、创建和下载腾讯云和阿里云上的数据库备份。

命令：
  products            列出此工具支持的产品
  instances           列出某个产品的实例
                        --product P
  backups             列出某个实例的备份
                        --product P --instance ID [--since TIME] [--until TIME]
                        [--status STATUS] [--kind KIND] [--trigger TRIGGER] [--with-urls]
  show                打印一个备份，无论其创建于多久之前
                        --product P --instance ID --backup ID [--with-urls]
  create              启动备份；加 --wait 时跟踪备份并打印结果
                        --product P --instance ID [--databases a,b] [--name NAME] [--wait]
                        [--keep-until-instance-removed] [--with-urls]
  download            下载备份的文件并校验；打印最终路径
                        --product P --instance ID --backup ID
                        [--network internal|external] [--dir DIR] [--overwrite]
  edit                修改备份的描述（alibaba-starrocks）
                        --product P --instance ID --backup ID --description TEXT
  delete              删除备份（alibaba-rds、alibaba-starrocks）；会先询问，
                        并列出备份名称、所属实例、大小和创建时长
                        --product P --instance ID --backup ID [--yes]

全局选项：
  --sandbox           在进程内启动内置沙盒，并将其用于所有调用
  --account NAME      已保存的账号（密钥来自操作系统钥匙串）
  --endpoint URL      覆盖 API 端点：协议、主机和端口
  --region REGION     调用使用的地域（默认：账号的地域，否则为产品的地域）
  --format table|csv|json
                      输出格式（默认：table）
  --output FILE       将输出（以原子方式）写入 FILE，而不是标准输出
  --quiet             减少 stderr 上的输出
  --verbose           每个 API 请求在 stderr 上输出一行：操作、状态、RequestId、
                      耗时、URL（签名查询字符串已遮盖）
  --version           打印版本并退出
  --help, -h          打印此帮助并退出

命令选项：
  --product P         tencent-sqlserver, tencent-redis, alibaba-rds, alibaba-starrocks
  --instance ID       实例 ID，例如 mssql-1a2b3c4d、crs-xxxxxxxx、rm-xxxxxxxx
  --backup ID         云厂商显示的备份 ID
  --since TIME        列出在 TIME 或之后开始的备份
  --until TIME        列出在 TIME 之前开始的备份
                      TIME：2025-01-31（UTC 午夜）、2025-01-31T08:00:00Z（不带偏移
                      表示 UTC），或时长：30m、24h、7d、2w。
                      backups 不带 --since/--until 时：最近 7 天。show、
                      download、edit 和 delete 按 ID 查找备份，无论其创建于
                      多久之前；带 --since/--until 时则改为在该时间窗口内查找。
                      --since 和 --until 必须不同。
  --status STATUS     保留状态（creating、running、succeeded、failed、
                      expired、locked、exporting、exported、deleted、unknown）或
                      提供商状态为 STATUS 的备份（API 支持该筛选时发送给 API：
                      alibaba-rds 的 BackupStatus、alibaba-starrocks 的 Statuses）
  --kind KIND         保留 full、incremental、log 或 snapshot 类型的备份（alibaba-rds：
                      在服务器端按 BackupType 筛选）
  --trigger TRIGGER   保留 manual（手动）或 automatic（自动）备份（alibaba-rds：在
                      服务器端按 BackupMode 筛选）
  --databases a,b     仅备份这些数据库（适用于支持此功能的产品）
  --name NAME         备份名称、备注或描述
  --wait              等待创建的备份完成
  --keep-until-instance-removed
                      将备份保留到实例删除为止，而不是遵循
                      保留策略（仅限 tencent-sqlserver）
  --network N         external（默认）或 internal（仅在云的内网中可用）
  --dir DIR           下载到 DIR（默认：当前目录）
  --overwrite         替换现有文件，而不是使用带编号的文件名
  --description TEXT  备份的新描述
  --yes               不经询问直接删除（stdin 不是终端时必须使用）
  --with-urls         在输出中包含签名的下载 URL（internal_url、external_url）；
                      不加此选项时它们为 null。这些 URL 是持有者令牌：
                      任何持有者都能在其过期前下载该备份，因此请勿将其
                      写入日志或共享文件。

凭证（未使用 --account 或 --sandbox 时），读取方式与厂商 SDK 相同：
  Tencent: TENCENTCLOUD_SECRET_ID、TENCENTCLOUD_SECRET_KEY、TENCENTCLOUD_SESSION_TOKEN，
           否则读取 ~/.tencentcloud/credentials 中的 [default]
  Alibaba: ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET、
           ALIBABA_CLOUD_SECURITY_TOKEN，否则读取 ~/.aliyun/config.json
           （配置名取自 ALIBABA_CLOUD_PROFILE）
  密钥绝不接受以命令行参数的形式传入。

输出：--format json 打印记录数组（show、edit、delete：单个对象，
  delete 的对象带有 status &quot;deleted&quot;），包含以下键
  id product instance name status status_raw kind trigger method start end expire
  size_bytes databases internal_url external_url checksum files extra
  （instances：id name product region status status_raw engine extra）；未知时
  为 null；internal_url/external_url（files 中也有）除非使用 --with-urls，否则
  为 null；时间为 ISO-8601 UTC。csv 的列相同（嵌套值为 JSON 文本）。

退出码：
  0 成功，1 用法错误，2 提供商返回了错误，3 网络或 TLS
  失败，4 下载校验失败，5 凭证缺失或被拒绝，
  6 无法写入本地文件，7 check 发现有实例处于警告状态，
  8 check 发现有实例处于严重状态，9 sync 未能复制其选中的所有
  备份，10 另一个 sync 持有目标位置的锁，130 已中断（下载会留下可续传的
  .part 文件；再次运行相同命令即可续传）

示例：
  backup-browser-cli --sandbox instances --product tencent-sqlserver
  backup-browser-cli backups --product alibaba-rds --instance rm-xxxx --since 7d --format csv
  backup-browser-cli download --product tencent-sqlserver --instance mssql-xxxx --backup 1234
</translation>
    </message>
    <message>
        <source>--format must be table, csv, json, or prometheus or nagios (check only), not &apos;%1&apos;</source>
        <translation>--format 必须是 table、csv、json，或 prometheus、nagios（仅限 check），而不是“%1”</translation>
    </message>
    <message>
        <source>--max-age: &apos;%1&apos; is not a duration (use 26h, 2d, 90m or 1w), nor a product or instance with one (tencent-redis=2d, crs-xxxx=12h)</source>
        <translation>--max-age：“%1”不是时长（请用 26h、2d、90m 或 1w），也不是带时长的产品或实例（tencent-redis=2d、crs-xxxx=12h）</translation>
    </message>
    <message>
        <source>--format nagios applies to &apos;check&apos; only</source>
        <translation>--format nagios 仅适用于“check”</translation>
    </message>
    <message>
        <source>--format nagios writes to standard output: leave out --output</source>
        <translation>--format nagios 写入标准输出：请去掉 --output</translation>
    </message>
    <message>
        <source>  --max-age KEY=DURATION
                      (check) the same for one product (tencent-redis=2d) or one
                      instance (crs-xxxx=12h); may repeat. The most specific one
                      counts; one given for an instance counts over its policy too
  --format nagios     (check) one line on standard output and the Nagios plugin
                      exit code: 0 OK, 1 warning, 2 critical, 3 unknown (the check
                      could not run, the reason in the line)
</source>
        <translation>  --max-age KEY=DURATION
                      （check）为某个产品（tencent-redis=2d）或某个实例
                      （crs-xxxx=12h）单独设定；可重复。以最具体的为准；
                      为实例设定的值也优先于该实例的备份策略
  --format nagios     （check）在标准输出打印一行，并使用 Nagios 插件的退出码：
                      0 正常，1 警告，2 严重，3 未知（检查无法运行，原因在该行中）
</translation>
    </message>
    <message>
        <source>--max-age: &apos;%1&apos; is too long an instance id, or too many instances have one</source>
        <translation>--max-age：&apos;%1&apos; 作为实例 ID 太长，或已有太多实例设置了该值</translation>
    </message>
    <message>
        <source>sync --kind must be full, log or all, not &apos;%1&apos;</source>
        <translation>sync --kind 必须是 full、log 或 all，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a whole number from 1 to %2, not &apos;%3&apos;</source>
        <translation>%1 需要 1 到 %2 之间的整数，而不是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>sync --rules takes the rules from the file: leave out --dest, --product, --instance, --newest, --days, --kind and --no-prune</source>
        <translation>sync --rules 从文件读取规则：请省略 --dest、--product、--instance、--newest、--days、--kind 和 --no-prune</translation>
    </message>
    <message>
        <source>a one-rule &apos;sync&apos; needs --dest DIR and --product P (without them, the rules file beside the settings, or --rules FILE)</source>
        <translation>单条规则的 &apos;sync&apos; 需要 --dest DIR 和 --product P（不指定时，使用设置旁的规则文件，或 --rules FILE）</translation>
    </message>
    <message>
        <source>sync prints a table or JSON (--format json)</source>
        <translation>sync 输出表格或 JSON（--format json）</translation>
    </message>
    <message>
        <source>
Offsite copies:
  sync                keep verified local copies of the backups a rule selects:
                        lists, plans (fetch, keep, prune, with reasons), fetches what
                        is missing (resuming .part files), records each copy with its
                        CRC-64 in a catalogue in DIR, removes local copies that fell
                        out of the rule (never anything in the cloud)
                        [--rules FILE] [--dry-run] [--verify] [--format json]
                        (default FILE: offsite.json beside the settings), or one rule:
                        --dest DIR --product P [--instance ID]... [--newest N]
                        [--days D] [--kind full|log|all] [--network N] [--no-prune]
  --rules FILE        (sync) the rules file (JSON, docs/cli.md#sync)
  --dest DIR          (sync) the destination root; the catalogue and lock live in
                      DIR/.backup-browser
  --instance ID       (sync) an instance id or name pattern (prod-*); may repeat;
                      without it, every instance
  --newest N          (sync) the newest N backups per instance
  --days D            (sync) backups started within D days (without it: listed
                      in the last 30 days)
  --kind K            (sync) full (default), log or all
  --no-prune          (sync) keep local copies the rule no longer selects
  --dry-run           (sync) print the plan with its reasons; change nothing
  --verify            (sync) re-read every local copy, compare size and CRC-64
                      with the catalogue and fetch again the ones that differ
</source>
        <translation>
异地副本：
  sync                为规则选中的备份保留经过校验的本地副本：
                        列出、制定计划（获取、保留、清理，并给出原因）、获取
                        缺失的内容（续传 .part 文件）、在 DIR 中的清单里记录每个
                        副本及其 CRC-64、删除不再符合规则的本地副本
                        （绝不删除云端的任何内容）
                        [--rules FILE] [--dry-run] [--verify] [--format json]
                        （FILE 默认为设置旁的 offsite.json），或单条规则：
                        --dest DIR --product P [--instance ID]... [--newest N]
                        [--days D] [--kind full|log|all] [--network N] [--no-prune]
  --rules FILE        （sync）规则文件（JSON，见 docs/cli.md#sync）
  --dest DIR          （sync）目标根目录；清单和锁位于
                      DIR/.backup-browser
  --instance ID       （sync）实例 ID 或名称模式（prod-*）；可重复；
                      不指定时为所有实例
  --newest N          （sync）每个实例最新的 N 个备份
  --days D            （sync）D 天内开始的备份（不指定时：最近 30 天内
                      列出的备份）
  --kind K            （sync）full（默认）、log 或 all
  --no-prune          （sync）保留规则不再选中的本地副本
  --dry-run           （sync）打印计划及其原因；不做任何更改
  --verify            （sync）重新读取每个本地副本，将大小和 CRC-64 与清单
                      比较，并重新获取不一致的副本
</translation>
    </message>
    <message>
        <source>  --rules FILE        (check) the offsite rules whose catalogues say which
                      instances have verified local copies (default: offsite.json
                      beside the settings, when it exists); an instance a rule
                      covers is a warning when its newest verified copy lags the
                      cloud&apos;s newest full backup by more than the expected age
</source>
        <translation>  --rules FILE        （check）异地规则文件，其清单说明哪些实例有已校验的
                      本地副本（默认：设置旁的 offsite.json，若存在）；规则覆盖
                      的实例，若其最新已校验副本落后云端最新全量备份超过预期
                      间隔，则为警告
</translation>
    </message>
    <message>
        <source>
Downloads over several connections:
  --connections N     (download) connections per file, 1-16 (default 4): a file
                      of 16 MiB or more with an exact size comes as byte ranges
                      over them, each resumable; a smaller one over one
  --parallel-files N  (download) files of one backup (SQL Server per-database
                      files, Redis shards) fetched at once, 1-8 (default 3);
                      fewer when N times --connections would pass the 16
                      connections allowed to one host. The progress line sums
                      them. A file that fails does not stop the others: the
                      command ends when all have, with the code of the first
                      failed file in the backup&apos;s order and nothing on stdout
</source>
        <translation>
多连接下载：
  --connections N     （download）每个文件的连接数，1-16（默认 4）：大小精确
                      且不小于 16 MiB 的文件按字节范围通过这些连接获取，每个
                      范围均可续传；较小的文件只用一个连接
  --parallel-files N  （download）同一备份中同时获取的文件数（SQL Server 按
                      数据库划分的文件、Redis 分片），1-8（默认 3）；若 N 乘以
                      --connections 会超过单个主机允许的 16 个连接，则相应
                      减少。进度行显示它们的合计。一个文件失败不会中止其他
                      文件：全部文件结束后命令才结束，退出码为按备份顺序第一个
                      失败文件的退出码，且标准输出上没有任何内容
</translation>
    </message>
</context>
<context>
    <name>bb::CliRunner</name>
    <message>
        <source>cannot start the sandbox: %1</source>
        <translation>无法启动沙盒：%1</translation>
    </message>
    <message>
        <source>sandbox listening on %1 and %2</source>
        <translation>沙盒正在监听 %1 和 %2</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>bb::ConfirmPrompt</name>
    <message>
        <source>%1? [y/N] </source>
        <translation>%1？[y/N] </translation>
    </message>
</context>
<context>
    <name>bb::CreateBackupDialog</name>
    <message>
        <source>Create backup</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <source>Back up %1 (%2, %3)</source>
        <translation>备份 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Leave empty to back up the whole instance</source>
        <translation>留空则备份整个实例</translation>
    </message>
    <message>
        <source>Database names separated by commas, spaces or new lines</source>
        <translation>以逗号、空格或换行分隔的数据库名称</translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Instance default</source>
        <translation>实例默认值</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>How long to keep the backup; more than 7 days may need a ticket with Tencent Cloud</source>
        <translation>备份保留多久；超过 7 天可能需要向腾讯云提交工单</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Keep until the instance is removed</source>
        <translation>保留至实例删除</translation>
    </message>
    <message>
        <source>The backup is not deleted by the instance&apos;s retention policy; it stays until the instance itself is removed</source>
        <translation>该备份不受实例的备份保留策略清理，会一直保留到实例本身被删除</translation>
    </message>
</context>
<context>
    <name>bb::CreateCommand</name>
    <message>
        <source>creating backup</source>
        <translation>正在创建备份</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1：%2%</translation>
    </message>
    <message>
        <source>backup %1: %2 (%3)</source>
        <translation>备份 %1：%2（%3）</translation>
    </message>
    <message>
        <source>backup %1 finished with status %2</source>
        <translation>备份 %1 已结束，状态为 %2</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>无法写入输出</translation>
    </message>
    <message>
        <source>track: %1 has no job id to follow later; use create --wait</source>
        <translation>track：%1 没有可供稍后跟踪的任务 ID；请使用 create --wait</translation>
    </message>
    <message>
        <source>track: %1</source>
        <translation>track：%1</translation>
    </message>
    <message>
        <source>--keep-until-instance-removed applies to %1 only</source>
        <translation>--keep-until-instance-removed 仅适用于 %1</translation>
    </message>
</context>
<context>
    <name>bb::CsvExportJob</name>
    <message>
        <source>This export has already started.</source>
        <translation>此导出已经开始。</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation>导出到 %1 的操作已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The list changed during the export (it was refreshed, re-sorted or filtered, or was still loading), so nothing was written to %1. Export again.</source>
        <translation>导出期间列表发生了变化（被刷新、重新排序或筛选，或仍在加载），因此未向 %1 写入任何内容。请重新导出。</translation>
    </message>
</context>
<context>
    <name>bb::CsvWriter</name>
    <message>
        <source>The CSV output is not open for writing.</source>
        <translation>CSV 输出未打开，无法写入。</translation>
    </message>
    <message>
        <source>Writing the CSV output failed: %1</source>
        <translation>写入 CSV 输出失败：%1</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export of %1 was cancelled.</source>
        <translation>%1 的导出已取消。</translation>
    </message>
</context>
<context>
    <name>bb::DeleteCommand</name>
    <message>
        <source>%1 does not allow deleting backups through its API</source>
        <translation>%1 不允许通过其 API 删除备份</translation>
    </message>
    <message>
        <source>not deleting backup %1: there is no terminal to ask for confirmation on; pass --yes to delete it without a question</source>
        <translation>未删除备份 %1：没有可用于请求确认的终端；传入 --yes 可不经询问直接删除</translation>
    </message>
    <message>
        <source>backup %1 cannot be deleted: %2</source>
        <translation>备份 %1 无法删除：%2</translation>
    </message>
    <message>
        <source>backup %1 was not deleted (not confirmed)</source>
        <translation>备份 %1 未删除（未确认）</translation>
    </message>
    <message>
        <source>deleted backup %1 of instance %2</source>
        <translation>已删除实例 %2 的备份 %1</translation>
    </message>
</context>
<context>
    <name>bb::DisplayFormat</name>
    <message>
        <source>Size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>UTC %1</source>
        <translation>UTC %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>导出中</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>全量</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>Logical</source>
        <translation>逻辑</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>繁忙</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>The provider gives no reason.</source>
        <translation>云厂商未给出原因。</translation>
    </message>
    <message>
        <source>The provider gives no reason beyond its status &quot;%1&quot;.</source>
        <translation>除状态“%1”外，云厂商未给出原因。</translation>
    </message>
</context>
<context>
    <name>bb::Download</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Resolving URL</source>
        <translation>正在获取 URL</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>校验中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>bb::DownloadBatchProgress</name>
    <message>
        <source>%1 of %2 files done, %3 running</source>
        <translation>已完成 %1/%2 个文件，%3 个进行中</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/秒</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>bb::DownloadCommand</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 backups cannot be downloaded%2</source>
        <translation>%1 的备份无法下载%2</translation>
    </message>
    <message>
        <source>download of %1 failed: %2</source>
        <translation>%1 下载失败：%2</translation>
    </message>
    <message>
        <source>(partial file kept: run the same command again to resume)</source>
        <translation>（已保留部分文件：再次运行相同命令即可续传）</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
    <message>
        <source>interrupted: %1 is kept; run the same command again to resume</source>
        <translation>已中断：%1 已保留；再次运行相同命令即可续传</translation>
    </message>
    <message>
        <source>interrupted: %1 is complete and gets its final name</source>
        <translation>已中断：%1 已完整，并将使用最终文件名</translation>
    </message>
    <message>
        <source>files at once: %1, not %2 (%3 connections each, at most %4 to one host)</source>
        <translation>同时下载的文件数：%1，而不是 %2（每个文件 %3 个连接，单个主机最多 %4 个）</translation>
    </message>
    <message>
        <source>%1 of %2 files could not be downloaded (see above)</source>
        <translation>%2 个文件中有 %1 个无法下载（见上文）</translation>
    </message>
    <message>
        <source>complete: %1</source>
        <translation>已完成：%1</translation>
    </message>
</context>
<context>
    <name>bb::DownloadListModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Verified (CRC-64)</source>
        <translation>已校验（CRC-64）</translation>
    </message>
    <message>
        <source>Verified (%1)</source>
        <translation>已校验（%1）</translation>
    </message>
    <message>
        <source>Verified (size)</source>
        <translation>已校验（大小）</translation>
    </message>
</context>
<context>
    <name>bb::DownloadManager</name>
    <message>
        <source>Cannot save the download queue to %1: %2</source>
        <translation>无法将下载队列保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the download queue %1</source>
        <translation>无法读取下载队列 %1</translation>
    </message>
</context>
<context>
    <name>bb::DownloadTask</name>
    <message>
        <source>Checking the partial file</source>
        <translation>正在检查部分文件</translation>
    </message>
    <message>
        <source>Cannot save into &quot;%1&quot;: the folder does not exist or the name resolves outside it</source>
        <translation>无法保存到 &quot;%1&quot;：文件夹不存在或名称解析到其外部</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists</source>
        <translation>&quot;%1&quot; 已存在</translation>
    </message>
    <message>
        <source>No free file name for &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>&quot;%2&quot; 中没有可用于 &quot;%1&quot; 的文件名</translation>
    </message>
    <message>
        <source>Not enough free space in &quot;%1&quot;: %2 more needed, %3 available</source>
        <translation>&quot;%1&quot; 空间不足：还需 %2，可用 %3</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>Could not get a download URL: %1</source>
        <translation>无法获取下载 URL：%1</translation>
    </message>
    <message>
        <source>The provider gave no internal URL for &quot;%1&quot;</source>
        <translation>提供商未给出 &quot;%1&quot; 的内网 URL</translation>
    </message>
    <message>
        <source>No internal URL; using the external URL</source>
        <translation>没有内网 URL；改用外网 URL</translation>
    </message>
    <message>
        <source>The provider gave no download URL for &quot;%1&quot;</source>
        <translation>提供商未给出 &quot;%1&quot; 的下载 URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; refusing to write through it</source>
        <translation>&quot;%1&quot; 是符号链接；拒绝通过它写入</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>Cannot resize &quot;%1&quot;: %2</source>
        <translation>无法调整 &quot;%1&quot; 的大小：%2</translation>
    </message>
    <message>
        <source>The server ignored the resume request; starting over</source>
        <translation>服务器忽略了续传请求；重新开始</translation>
    </message>
    <message>
        <source>Cannot truncate &quot;%1&quot;: %2</source>
        <translation>无法截断 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>The server kept answering the wrong byte range</source>
        <translation>服务器一直返回错误的字节范围</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot;</source>
        <translation>磁盘已满：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2</source>
        <translation>连接在 %2 中的 %1 之后关闭</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>TLS failure talking to %1: %2</source>
        <translation>与 %1 通信时 TLS 失败：%2</translation>
    </message>
    <message>
        <source>The download link was refused even after renewing it (%1)</source>
        <translation>即使更新后，下载链接仍被拒绝（%1）</translation>
    </message>
    <message>
        <source>The download link expired; asking for a fresh one</source>
        <translation>下载链接已过期；正在获取新链接</translation>
    </message>
    <message>
        <source>The file host answered %1</source>
        <translation>文件服务器返回 %1</translation>
    </message>
    <message>
        <source>The file host answered %1; starting over</source>
        <translation>文件服务器返回 %1；重新开始</translation>
    </message>
    <message>
        <source>The internal URL is unreachable from this network; using the external URL</source>
        <translation>从此网络无法访问内网 URL；改用外网 URL</translation>
    </message>
    <message>
        <source>The internal URL %1 is unreachable from this network (%2). Internal links only work inside the cloud&apos;s network; download over the external URL instead.</source>
        <translation>从此网络无法访问内网 URL %1（%2）。内网链接只在云的网络内可用；请改用外网 URL 下载。</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒内没有数据</translation>
    </message>
    <message>
        <source>Checksum mismatch: the provider lists CRC-64 %1, the file has %2; the partial file is kept</source>
        <translation>校验和不符：提供商给出的 CRC-64 为 %1，文件为 %2；已保留部分文件</translation>
    </message>
    <message>
        <source>Checksum mismatch: the file host announced CRC-64 %1, the file has %2; the partial file is kept</source>
        <translation>校验和不符：文件服务器声明的 CRC-64 为 %1，文件为 %2；已保留部分文件</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>无法将 &quot;%1&quot; 重命名为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot replace &quot;%1&quot;: %2</source>
        <translation>无法替换 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The server answered the wrong byte range; starting over (attempt %1 of at most %2)</source>
        <translation>服务器返回了错误的字节范围；重新开始（第 %1 次尝试，最多 %2 次）</translation>
    </message>
    <message>
        <source>The file host announces %1 bytes for &quot;%2&quot;, but the provider lists %3; nothing was kept</source>
        <translation>文件服务器声明 &quot;%2&quot; 为 %1 字节，但提供商给出的是 %3；未保留任何内容</translation>
    </message>
    <message>
        <source>The file host sent more than the %1 bytes of &quot;%2&quot;; stopped there and removed the partial file</source>
        <translation>文件服务器发送的数据超过了 &quot;%2&quot; 的 %1 字节；已在此停止并删除部分文件</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The file host&apos;s answer cannot be used: %1</source>
        <translation>文件服务器的应答无法使用：%1</translation>
    </message>
    <message>
        <source>The file host answered %1, a redirect that cannot be followed</source>
        <translation>文件服务器返回 %1，这是无法跟随的重定向</translation>
    </message>
    <message>
        <source>The file host answered %1 instead of the file</source>
        <translation>文件服务器返回 %1，而不是文件</translation>
    </message>
    <message>
        <source>Gave up after %1 failed attempts without progress (%2)%3</source>
        <translation>%1 次尝试失败且没有进展，已放弃（%2）%3</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s (attempt %3 of at most %4, %5 of %6 received)</source>
        <translation>%1；%2 秒后重试（第 %3 次尝试，最多 %4 次，已接收 %5 / %6）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts: the file host keeps failing%2</source>
        <translation>尝试 %1 次后放弃：文件服务器持续失败%2</translation>
    </message>
    <message>
        <source>Gave up after fetching %1 for a file of %2: the file host keeps sending the same bytes%3</source>
        <translation>为大小 %2 的文件获取了 %1 后放弃：文件服务器一直发送相同的字节%3</translation>
    </message>
    <message>
        <source>; the partial file (%1) is kept</source>
        <translation>；已保留部分文件（%1）</translation>
    </message>
    <message>
        <source>slower than %1/s for %2 s</source>
        <translation>%2 秒内速度低于 %1/秒</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes; the provider lists %2 (in whole KB: %3 to %4 would pass)</source>
        <translation>大小不符：收到 %1 字节；提供商给出的是 %2（按整 KB 计：%3 到 %4 均可通过）</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes; the provider lists %2</source>
        <translation>大小不符：收到 %1 字节；提供商给出的是 %2</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes; the file host announced %2</source>
        <translation>大小不符：收到 %1 字节；文件服务器声明的是 %2</translation>
    </message>
    <message>
        <source>%1; the partial file was removed</source>
        <translation>%1；已删除部分文件</translation>
    </message>
    <message>
        <source>The server does not serve byte ranges; using one connection</source>
        <translation>服务器不支持字节范围；改用单个连接</translation>
    </message>
</context>
<context>
    <name>bb::DownloadsPanel</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume or retry</source>
        <translation>继续或重试</translation>
    </message>
    <message>
        <source>Cancel and delete the partial file</source>
        <translation>取消并删除部分文件</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Clear finished and cancelled downloads</source>
        <translation>清除已完成和已取消的下载</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Connections (pause to change)</source>
        <translation>连接数（暂停后可更改）</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接数</translation>
    </message>
</context>
<context>
    <name>bb::EditCommand</name>
    <message>
        <source>%1 does not allow editing a backup&apos;s description through its API</source>
        <translation>%1 不允许通过其 API 编辑备份的描述</translation>
    </message>
    <message>
        <source>backup %1 cannot be edited: %2</source>
        <translation>备份 %1 无法编辑：%2</translation>
    </message>
</context>
<context>
    <name>bb::ErrorBanner</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the whole message, with its RequestId, for a support ticket</source>
        <translation>复制完整消息（含 RequestId），用于提交工单</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>bb::FleetHealthController</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: cannot keep an expected backup age for it (too long an id, or %2 instances have one already).</source>
        <translation>%1：无法为其保存预期备份时长（ID 太长，或已有 %2 个实例设置了该值）。</translation>
    </message>
    <message>
        <source>Local copies: %1</source>
        <translation>本地副本：%1</translation>
    </message>
</context>
<context>
    <name>bb::HealthJudge</name>
    <message>
        <source>Its backups could not be listed: %1</source>
        <translation>无法列出其备份：%1</translation>
    </message>
    <message>
        <source>No successful full backup in the last %1 days.</source>
        <translation>最近 %1 天内没有成功的全量备份。</translation>
    </message>
    <message>
        <source>The newest successful full backup is %1 old; one was expected every %2.</source>
        <translation>最新一次成功的全量备份距今已 %1；预期每 %2 一次。</translation>
    </message>
    <message numerus="yes">
        <source>The newest full backup is %1, less than half the median %2 of the %n before it.</source>
        <translation>
            <numerusform>最新的全量备份大小为 %1，不到之前 %n 个全量备份的中位数 %2 的一半。</numerusform>
        </translation>
    </message>
    <message>
        <source>No successful log backup in the last %1 days; one was expected every %2.</source>
        <translation>最近 %1 天内没有成功的日志备份；预期每 %2 一次。</translation>
    </message>
    <message>
        <source>The newest log backup is %1 old; one was expected every %2.</source>
        <translation>最新的日志备份距今已 %1；预期每 %2 一次。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed in the last %1 days.</source>
        <translation>
            <numerusform>最近 %1 天内有 %n 个备份失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup %1 has been running for %2; this instance&apos;s backups usually take %3.</source>
        <translation>备份 %1 已运行 %2；此实例的备份通常耗时 %3。</translation>
    </message>
    <message>
        <source>Backup %1 has been running for %2.</source>
        <translation>备份 %1 已运行 %2。</translation>
    </message>
    <message>
        <source>Offsite rule %1 covers this instance, but no backup has a verified local copy.</source>
        <translation>异地规则 %1 覆盖此实例，但没有任何备份有已校验的本地副本。</translation>
    </message>
    <message>
        <source>The newest verified local copy (rule %1) is of a backup %2 old, %3 older than the newest backup in the cloud; copies were expected within %4.</source>
        <translation>最新已校验的本地副本（规则 %1）对应的备份已有 %2，比云端最新备份早 %3；预期应在 %4 内复制。</translation>
    </message>
</context>
<context>
    <name>bb::HealthOverviewDialog</name>
    <message>
        <source>%1 critical, %2 warning, %3 OK</source>
        <translation>%1 个严重，%2 个警告，%3 个正常</translation>
    </message>
    <message>
        <source>checking %1 of %2 instances…</source>
        <translation>正在检查第 %1 个实例，共 %2 个…</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>实例健康总览</translation>
    </message>
    <message>
        <source>Filter by instance, product, account, state or reason</source>
        <translation>按实例、产品、账号、状态或原因筛选</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Expected backup age</source>
        <translation>预期备份时长</translation>
    </message>
    <message>
        <source>Newest full backup of %1 at most this many hours old (0: its policy, product or every instance&apos;s threshold again):</source>
        <translation>%1 的最新全量备份距今最多允许的小时数（0：重新使用其备份策略、产品阈值或所有实例的阈值）：</translation>
    </message>
    <message>
        <source>Set expected backup age for this instance…</source>
        <translation>为此实例设置预期备份时长…</translation>
    </message>
    <message>
        <source>Fleet health thresholds…</source>
        <translation>实例健康阈值…</translation>
    </message>
</context>
<context>
    <name>bb::HealthTableModel</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Backed up as expected.</source>
        <translation>备份符合预期。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Newest full backup</source>
        <translation>最新全量备份</translation>
    </message>
    <message>
        <source>Newest log backup</source>
        <translation>最新日志备份</translation>
    </message>
    <message>
        <source>Failed (7 days)</source>
        <translation>失败（7 天）</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rule %1: the newest verified local copy is of the backup started %2</source>
        <translation>规则 %1：最新已校验的本地副本对应 %2 开始的备份</translation>
    </message>
    <message>
        <source>Rule %1: no verified local copy</source>
        <translation>规则 %1：没有已校验的本地副本</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>本地副本</translation>
    </message>
</context>
<context>
    <name>bb::HealthThresholdsPage</name>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Same as every instance</source>
        <translation>与所有实例相同</translation>
    </message>
    <message>
        <source>How old the newest full backup of an instance may be before it is a warning (past twice that it is critical). An instance whose product publishes its backup policy is held to that policy, unless it has its own threshold below.</source>
        <translation>实例的最新全量备份距今多久即视为警告（超过两倍则为严重）。若实例所属产品公布了其备份策略，则按该策略判断，除非下方为该实例单独设定了阈值。</translation>
    </message>
    <message>
        <source>Every instance:</source>
        <translation>所有实例：</translation>
    </message>
    <message>
        <source>Per product</source>
        <translation>按产品</translation>
    </message>
    <message>
        <source>Per instance</source>
        <translation>按实例</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Expected age</source>
        <translation>预期时长</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>bb::HttpGetReply</name>
    <message>
        <source>Operation canceled</source>
        <translation>操作已取消</translation>
    </message>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>传输 %1 时出错 - 服务器回复：%2</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>TLS error from %1: %2</source>
        <translation>来自 %1 的 TLS 错误：%2</translation>
    </message>
    <message>
        <source>Cannot set up TLS for %1: %2</source>
        <translation>无法为 %1 建立 TLS：%2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Cannot send the request to %1: %2</source>
        <translation>无法向 %1 发送请求：%2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>与 %1 的 TLS 握手失败：%2</translation>
    </message>
    <message>
        <source>The TLS connection to %1 ended without close_notify: the body may be cut short</source>
        <translation>与 %1 的 TLS 连接在没有 close_notify 的情况下结束：正文可能被截断</translation>
    </message>
    <message>
        <source>Cannot set up a connection to %1: %2</source>
        <translation>无法建立到 %1 的连接：%2</translation>
    </message>
    <message>
        <source>Transfer from %1 failed: %2</source>
        <translation>从 %1 传输失败：%2</translation>
    </message>
</context>
<context>
    <name>bb::InstanceHealthProbe</name>
    <message>
        <source>%1: no backup policy, judged against the threshold: %2</source>
        <translation>%1：没有备份策略，按阈值判断：%2</translation>
    </message>
</context>
<context>
    <name>bb::InstanceTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Provider status: %1</source>
        <translation>提供商状态：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>bb::InstanceTreePane</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>bb::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets are kept for this session only and will have to be entered again next time.</source>
        <translation>没有可用的钥匙串（%1）。密钥仅在本次会话中保留，下次需要重新输入。</translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation>没有 Secret Service</translation>
    </message>
    <message>
        <source>The keychain refused access to the credentials of account %1: %2</source>
        <translation>钥匙串拒绝访问账号 %1 的凭证：%2</translation>
    </message>
</context>
<context>
    <name>bb::LocalCopiesController</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>%1 %2: %3, %4 copied, %5 not copied, %6 removed</source>
        <translation>%1 %2：%3，已复制 %4 个，未复制 %5 个，已删除 %6 个</translation>
    </message>
    <message>
        <source>Remove local copies</source>
        <translation>删除本地副本</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n local copy file(s) that fell out of the rules?</source>
        <translation>
            <numerusform>要删除 %n 个不再符合规则的本地副本文件吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the local files go; the backups in the cloud are not touched.</source>
        <translation>只删除本地文件；云端的备份不受影响。</translation>
    </message>
    <message>
        <source>Run and remove</source>
        <translation>运行并删除</translation>
    </message>
    <message>
        <source>rule %1: no account for %2</source>
        <translation>规则 %1：没有 %2 的账号</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>account: %1 is an account of %2, but %3 is a product of %4</source>
        <translation>account：%1 是 %2 的账号，但 %3 是 %4 的产品</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
</context>
<context>
    <name>bb::LocalCopiesDialog</name>
    <message>
        <source>Run &amp;now</source>
        <translation>立即运行(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Local copies</source>
        <translation>本地副本</translation>
    </message>
    <message>
        <source>Last runs:</source>
        <translation>最近的运行：</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) from %1</source>
        <translation>
            <numerusform>来自 %1 的 %n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>添加规则(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>编辑规则(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move rule…</source>
        <translation>删除规则(&amp;M)…</translation>
    </message>
    <message>
        <source>Local copies:</source>
        <translation>本地副本：</translation>
    </message>
    <message>
        <source>No rules: Add rule… writes them to %1, the file `sync` reads (see docs/cli.md, &quot;Sync&quot;).</source>
        <translation>没有规则：“添加规则…”会将规则写入 %1，即 `sync` 读取的文件（见 docs/cli.md 的 &quot;Sync&quot; 一节）。</translation>
    </message>
    <message>
        <source>The rule %1 is no longer in the rules file; nothing was saved.</source>
        <translation>规则 %1 已不在规则文件中；未保存任何内容。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Removed the rule %1; its local copies stay.</source>
        <translation>已删除规则 %1；其本地副本仍然保留。</translation>
    </message>
    <message>
        <source>The rule %1 is no longer in the rules file; nothing was removed.</source>
        <translation>规则 %1 已不在规则文件中；未删除任何内容。</translation>
    </message>
</context>
<context>
    <name>bb::LocalCopiesModel</name>
    <message numerus="yes">
        <source>%n copy(ies) failed verification; the next run fetches them again</source>
        <translation>
            <numerusform>%n 个副本校验失败；下次运行时会重新获取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrupt</source>
        <translation>
            <numerusform>%n 个已损坏</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Newest local copy</source>
        <translation>最新本地副本</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
</context>
<context>
    <name>bb::LocalCopyIndex</name>
    <message>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
</context>
<context>
    <name>bb::LogModel</name>
    <message>
        <source>no response</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>bb::LogView</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>清除日志</translation>
    </message>
</context>
<context>
    <name>bb::MainWindow</name>
    <message>
        <source>Backup Browser</source>
        <translation>Backup Browser</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>已下载 %1</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>下载完成</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>自动刷新(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Download over the &amp;internal network</source>
        <translation>通过内网下载(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Create backup…</source>
        <translation>创建备份(&amp;C)…</translation>
    </message>
    <message>
        <source>De&amp;lete backup</source>
        <translation>删除备份(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>编辑账号(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Backup Browser</source>
        <translation>关于 Backup Browser(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
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
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Download the selected backup (Ctrl+D)</source>
        <translation>下载所选备份（Ctrl+D）</translation>
    </message>
    <message>
        <source>Download over the cloud&apos;s internal network (same region only)</source>
        <translation>通过云的内网下载（仅限同地域）</translation>
    </message>
    <message>
        <source>Delete the selected backup (Del)</source>
        <translation>删除所选备份（Del）</translation>
    </message>
    <message>
        <source>Start a backup of the selected instance (Ctrl+N)</source>
        <translation>为所选实例创建备份（Ctrl+N）</translation>
    </message>
    <message>
        <source>The sandbox accounts are built in</source>
        <translation>沙盒账号是内置的</translation>
    </message>
    <message>
        <source>Select a backup to download.</source>
        <translation>选择要下载的备份。</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>适用于 Excel 的 CSV，带 BOM 的 UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Creating a backup of %1: %2%</source>
        <translation>正在为 %1 创建备份：%2%</translation>
    </message>
    <message>
        <source>Creating a backup of %1…</source>
        <translation>正在为 %1 创建备份…</translation>
    </message>
    <message>
        <source>Save downloads in</source>
        <translation>下载保存位置</translation>
    </message>
    <message>
        <source>No download folder was chosen; nothing was downloaded.</source>
        <translation>未选择下载文件夹；没有下载任何内容。</translation>
    </message>
    <message>
        <source>%1 is critical: %2</source>
        <translation>%1 处于严重状态：%2</translation>
    </message>
    <message>
        <source>Backup health</source>
        <translation>备份健康</translation>
    </message>
    <message>
        <source>&amp;Fleet health…</source>
        <translation>实例健康总览(&amp;F)…</translation>
    </message>
    <message>
        <source>%1 is not in the account tree yet: refresh the tree and try again.</source>
        <translation>%1 尚未出现在账号树中：请刷新后重试。</translation>
    </message>
    <message>
        <source>&amp;Local copies…</source>
        <translation>本地副本(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>bb::NagiosWriter</name>
    <message>
        <source>no instance to check</source>
        <translation>没有可检查的实例</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) checked, all OK</source>
        <translation>
            <numerusform>已检查 %n 个实例，全部正常</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 critical, %2 warning, %3 OK</source>
        <translation>%1 个严重，%2 个警告，%3 个正常</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::OutputFormatter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>START</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>END</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>DATABASES</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>云</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>FULL AGE</source>
        <translation>全量备份距今</translation>
    </message>
    <message>
        <source>FAILED 7D</source>
        <translation>7 天内失败</translation>
    </message>
    <message>
        <source>REASONS</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>LOCAL COPY AGE</source>
        <translation>本地副本距今</translation>
    </message>
</context>
<context>
    <name>bb::PagedListing</name>
    <message>
        <source>The request could not be sent.</source>
        <translation>无法发送请求。</translation>
    </message>
    <message>
        <source>Page %1 of the listing holds %2 rows, more than the %3 asked for; the answer is not trusted.</source>
        <translation>列表的第 %1 页有 %2 行，超过请求的 %3 行；该应答不可信。</translation>
    </message>
    <message>
        <source>The listing was stopped at page %1: its answers passed %2 bytes (%3 received), the limit for one listing; narrow the time window or the filters.</source>
        <translation>列表在第 %1 页停止：应答超过了单次列表的上限 %2 字节（已接收 %3 字节）；请缩小时间窗口或筛选条件。</translation>
    </message>
    <message>
        <source>The listing was stopped at page %1: it passed %2 rows (%3 received), the limit for one listing; narrow the time window or the filters.</source>
        <translation>列表在第 %1 页停止：超过了单次列表的上限 %2 行（已接收 %3 行）；请缩小时间窗口或筛选条件。</translation>
    </message>
</context>
<context>
    <name>bb::ParallelRanges</name>
    <message>
        <source>the file host sent more than the file&apos;s size</source>
        <translation>文件服务器发送的数据超过了文件大小</translation>
    </message>
    <message>
        <source>the file host answered another byte range</source>
        <translation>文件服务器返回了另一个字节范围</translation>
    </message>
    <message>
        <source>the file host ignored the range of a parallel connection</source>
        <translation>文件服务器忽略了并行连接的字节范围</translation>
    </message>
    <message>
        <source>the connection closed %1 bytes before the end of its range</source>
        <translation>连接在其范围结束前 %1 字节处关闭</translation>
    </message>
    <message>
        <source>range at byte %1 was not written whole</source>
        <translation>从字节 %1 开始的范围未完整写入</translation>
    </message>
</context>
<context>
    <name>bb::PartSidecar</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>bb::PolicyExpectation</name>
    <message>
        <source>full backups on %1</source>
        <translation>于 %1 进行全量备份</translation>
    </message>
    <message>
        <source>full backups on %1 at %2</source>
        <translation>于 %1 的 %2 进行全量备份</translation>
    </message>
</context>
<context>
    <name>bb::ProductRegistry</name>
    <message>
        <source>Tencent Cloud SQL Server</source>
        <translation>腾讯云 SQL Server</translation>
    </message>
    <message>
        <source>Tencent Cloud Redis</source>
        <translation>腾讯云 Redis</translation>
    </message>
    <message>
        <source>Alibaba Cloud ApsaraDB RDS</source>
        <translation>阿里云云数据库 RDS</translation>
    </message>
    <message>
        <source>Alibaba Cloud EMR Serverless StarRocks</source>
        <translation>阿里云 EMR Serverless StarRocks</translation>
    </message>
</context>
<context>
    <name>bb::ProviderError</name>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>bb::RdsParser</name>
    <message>
        <source>Snapshot backups have no download file.</source>
        <translation>快照备份没有下载文件。</translation>
    </message>
    <message>
        <source>The backup failed, so there is no file to download.</source>
        <translation>备份失败，因此没有可下载的文件。</translation>
    </message>
    <message>
        <source>RDS returned no download URL for this backup.</source>
        <translation>RDS 未返回此备份的下载地址。</translation>
    </message>
    <message>
        <source>DescribeBackups answered without a list at Items.Backup.</source>
        <translation>DescribeBackups 的应答中 Items.Backup 不是列表。</translation>
    </message>
    <message>
        <source>DescribeDBInstances answered without a list at Items.DBInstance.</source>
        <translation>DescribeDBInstances 的应答中 Items.DBInstance 不是列表。</translation>
    </message>
    <message>
        <source>DescribeBackupTasks answered without a list at Items.BackupJob.</source>
        <translation>DescribeBackupTasks 的应答中 Items.BackupJob 不是列表。</translation>
    </message>
    <message>
        <source>RDS marks this backup set unavailable (IsAvail 0).</source>
        <translation>RDS 将此备份集标记为不可用（IsAvail 0）。</translation>
    </message>
    <message>
        <source>RDS deletes backups only of MySQL and PostgreSQL instances; this one runs %1.</source>
        <translation>RDS 仅删除 MySQL 和 PostgreSQL 实例的备份；此实例运行的是 %1。</translation>
    </message>
    <message>
        <source>RDS keeps this backup set: its StoreStatus is Disabled, and only sets RDS marks Enabled can be deleted (for example, sets still needed for point-in-time restore).</source>
        <translation>RDS 保留此备份集：其 StoreStatus 为 Disabled，只有 RDS 标记为 Enabled 的备份集才能删除（例如仍需用于按时间点恢复的备份集）。</translation>
    </message>
    <message>
        <source>archive storage</source>
        <translation>归档存储</translation>
    </message>
    <message>
        <source>regular storage</source>
        <translation>常规存储</translation>
    </message>
    <message>
        <source>PreferredBackupPeriod holds &apos;%1&apos;, which is no weekday</source>
        <translation>PreferredBackupPeriod 中的 &apos;%1&apos; 不是星期几</translation>
    </message>
    <message>
        <source>PreferredBackupPeriod is missing or empty</source>
        <translation>PreferredBackupPeriod 缺失或为空</translation>
    </message>
</context>
<context>
    <name>bb::RedisParser</name>
    <message>
        <source>An instance in the answer has no InstanceId.</source>
        <translation>应答中有实例没有 InstanceId。</translation>
    </message>
    <message>
        <source>A backup in the answer has no BackupId.</source>
        <translation>应答中有备份没有 BackupId。</translation>
    </message>
    <message>
        <source>The backup has expired or was deleted.</source>
        <translation>备份已过期或已被删除。</translation>
    </message>
    <message>
        <source>The answer has no BackupId.</source>
        <translation>应答中没有 BackupId。</translation>
    </message>
    <message>
        <source>The answer has no download address.</source>
        <translation>应答中没有下载地址。</translation>
    </message>
    <message>
        <source>The answer has implausibly many files.</source>
        <translation>应答中的文件数量多得不合理。</translation>
    </message>
    <message>
        <source>The answer has no usable TaskId.</source>
        <translation>应答中没有可用的 TaskId。</translation>
    </message>
    <message>
        <source>The task status &quot;%1&quot; is not one the API documents.</source>
        <translation>任务状态 &quot;%1&quot; 不是 API 文档中的状态。</translation>
    </message>
    <message>
        <source>The answer names no weekday in WeekDays.</source>
        <translation>应答的 WeekDays 中没有任何星期几。</translation>
    </message>
</context>
<context>
    <name>bb::RuleEditorDialog</name>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>&amp;Remove local copies the rule no longer selects</source>
        <translation>删除规则不再选中的本地副本(&amp;R)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Offsite rule</source>
        <translation>异地规则</translation>
    </message>
    <message>
        <source>Offsite rule %1</source>
        <translation>异地规则 %1</translation>
    </message>
    <message>
        <source>Command-line credentials (here: the first account with the product)</source>
        <translation>命令行凭证（此处：拥有该产品的第一个账号）</translation>
    </message>
    <message>
        <source>%1 (not an account here)</source>
        <translation>%1（此处没有该账号）</translation>
    </message>
    <message>
        <source>Full backups</source>
        <translation>全量备份</translation>
    </message>
    <message>
        <source>Log backups</source>
        <translation>日志备份</translation>
    </message>
    <message>
        <source>Full and log backups</source>
        <translation>全量和日志备份</translation>
    </message>
    <message>
        <source>External (public internet)</source>
        <translation>外网（公共互联网）</translation>
    </message>
    <message>
        <source>Internal (inside the cloud&apos;s network)</source>
        <translation>内网（云的内部网络中）</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/秒</translation>
    </message>
    <message>
        <source>the account&apos;s regions</source>
        <translation>账号的地域</translation>
    </message>
    <message>
        <source>every instance; or ids and name patterns (prod-*), by commas or lines</source>
        <translation>所有实例；或实例 ID 和名称模式（prod-*），以逗号或换行分隔</translation>
    </message>
    <message>
        <source>Which backups</source>
        <translation>哪些备份</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>实例(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>N&amp;ewest per instance:</source>
        <translation>每个实例最新的备份数(&amp;E)：</translation>
    </message>
    <message>
        <source>Started &amp;within (days):</source>
        <translation>开始于最近几天内(&amp;W)：</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目标位置(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>网络(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;onnections (backups at once):</source>
        <translation>连接数（同时处理的备份数）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>带宽限制(&amp;B)：</translation>
    </message>
    <message>
        <source>Local retention</source>
        <translation>本地保留</translation>
    </message>
    <message>
        <source>Without counts, the selection above decides what stays.</source>
        <translation>不设数量时，由上方的选择决定保留哪些。</translation>
    </message>
    <message>
        <source>Keep the la&amp;st:</source>
        <translation>保留最近几个(&amp;S)：</translation>
    </message>
    <message>
        <source>Keep those within (days):</source>
        <translation>保留最近几天内的：</translation>
    </message>
    <message>
        <source>Always keep at least (&amp;minimum):</source>
        <translation>始终至少保留（最小值）(&amp;M)：</translation>
    </message>
    <message>
        <source>Daily:</source>
        <translation>每日：</translation>
    </message>
    <message>
        <source>Weekly:</source>
        <translation>每周：</translation>
    </message>
    <message>
        <source>Monthly:</source>
        <translation>每月：</translation>
    </message>
    <message>
        <source>Yearly:</source>
        <translation>每年：</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>The destination is relative: each program that runs the rule resolves it from its own working folder; choose an absolute folder to be sure.</source>
        <translation>目标位置是相对路径：运行该规则的每个程序都会从各自的工作文件夹解析它；为确保一致，请选择绝对路径的文件夹。</translation>
    </message>
    <message>
        <source>Keep local copies in</source>
        <translation>将本地副本保存在</translation>
    </message>
    <message>
        <source>Connections per &amp;file:</source>
        <translation>每个文件的连接数(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>bb::RuleListModel</name>
    <message>
        <source>The rules file cannot be read; fix it first: %1</source>
        <translation>无法读取规则文件；请先修复它：%1</translation>
    </message>
    <message>
        <source>name: &apos;%1&apos; names another rule too</source>
        <translation>name：&apos;%1&apos; 也是另一条规则的名称</translation>
    </message>
    <message>
        <source>a rules file holds at most %1 rules</source>
        <translation>一个规则文件最多包含 %1 条规则</translation>
    </message>
    <message>
        <source>no rule in row %1</source>
        <translation>第 %1 行没有规则</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read (another program or a person edited it); nothing was saved: Reload, then edit again</source>
        <translation>%1 在读取后已在磁盘上被更改（其他程序或其他人编辑了它）；未保存任何内容：请重新加载，然后再次编辑</translation>
    </message>
    <message>
        <source>cannot remove the rules file %1: %2</source>
        <translation>无法删除规则文件 %1：%2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>全量</translation>
    </message>
    <message>
        <source>log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>full and log</source>
        <translation>全量和日志</translation>
    </message>
    <message>
        <source>newest %1</source>
        <translation>最新 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最近 %1 个</translation>
    </message>
    <message>
        <source>%1 daily</source>
        <translation>每日 %1 个</translation>
    </message>
    <message>
        <source>%1 weekly</source>
        <translation>每周 %1 个</translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <translation>每月 %1 个</translation>
    </message>
    <message>
        <source>%1 yearly</source>
        <translation>每年 %1 个</translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>no pruning</source>
        <translation>不清理</translation>
    </message>
    <message>
        <source>(command-line credentials)</source>
        <translation>（命令行凭证）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标位置</translation>
    </message>
</context>
<context>
    <name>bb::ServiceReply</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>bb::Settings</name>
    <message>
        <source>Cannot save the settings to %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
</context>
<context>
    <name>bb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/秒</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Parallel downloads:</source>
        <translation>并行下载数：</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>带宽限制：</translation>
    </message>
    <message>
        <source>Download folder:</source>
        <translation>下载文件夹：</translation>
    </message>
    <message>
        <source>Auto-refresh every:</source>
        <translation>自动刷新间隔：</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>实例健康总览</translation>
    </message>
    <message>
        <source>Connections per download:</source>
        <translation>每个下载的连接数：</translation>
    </message>
    <message>
        <source>Large files (16 MiB and more, with an exact size) are fetched in byte ranges over up to this many connections; smaller ones, and servers that refuse ranges, use one.</source>
        <translation>大文件（16 MiB 及以上且大小精确）按字节范围通过最多这么多个连接获取；较小的文件以及拒绝范围请求的服务器使用单个连接。</translation>
    </message>
</context>
<context>
    <name>bb::SqlServerParser</name>
    <message>
        <source>An instance in the answer has no InstanceId.</source>
        <translation>应答中有实例没有 InstanceId。</translation>
    </message>
    <message>
        <source>The backup failed, so there is no file to download.</source>
        <translation>备份失败，因此没有可下载的文件。</translation>
    </message>
    <message>
        <source>The backup is still being created.</source>
        <translation>备份仍在创建中。</translation>
    </message>
    <message>
        <source>A backup in the answer is not an object.</source>
        <translation>应答中有备份不是对象。</translation>
    </message>
    <message>
        <source>The answer has no usable FlowId.</source>
        <translation>应答中没有可用的 FlowId。</translation>
    </message>
    <message>
        <source>The answer has no Status.</source>
        <translation>应答中没有 Status。</translation>
    </message>
    <message>
        <source>A backup in the answer has neither an Id nor a GroupId.</source>
        <translation>应答中有备份既没有 Id 也没有 GroupId。</translation>
    </message>
</context>
<context>
    <name>bb::StarRocksParser</name>
    <message>
        <source>StarRocks backups have no download URL.</source>
        <translation>StarRocks 备份没有下载 URL。</translation>
    </message>
    <message>
        <source>DescribeBackups answered without a list at Data.</source>
        <translation>DescribeBackups 的应答中 Data 不是列表。</translation>
    </message>
    <message>
        <source>DescribeInstances answered without a list at Data.</source>
        <translation>DescribeInstances 的应答中 Data 不是列表。</translation>
    </message>
</context>
<context>
    <name>bb::StarRocksService</name>
    <message>
        <source>EMR Serverless StarRocks creates backups only from backup policies; it has no on-demand backup API.</source>
        <translation>EMR Serverless StarRocks 只通过备份策略创建备份；没有按需备份 API。</translation>
    </message>
    <message>
        <source>StarRocks backups have no download URL.</source>
        <translation>StarRocks 备份没有下载 URL。</translation>
    </message>
    <message>
        <source>StarRocks no longer lists it: it may have expired or been deleted.</source>
        <translation>StarRocks 已不再列出该备份：它可能已过期或已被删除。</translation>
    </message>
</context>
<context>
    <name>bb::SyncCommand</name>
    <message>
        <source>no rules: write %1 (docs/cli.md#sync), or give --rules FILE, or --dest DIR and --product P for one rule</source>
        <translation>没有规则：请编写 %1（见 docs/cli.md#sync），或指定 --rules FILE，或用 --dest DIR 和 --product P 指定单条规则</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>rule %1 -&gt; %2</source>
        <translation>规则 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>would %1</source>
        <translation>将 %1</translation>
    </message>
    <message>
        <source>FAILED %1 %2 %3: %4</source>
        <translation>失败 %1 %2 %3：%4</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>summary: %1 fetched (%2), %3 failed, %4 pruned, %5 kept, %6 verified, %7 corrupt; %8 API calls in %9</source>
        <translation>汇总：已获取 %1 个（%2），失败 %3 个，已清理 %4 个，已保留 %5 个，已校验 %6 个，已损坏 %7 个；%8 次 API 调用，用时 %9</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
    <message>
        <source>interrupted: files being copied keep their .part; the next sync resumes them</source>
        <translation>已中断：正在复制的文件保留其 .part；下次 sync 会续传</translation>
    </message>
</context>
<context>
    <name>bb::SyncRun</name>
    <message>
        <source>the catalogue names %1, which is not inside %2; left alone</source>
        <translation>清单中列出了 %1，但它不在 %2 内；未作处理</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>cannot create the destination %1</source>
        <translation>无法创建目标位置 %1</translation>
    </message>
    <message>
        <source>another sync (process %1 on %2) is using %3; try again when it has ended</source>
        <translation>另一个 sync（%2 上的进程 %1）正在使用 %3；请在其结束后重试</translation>
    </message>
    <message numerus="yes">
        <source>the catalogue was missing: rebuilt from %n copy sidecar(s) on disk</source>
        <translation>
            <numerusform>清单缺失：已根据磁盘上的 %n 个副本附属文件重建</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not match the catalogue (size %2, CRC-64 %3; expected %4, %5)</source>
        <translation>%1 与清单不符（大小 %2，CRC-64 %3；应为 %4，%5）</translation>
    </message>
    <message>
        <source>no region to list %1 in</source>
        <translation>没有可用于列出 %1 的地域</translation>
    </message>
    <message>
        <source>fetching %1 of %2 (%3)</source>
        <translation>正在获取 %2 的 %1（%3）</translation>
    </message>
    <message>
        <source>cannot make a folder named after the backup in %1</source>
        <translation>无法在 %1 中创建以备份命名的文件夹</translation>
    </message>
    <message>
        <source>(partial file kept: the next run resumes it)</source>
        <translation>（已保留部分文件：下次运行时会续传）</translation>
    </message>
    <message>
        <source>copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>could not copy %1 of %2: %3</source>
        <translation>无法复制 %2 的 %1：%3</translation>
    </message>
    <message>
        <source>removed the local copy %1 (%2)</source>
        <translation>已删除本地副本 %1（%2）</translation>
    </message>
</context>
<context>
    <name>bb::Tc3Protocol</name>
    <message>
        <source>Too many requests (HTTP 429)</source>
        <translation>请求过多（HTTP 429）</translation>
    </message>
    <message>
        <source>The API answered HTTP %1 instead of 200</source>
        <translation>API 返回 HTTP %1 而不是 200</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1)</source>
        <translation>应答不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>The answer has no &quot;Response&quot; object</source>
        <translation>应答中没有 &quot;Response&quot; 对象</translation>
    </message>
    <message>
        <source>The answer&apos;s &quot;Error&quot; is not an object</source>
        <translation>应答中的 &quot;Error&quot; 不是对象</translation>
    </message>
    <message>
        <source>Tencent Cloud is rate-limiting this account; the call was retried with backoff.</source>
        <translation>腾讯云正在对此账号限流；该调用已退避重试。</translation>
    </message>
    <message>
        <source>The signature did not match: the SecretKey is wrong, or the request was altered on the way (a proxy rewriting the body?).</source>
        <translation>签名不匹配：SecretKey 错误，或请求在传输中被修改（代理改写了请求体？）。</translation>
    </message>
    <message>
        <source>Your clock is more than 5 minutes off; correct the system time and try again.</source>
        <translation>您的时钟偏差超过 5 分钟；请校正系统时间后重试。</translation>
    </message>
    <message>
        <source>The SecretId is wrong, disabled or deleted, or not a cloud API key (look for stray spaces).</source>
        <translation>SecretId 错误、已禁用或已删除，或不是云 API 密钥（请检查多余空格）。</translation>
    </message>
    <message>
        <source>The temporary token has expired or does not belong to this key; get new temporary credentials.</source>
        <translation>临时令牌已过期或不属于此密钥；请获取新的临时凭证。</translation>
    </message>
    <message>
        <source>The Authorization header was rejected as malformed.</source>
        <translation>Authorization 请求头格式错误而被拒绝。</translation>
    </message>
    <message>
        <source>The multi-factor authentication check failed.</source>
        <translation>多因素认证检查失败。</translation>
    </message>
    <message>
        <source>The key lacks the CAM permission for this action.</source>
        <translation>该密钥缺少执行此操作的 CAM 权限。</translation>
    </message>
    <message>
        <source>The key lacks the CAM permission for %1.</source>
        <translation>该密钥缺少 %1 的 CAM 权限。</translation>
    </message>
    <message>
        <source>Tencent Cloud did not accept these credentials.</source>
        <translation>腾讯云不接受这些凭证。</translation>
    </message>
    <message>
        <source>The product is not offered in this region.</source>
        <translation>此地域不提供该产品。</translation>
    </message>
</context>
<context>
    <name>bb::TencentErrorHints</name>
    <message>
        <source>The SQL Server control database failed; try again later.</source>
        <translation>SQL Server 管控数据库失败；请稍后重试。</translation>
    </message>
    <message>
        <source>The operation failed or timed out inside Tencent Cloud; try again later.</source>
        <translation>操作在腾讯云内部失败或超时；请稍后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud could not reach the backup storage (COS); try again later.</source>
        <translation>腾讯云无法访问备份存储（COS）；请稍后重试。</translation>
    </message>
    <message>
        <source>An internal task service failed; try again later.</source>
        <translation>内部任务服务失败；请稍后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud had a system error; try again later.</source>
        <translation>腾讯云发生系统错误；请稍后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud had an unknown error; try again later.</source>
        <translation>腾讯云发生未知错误；请稍后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected a parameter of this request as invalid.</source>
        <translation>腾讯云认为此请求的某个参数无效。</translation>
    </message>
    <message>
        <source>Tencent Cloud could not convert a parameter of this request.</source>
        <translation>腾讯云无法转换此请求的某个参数。</translation>
    </message>
    <message>
        <source>The backup name contains characters Tencent Cloud does not allow.</source>
        <translation>备份名称包含腾讯云不允许的字符。</translation>
    </message>
    <message>
        <source>Too many databases were named for one backup.</source>
        <translation>一次备份指定的数据库过多。</translation>
    </message>
    <message>
        <source>One of the named databases does not exist on this instance.</source>
        <translation>指定的某个数据库在此实例上不存在。</translation>
    </message>
    <message>
        <source>The instance does not exist in this region (deleted, or another region or account?).</source>
        <translation>该实例在此地域不存在（已删除，或属于其他地域或账号？）。</translation>
    </message>
    <message>
        <source>The backup does not exist any more (expired or deleted).</source>
        <translation>该备份已不存在（已过期或被删除）。</translation>
    </message>
    <message>
        <source>A database is in a state that does not allow a backup now.</source>
        <translation>某个数据库当前的状态不允许备份。</translation>
    </message>
    <message>
        <source>The instance is busy or not running (another backup, a restore or a change may be in progress).</source>
        <translation>实例繁忙或未运行（可能正在进行其他备份、恢复或变更）。</translation>
    </message>
    <message>
        <source>The Redis control database failed; try again later.</source>
        <translation>Redis 管控数据库失败；请稍后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud had an internal error; try again later.</source>
        <translation>腾讯云发生内部错误；请稍后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud had a system error unrelated to the request; try again later.</source>
        <translation>腾讯云发生与请求无关的系统错误；请稍后重试。</translation>
    </message>
    <message>
        <source>No Redis instance has this ID in this region (deleted, or another region or account?).</source>
        <translation>此地域没有该 ID 的 Redis 实例（已删除，或属于其他地域或账号？）。</translation>
    </message>
    <message>
        <source>The key lacks the CAM permission for this action.</source>
        <translation>该密钥缺少执行此操作的 CAM 权限。</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected a parameter of this request.</source>
        <translation>腾讯云拒绝了此请求的某个参数。</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the value of a parameter (time window, page size or offset?).</source>
        <translation>腾讯云拒绝了某个参数的值（时间窗口、分页大小或偏移量？）。</translation>
    </message>
    <message>
        <source>A required parameter was missing from the request.</source>
        <translation>请求缺少必需的参数。</translation>
    </message>
    <message>
        <source>The request carried a parameter this API version does not know.</source>
        <translation>请求包含此 API 版本不认识的参数。</translation>
    </message>
    <message>
        <source>This API action does not exist for this product and version (wrong endpoint?).</source>
        <translation>此产品和版本没有该 API 操作（端点错误？）。</translation>
    </message>
    <message>
        <source>This API version does not exist for this product (wrong endpoint?).</source>
        <translation>此产品没有该 API 版本（端点错误？）。</translation>
    </message>
    <message>
        <source>The endpoint does not serve this product.</source>
        <translation>该端点不提供此产品。</translation>
    </message>
    <message>
        <source>Tencent Cloud has retired this API action.</source>
        <translation>腾讯云已下线此 API 操作。</translation>
    </message>
    <message>
        <source>The instance does not support this operation in its current state or edition.</source>
        <translation>实例在当前状态或版本下不支持此操作。</translation>
    </message>
    <message>
        <source>The endpoint refused the request method or protocol (HTTPS is required).</source>
        <translation>端点拒绝了请求方法或协议（需要 HTTPS）。</translation>
    </message>
    <message>
        <source>The resource does not exist.</source>
        <translation>资源不存在。</translation>
    </message>
    <message>
        <source>The resource is not available right now.</source>
        <translation>资源暂时不可用。</translation>
    </message>
    <message>
        <source>The resource is in use by another operation.</source>
        <translation>资源正被其他操作占用。</translation>
    </message>
    <message>
        <source>A quota or limit of the account was exceeded.</source>
        <translation>超出了账号的配额或限制。</translation>
    </message>
    <message>
        <source>Tencent Cloud could not carry out the operation.</source>
        <translation>腾讯云无法执行此操作。</translation>
    </message>
    <message>
        <source>The request was too large for Tencent Cloud.</source>
        <translation>请求对腾讯云来说过大。</translation>
    </message>
    <message>
        <source>The answer would be too large; narrow the time window.</source>
        <translation>应答会过大；请缩小时间窗口。</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is blocked for the account.</source>
        <translation>此计算机的 IP 地址已被该账号封禁。</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not on the account&apos;s allow list.</source>
        <translation>此计算机的 IP 地址不在该账号的白名单中。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable; try again later.</source>
        <translation>服务暂时不可用；请稍后重试。</translation>
    </message>
</context>
<context>
    <name>bb::TencentJson</name>
    <message>
        <source>The answer&apos;s TotalCount &quot;%1&quot; is not a plausible count.</source>
        <translation>应答中的 TotalCount &quot;%1&quot; 不是合理的数量。</translation>
    </message>
    <message>
        <source>The answer has %1 rows in one page, more than the API ever returns (%2).</source>
        <translation>应答的一页中有 %1 行，超过 API 的最大值（%2）。</translation>
    </message>
    <message>
        <source>The answer has no list &quot;%1&quot; (or it is not a list).</source>
        <translation>应答中没有列表 &quot;%1&quot;（或它不是列表）。</translation>
    </message>
</context>
<context>
    <name>bb::TencentRedisService</name>
    <message>
        <source>Starting the backup</source>
        <translation>正在启动备份</translation>
    </message>
    <message>
        <source>Looking up the new backup</source>
        <translation>正在查找新备份</translation>
    </message>
    <message>
        <source>The backup task %1 failed on the server.</source>
        <translation>备份任务 %1 在服务器上失败。</translation>
    </message>
    <message>
        <source>Waiting for the backup to start</source>
        <translation>等待备份开始</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The backup task succeeded, but the new backup does not appear in the list.</source>
        <translation>备份任务已成功，但新备份未出现在列表中。</translation>
    </message>
    <message>
        <source>Task %1 belongs to instance %2, not to this one.</source>
        <translation>任务 %1 属于实例 %2，而不是此实例。</translation>
    </message>
</context>
<context>
    <name>bb::TencentService</name>
    <message>
        <source>&apos;%1&apos; is not a %2 (a positive integer the create call returned).</source>
        <translation>&apos;%1&apos; 不是 %2（即创建调用返回的正整数）。</translation>
    </message>
    <message>
        <source>Following the backup</source>
        <translation>正在跟踪备份</translation>
    </message>
</context>
<context>
    <name>bb::TencentSqlServerService</name>
    <message>
        <source>The listing gave no download address for backup %1.</source>
        <translation>列表中没有备份 %1 的下载地址。</translation>
    </message>
    <message>
        <source>Backup %1 is no longer listed; it may have expired.</source>
        <translation>备份 %1 已不在列表中；可能已过期。</translation>
    </message>
    <message>
        <source>Starting the backup</source>
        <translation>正在启动备份</translation>
    </message>
    <message>
        <source>Creating the backup</source>
        <translation>正在创建备份</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The backup (flow %1) failed on the server.</source>
        <translation>备份（流程 %1）在服务器上失败。</translation>
    </message>
    <message>
        <source>%1 is not a SQL Server backup id: they are numbers, or %2&lt;GroupId&gt; for a backup kept as one file per database.</source>
        <translation>%1 不是 SQL Server 备份 ID：备份 ID 为数字，对于按数据库各存一个文件的备份则为 %2&lt;GroupId&gt;。</translation>
    </message>
</context>
<context>
    <name>bb::TimelineChart</name>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Select an instance to see its backups over time</source>
        <translation>选择一个实例以查看其备份随时间的变化</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>bb::UrlField</name>
    <message>
        <source>Show the full URL, including its signature</source>
        <translation>显示完整 URL，包括其签名</translation>
    </message>
    <message>
        <source>Copy the full URL</source>
        <translation>复制完整 URL</translation>
    </message>
</context>
<context>
    <name>bb::UrlResolver</name>
    <message>
        <source>The provider returned no download URL for %1</source>
        <translation>提供商未返回 %1 的下载 URL</translation>
    </message>
    <message>
        <source>No account can resolve %1 downloads</source>
        <translation>没有账号能获取 %1 下载的地址</translation>
    </message>
</context>
<context>
    <name>bb::VendorCredentials</name>
    <message>
        <source>No Tencent Cloud credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or write them to the [default] section of ~/.tencentcloud/credentials.</source>
        <translation>没有腾讯云凭证：请设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，或将其写入 ~/.tencentcloud/credentials 的 [default] 节。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not found or is not usable in ~/.aliyun/config.json.</source>
        <translation>在 ~/.aliyun/config.json 中找不到配置 &quot;%1&quot; 或其不可用。</translation>
    </message>
    <message>
        <source>No Alibaba Cloud credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure a profile with the aliyun CLI (~/.aliyun/config.json).</source>
        <translation>没有阿里云凭证：请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或用 aliyun CLI 配置一个配置文件（~/.aliyun/config.json）。</translation>
    </message>
</context>
<context>
    <name>bb::VendorProfile</name>
    <message>
        <source>, temporary token</source>
        <translation>，临时令牌</translation>
    </message>
    <message>
        <source>Environment variables (%1%2)</source>
        <translation>环境变量（%1%2）</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1（%2%3）</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot; (%3%4)</source>
        <translation>%1，配置 &quot;%2&quot;（%3%4）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;backup-browser-cli --help&apos;.</source>
        <translation>请尝试 &apos;backup-browser-cli --help&apos;。</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and show its accounts.</source>
        <translation>启动内置沙盒并显示其账号。</translation>
    </message>
    <message>
        <source>Load, save a PNG of the window, and quit.</source>
        <translation>加载后将窗口保存为 PNG 并退出。</translation>
    </message>
    <message>
        <source>Use this language (e.g. zh_CN) instead of the settings&apos;.</source>
        <translation>使用此语言（例如 zh_CN）代替设置中的语言。</translation>
    </message>
    <message>
        <source>Use this theme (system, light, dark) instead of the settings&apos;.</source>
        <translation>使用此主题（system、light、dark）代替设置中的主题。</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size, e.g. 1280x720.</source>
        <translation>与 --screenshot 一起使用：窗口大小，例如 1280x720。</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1280x720.</source>
        <translation>--size 需要 宽x高 格式，例如 1280x720。</translation>
    </message>
    <message>
        <source>With --screenshot: instance, account, failed, failed-24h, health or local-copies.</source>
        <translation>与 --screenshot 一起使用：instance、account、failed、failed-24h、health 或 local-copies。</translation>
    </message>
</context>
</TS>
