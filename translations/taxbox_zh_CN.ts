<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialogs</name>
    <message>
        <source>Repeat new password: the two passwords differ.</source>
        <translation>重复新密码：两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>New password: at least %1 characters.</source>
        <translation>新密码：至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Taxbox recovery key</source>
        <translation>Taxbox 恢复密钥</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AccountSettings</name>
    <message>
        <source>Your settings cannot be read: %1.</source>
        <translation>无法读取您的设置：%1。</translation>
    </message>
    <message>
        <source>Your settings file is damaged (too large).</source>
        <translation>您的设置文件已损坏（过大）。</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>您的设置</translation>
    </message>
    <message>
        <source>Your settings file is damaged.</source>
        <translation>您的设置文件已损坏。</translation>
    </message>
    <message>
        <source>Your settings file is damaged or belongs to another account.</source>
        <translation>您的设置文件已损坏，或属于另一个账户。</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: the folder cannot be created.</source>
        <translation>无法保存您的设置：无法创建文件夹。</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: %1.</source>
        <translation>无法保存您的设置：%1。</translation>
    </message>
</context>
<context>
    <name>AccountWizardPage</name>
    <message>
        <source>Create your account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账户(&amp;C)</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>重复密码：两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>One account opens every enterprise you keep.</source>
        <translation>一个账户即可打开您管理的所有企业。</translation>
    </message>
    <message>
        <source>The password never leaves this computer and cannot be reset by anyone: the next page gives you a recovery key.</source>
        <translation>密码只保存在本机，任何人都无法替您重置：下一页将给出恢复密钥。</translation>
    </message>
    <message>
        <source>New computer? &amp;Restore a backup instead…</source>
        <translation>换了新电脑？改为从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Bring back a workspace from a Taxbox backup file, with its account and enterprises</source>
        <translation>从 Taxbox 备份文件恢复工作区，包括其账户和企业</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Taxbox backups (*.zip)</source>
        <translation>Taxbox 备份 (*.zip)</translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <source>A stored wrapped key is damaged.</source>
        <translation>保存的加密密钥已损坏。</translation>
    </message>
    <message>
        <source>The data could not be decrypted: wrong key or damaged data.</source>
        <translation>数据无法解密：密钥错误或数据已损坏。</translation>
    </message>
</context>
<context>
    <name>AmountInWords</name>
    <message>
        <source>%1 is too large to write in words; the largest amount is %2.</source>
        <translation>%1 太大，无法写成大写；最大金额为 %2。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>Api</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>请求内容超过 %1 字节。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>请求内容必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>There is no such route.</source>
        <translation>没有这个接口。</translation>
    </message>
    <message>
        <source>Sign in: this route needs an access token.</source>
        <translation>请先登录：此接口需要访问令牌。</translation>
    </message>
    <message>
        <source>Your account has no access to this enterprise.</source>
        <translation>您的账户无权访问此企业。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a login field.</source>
        <translation>“%1”不是登录字段。</translation>
    </message>
    <message>
        <source>The server could not check the account.</source>
        <translation>服务器无法核对账户。</translation>
    </message>
    <message>
        <source>The server could not read the account&apos;s enterprises.</source>
        <translation>服务器无法读取该账户的企业。</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a non-empty list.</source>
        <translation>“items”必须是非空列表。</translation>
    </message>
    <message>
        <source>At most %1 items per batch.</source>
        <translation>每批最多 %1 项。</translation>
    </message>
    <message>
        <source>The server could not store the batch; send it again.</source>
        <translation>服务器无法保存本批数据，请重新发送。</translation>
    </message>
    <message>
        <source>This route does not take %1.</source>
        <translation>此接口不接受 %1 请求。</translation>
    </message>
    <message>
        <source>Your role in this enterprise (%1) may not do this.</source>
        <translation>您在该企业的角色（%1）无权执行此操作。</translation>
    </message>
    <message>
        <source>The server could not start a session.</source>
        <translation>服务器无法建立会话。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refresh field.</source>
        <translation>“%1”不是续期字段。</translation>
    </message>
    <message>
        <source>The server could not renew the session.</source>
        <translation>服务器无法续期会话。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device field.</source>
        <translation>“%1”不是设备字段。</translation>
    </message>
    <message>
        <source>&quot;name&quot; names the device in 1 to 100 characters.</source>
        <translation>“name”须用 1 到 100 个字符为设备命名。</translation>
    </message>
    <message>
        <source>&quot;public_key&quot; must be a base64 Ed25519 public key (32 bytes).</source>
        <translation>“public_key”必须是 base64 编码的 Ed25519 公钥（32 字节）。</translation>
    </message>
    <message>
        <source>The server could not enrol the device.</source>
        <translation>服务器无法登记该设备。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number-range field.</source>
        <translation>“%1”不是号段字段。</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be one of: %1.</source>
        <translation>“kind”必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>&quot;count&quot; must be between 1 and %1.</source>
        <translation>“count”必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The server could not read the devices.</source>
        <translation>服务器无法读取设备列表。</translation>
    </message>
    <message>
        <source>&quot;device_id&quot; is not a device enrolled in this enterprise.</source>
        <translation>“device_id”不是该企业已登记的设备。</translation>
    </message>
    <message>
        <source>The server could not allocate numbers; ask again.</source>
        <translation>服务器无法分配号码，请重新申请。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sync field.</source>
        <translation>“%1”不是同步字段。</translation>
    </message>
    <message>
        <source>items[%1]: &quot;%2&quot; is not an item field.</source>
        <translation>items[%1]：“%2”不是条目字段。</translation>
    </message>
    <message>
        <source>items[%1] needs &quot;uuid&quot;, &quot;type&quot;, a &quot;payload&quot; object, &quot;device_id&quot; and &quot;signature&quot;.</source>
        <translation>items[%1] 需要 “uuid”、“type”、“payload” 对象、“device_id” 和 “signature”。</translation>
    </message>
    <message>
        <source>The device that signed this item is not enrolled in this enterprise (or was revoked).</source>
        <translation>签署此条目的设备未在该企业登记（或已被吊销）。</translation>
    </message>
    <message>
        <source>The device signature does not match the item: it was changed after signing.</source>
        <translation>设备签名与条目不符：条目在签名后被修改。</translation>
    </message>
    <message>
        <source>&quot;cursor&quot; must be a number from a previous answer (or 0).</source>
        <translation>“cursor”必须是上次应答中的数字（或 0）。</translation>
    </message>
    <message>
        <source>&quot;limit&quot; must be between 1 and 1000.</source>
        <translation>“limit”必须在 1 到 1000 之间。</translation>
    </message>
    <message>
        <source>The server could not read the changes.</source>
        <translation>服务器无法读取变更。</translation>
    </message>
    <message>
        <source>The server could not read a rule pack.</source>
        <translation>服务器无法读取规则包。</translation>
    </message>
    <message>
        <source>The server could not read the enterprise.</source>
        <translation>服务器无法读取该企业。</translation>
    </message>
    <message>
        <source>The red-letter confirmation names another enterprise (%1) as this side.</source>
        <translation>红字确认单中本方为另一家企业（%1）。</translation>
    </message>
    <message>
        <source>The buyer (%1) does not use this server, so it cannot confirm the request here.</source>
        <translation>购买方（%1）未使用本服务器，无法在此确认该申请。</translation>
    </message>
    <message>
        <source>The seller (%1) does not use this server.</source>
        <translation>销售方（%1）未使用本服务器。</translation>
    </message>
    <message>
        <source>The invoice cannot be read: %1</source>
        <translation>无法读取发票：%1</translation>
    </message>
    <message>
        <source>Invoice %1 was issued by another device than the one that sent it.</source>
        <translation>发票 %1 不是由发送它的设备开具的。</translation>
    </message>
    <message>
        <source>Invoice %1: the signature does not match its content.</source>
        <translation>发票 %1：签名与内容不符。</translation>
    </message>
    <message>
        <source>Invoice %1 names another seller (%2).</source>
        <translation>发票 %1 的销售方是另一家企业（%2）。</translation>
    </message>
    <message>
        <source>Invoice %1 is outside the number ranges granted to this device.</source>
        <translation>发票 %1 不在分配给本设备的号段内。</translation>
    </message>
    <message>
        <source>Invoice %1 does not add up: %2</source>
        <translation>发票 %1 金额不符：%2</translation>
    </message>
    <message>
        <source>the request body</source>
        <translation>请求内容</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account or from this address; try again in %1 seconds.</source>
        <translation>该账户或该地址的密码错误次数过多，请在 %1 秒后再试。</translation>
    </message>
    <message>
        <source>The server could not check the batch just now; nothing was stored. Send it again later.</source>
        <translation>服务器暂时无法核验本批数据，未保存任何内容，请稍后重新发送。</translation>
    </message>
    <message>
        <source>The server could not check your access.</source>
        <translation>服务器无法核对您的访问权限。</translation>
    </message>
    <message>
        <source>items[%1].base must be a receipt number from an earlier answer (a whole number, 0 or more).</source>
        <translation>items[%1].base 必须是此前应答中的回执编号（不小于 0 的整数）。</translation>
    </message>
    <message>
        <source>Return %1: the signature does not match its content.</source>
        <translation>申报表 %1：签名与内容不符。</translation>
    </message>
    <message>
        <source>Return %1 names another enterprise.</source>
        <translation>申报表 %1 属于另一家企业。</translation>
    </message>
    <message>
        <source>The server cannot check returns (its filing pack is missing).</source>
        <translation>服务器无法校验申报表（缺少申报表规则包）。</translation>
    </message>
    <message>
        <source>Return %1 cannot be computed: %2</source>
        <translation>申报表 %1 无法计算：%2</translation>
    </message>
    <message>
        <source>Return %1: its figures are not what its inputs compute to.</source>
        <translation>申报表 %1：数额与其录入数据的计算结果不符。</translation>
    </message>
    <message>
        <source>Return %1 fails a check of the form.</source>
        <translation>申报表 %1 未通过表内校验。</translation>
    </message>
    <message>
        <source>The server could not read the returns.</source>
        <translation>服务器无法读取申报表。</translation>
    </message>
    <message>
        <source>Refund application %1: the signature does not match its content.</source>
        <translation>退(抵)税申请 %1：签名与内容不符。</translation>
    </message>
    <message>
        <source>Refund application %1 names another enterprise.</source>
        <translation>退(抵)税申请 %1 写的是另一户企业。</translation>
    </message>
    <message>
        <source>A refund application needs its id.</source>
        <translation>退(抵)税申请缺少编号。</translation>
    </message>
    <message>
        <source>The server could not read the refund applications.</source>
        <translation>服务器读取退(抵)税申请失败。</translation>
    </message>
    <message>
        <source>The server could not read the square.</source>
        <translation>服务器读取应用广场失败。</translation>
    </message>
    <message>
        <source>Your account is not a publisher on this square.</source>
        <translation>您的账户不是本应用广场的发布者。</translation>
    </message>
    <message>
        <source>Your account is not a reviewer on this square.</source>
        <translation>您的账户不是本应用广场的审核员。</translation>
    </message>
    <message>
        <source>Only &quot;bytes=N-&quot; ranges are served.</source>
        <translation>只支持“bytes=N-”形式的续传范围。</translation>
    </message>
    <message>
        <source>The archive has only %1 bytes.</source>
        <translation>该安装包只有 %1 字节。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a package upload.</source>
        <translation>“%1”不是上传安装包的字段。</translation>
    </message>
    <message>
        <source>The package (archive, base64) is missing or not base64.</source>
        <translation>缺少安装包（archive，base64），或不是 base64 编码。</translation>
    </message>
    <message>
        <source>The server could not keep the package.</source>
        <translation>服务器未能保存该安装包。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review state (pending, approved, rejected).</source>
        <translation>“%1”不是审核状态（pending、approved、rejected）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a review decision.</source>
        <translation>“%1”不是审核决定的字段。</translation>
    </message>
    <message>
        <source>The decision is &quot;approve&quot; or &quot;reject&quot;.</source>
        <translation>审核决定只能是“approve”（批准）或“reject”（驳回）。</translation>
    </message>
    <message>
        <source>The server could not record the decision.</source>
        <translation>服务器未能记录该审核决定。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 has %n screenshot(s).</source>
        <translation>
            <numerusform>%1 %2 共有 %n 张截图。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup %1 is damaged or was altered: %2</source>
        <translation>备份 %1 已损坏或被篡改：%2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Copying the store</source>
        <translation>复制数据库</translation>
    </message>
    <message>
        <source>it has no manifest</source>
        <translation>缺少清单文件</translation>
    </message>
    <message>
        <source>the manifest is not a Taxbox backup manifest</source>
        <translation>清单不是 Taxbox 备份清单</translation>
    </message>
    <message>
        <source>unexpected file %1</source>
        <translation>存在多余文件 %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 does not match its checksum</source>
        <translation>%1 与校验值不符</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>不是 zip 压缩包</translation>
    </message>
    <message>
        <source>The current workspace %1 is in use and could not be replaced.</source>
        <translation>当前工作区 %1 正在使用，无法替换。</translation>
    </message>
    <message>
        <source>The restored workspace could not be moved into place.</source>
        <translation>恢复的工作区无法移动到目标位置。</translation>
    </message>
</context>
<context>
    <name>Box</name>
    <message>
        <source>The private key is not a valid X25519 key.</source>
        <translation>私钥不是有效的 X25519 密钥。</translation>
    </message>
    <message>
        <source>A stored public key is damaged.</source>
        <translation>保存的公钥已损坏。</translation>
    </message>
</context>
<context>
    <name>CalcCommand</name>
    <message>
        <source>Add &quot;explanation&quot;: the formula with the numbers filled in, step by step.</source>
        <translation>输出 &quot;explanation&quot;：逐步列出代入数字的计算公式。</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>Remove an installed package (by id).</source>
        <translation>删除已安装的插件（按编号）。</translation>
    </message>
    <message>
        <source>Enable an installed package (by id).</source>
        <translation>启用已安装的插件（按编号）。</translation>
    </message>
    <message>
        <source>Disable an installed package (by id).</source>
        <translation>停用已安装的插件（按编号）。</translation>
    </message>
    <message>
        <source>the package id</source>
        <translation>插件编号</translation>
    </message>
    <message>
        <source>The package&apos;s id.</source>
        <translation>插件编号。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>The checks of the current draft or return; exit 1 when one is an error.</source>
        <translation>当前草稿或申报表的校验结果；有错误时退出码为 1。</translation>
    </message>
</context>
<context>
    <name>CitPrepay</name>
    <message>
        <source>Corporate income tax prepayment</source>
        <translation>企业所得税预缴</translation>
    </message>
    <message>
        <source>Quarterly prepayment (A200000), cumulative for the year.</source>
        <translation>按季预缴（A200000），按本年累计计算。</translation>
    </message>
    <message>
        <source>&quot;small_low_profit&quot; and &quot;high_tech&quot; cannot both apply: choose the one the enterprise claims.</source>
        <translation>“small_low_profit”（小型微利）和“high_tech”（高新技术）不能同时享受：请选择企业实际享受的一项。</translation>
    </message>
    <message>
        <source>Actual profit = %1 + %2 − %3 − %4 − %5 − %6 = %7</source>
        <translation>实际利润额 = %1 + %2 − %3 − %4 − %5 − %6 = %7</translation>
    </message>
    <message>
        <source>Tax = %1 × %2 = %3</source>
        <translation>税额 = %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Small low-profit relief = %1 × %2 = %3 (effective rate %4)</source>
        <translation>小型微利企业减免 = %1 × %2 = %3（实际税负 %4）</translation>
    </message>
    <message>
        <source>Actual profit exceeds %1: the small low-profit relief is lost entirely.</source>
        <translation>实际利润额超过 %1：不再享受小型微利企业优惠。</translation>
    </message>
    <message>
        <source>Above %1 of taxable income the enterprise is not small low-profit; no relief.</source>
        <translation>应纳税所得额超过 %1 即不属于小型微利企业，无减免。</translation>
    </message>
    <message>
        <source>High-tech relief = %1 × %2 = %3 (rate 15%)</source>
        <translation>高新技术企业减免 = %1 × %2 = %3（税率 15%）</translation>
    </message>
    <message>
        <source>Payable = %1 − %2 − %3 (prepaid) = %4</source>
        <translation>应补（退）税额 = %1 − %2 − %3（已预缴）= %4</translation>
    </message>
    <message>
        <source>Total profit (year to date)</source>
        <translation>利润总额（本年累计）</translation>
    </message>
    <message>
        <source>Specific-business income</source>
        <translation>特定业务计算的应纳税所得额</translation>
    </message>
    <message>
        <source>Non-taxable income</source>
        <translation>不征税收入</translation>
    </message>
    <message>
        <source>Exempt income</source>
        <translation>免税收入</translation>
    </message>
    <message>
        <source>Accelerated depreciation</source>
        <translation>固定资产加速折旧调减额</translation>
    </message>
    <message>
        <source>Losses carried forward</source>
        <translation>弥补以前年度亏损</translation>
    </message>
    <message>
        <source>Small low-profit enterprise</source>
        <translation>小型微利企业</translation>
    </message>
    <message>
        <source>High-tech enterprise</source>
        <translation>高新技术企业</translation>
    </message>
    <message>
        <source>Already prepaid this year</source>
        <translation>本年已预缴</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>CodesImportCommand</name>
    <message>
        <source>Import the tax bureau&apos;s 商品和服务税收分类编码表 (CSV or XLSX) for every enterprise of the workspace.</source>
        <translation>导入税务机关发布的商品和服务税收分类编码表（CSV 或 XLSX），供工作区内所有企业使用。</translation>
    </message>
    <message>
        <source>The .csv or .xlsx file.</source>
        <translation>.csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>请指定要导入的文件。</translation>
    </message>
</context>
<context>
    <name>CodesSearchCommand</name>
    <message>
        <source>Find tax classification codes by the start of the code, part of the name or keywords, or pinyin initials (jsj finds 计算机).</source>
        <translation>按编码开头、名称或关键字的一部分、拼音首字母（jsj 可找到计算机）查找税收分类编码。</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>要查找的内容。</translation>
    </message>
    <message>
        <source>At most this many (default 20).</source>
        <translation>最多列出这么多条（默认 20）。</translation>
    </message>
    <message>
        <source>Say what to look for.</source>
        <translation>请说明要查找什么。</translation>
    </message>
    <message>
        <source>No tax classification code table was imported yet: taxbox-cli invoice codes import FILE (the tax bureau&apos;s table).</source>
        <translation>尚未导入税收分类编码表：taxbox-cli invoice codes import 文件（税务机关发布的编码表）。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the system&apos;s).</source>
        <translation>消息语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>Indent the JSON output.</source>
        <translation>缩进 JSON 输出。</translation>
    </message>
    <message>
        <source>Read the JSON request from this file instead of standard input.</source>
        <translation>从此文件而不是标准输入读取 JSON 请求。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>缺少必填字段“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an amount such as &quot;1234.50&quot;.</source>
        <translation>“%1”必须是金额，例如“1234.50”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>“%1”必须是字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>Usage: %1 [--lang zh_CN|en] [--pretty] COMMAND [options]</source>
        <translation>用法：%1 [--lang zh_CN|en] [--pretty] 命令 [选项]</translation>
    </message>
    <message>
        <source>Taxbox command line: the same core as the desktop app, with JSON in and out.</source>
        <translation>Taxbox 命令行：与桌面应用使用同一核心，输入和输出均为 JSON。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Print the version and the rule packs in force.</source>
        <translation>显示版本号和生效的规则包。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 input refused, 2 usage error, 3 workspace locked or wrong password, 4 sync conflict. Errors are JSON on standard error.</source>
        <translation>退出码：0 成功，1 输入被拒绝，2 用法错误，3 工作区已锁定或密码错误，4 同步冲突。错误以 JSON 写到标准错误。</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>运行“%1 命令 --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>用法：%1 %2 [选项]</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>No command given. Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation>未指定命令。运行“%1 --help”查看命令列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand. Run &quot;%2 %1 --help&quot; for the list.</source>
        <translation>“%1”需要子命令。运行“%2 %1 --help”查看列表。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation>未知命令“%1”。运行“%2 --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot;.</source>
        <translation>请运行“%1 %2 --help”。</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;: %2. Run &quot;%3 %1 --help&quot;.</source>
        <translation>“%1”的参数过多：%2。请运行“%3 %1 --help”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this request (it takes %2).</source>
        <translation>“%1”不是此请求的字段（可用字段：%2）。</translation>
    </message>
</context>
<context>
    <name>ContentPacks</name>
    <message>
        <source>%1 carries %2 without its signature.</source>
        <translation>%1 带有 %2，但缺少其签名。</translation>
    </message>
    <message>
        <source>Tax code table %1: not used here.</source>
        <translation>税收分类编码表 %1：此处不使用。</translation>
    </message>
    <message>
        <source>Tax code table %1: in use.</source>
        <translation>税收分类编码表 %1：已在使用中。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Tax code table %1 in use: %n code(s) added, removed or changed%2</source>
        <translation>
            <numerusform>税收分类编码表 %1 已启用：新增、删除或修改编码 %n 个%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 carries rules, but you did not grant “%2”.</source>
        <translation>%1 带有税务规则，但您没有授予“%2”。</translation>
    </message>
    <message>
        <source>%1 %2: already in force (or older than the rules in force).</source>
        <translation>%1 %2：已在使用中（或不新于正在使用的规则）。</translation>
    </message>
    <message>
        <source>%1 %2 → %3, rules changed: %4</source>
        <translation>%1 由 %2 更新为 %3，变更的规则：%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Nothing to put in force.</source>
        <translation>没有需要启用的内容。</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Cannot read the input file &quot;%1&quot;: %2.</source>
        <translation>无法读取输入文件“%1”：%2。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1.</source>
        <translation>无法读取标准输入：%1。</translation>
    </message>
    <message>
        <source>No JSON request was given on %1.</source>
        <translation>%1中没有 JSON 请求。</translation>
    </message>
    <message>
        <source>Standard input ended before the %1 line.</source>
        <translation>标准输入在读取 %1 这一行之前已结束。</translation>
    </message>
    <message>
        <source>The JSON request must be an object ({…}).</source>
        <translation>JSON 请求必须是一个对象（{…}）。</translation>
    </message>
</context>
<context>
    <name>CorrectCommand</name>
    <message>
        <source>更正申报: a new draft revision of a filed return, generated afresh with the filed version&apos;s overrides; shows what changed.</source>
        <translation>更正申报：为已申报的申报表新建一版草稿，按原申报版本的手工修改重新生成，并列出变化。</translation>
    </message>
</context>
<context>
    <name>DataCommand</name>
    <message>
        <source>Enter what a return reads besides invoices and payroll: --kind income_statement (the CIT form&apos;s input cells, 本年累计, with H.staff.start … H.assets.end) or stamp_documents (a list of {item, base, number, name, date, …}).</source>
        <translation>录入发票和工资以外申报表所需的数据：--kind income_statement（企业所得税预缴表的录入栏次，本年累计数，含 H.staff.start … H.assets.end）或 stamp_documents（应税凭证列表 {item, base, number, name, date, …}）。</translation>
    </message>
    <message>
        <source>Show the data entered for a period.</source>
        <translation>显示某所属期已录入的数据。</translation>
    </message>
    <message>
        <source>income_statement or stamp_documents.</source>
        <translation>income_statement 或 stamp_documents。</translation>
    </message>
    <message>
        <source>The tax period.</source>
        <translation>税款所属期。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 failed: the store is in use by another program (%2).</source>
        <translation>%1失败：数据库正被其他程序使用（%2）。</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full.</source>
        <translation>%1失败：磁盘已满。</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1失败：%2。</translation>
    </message>
    <message>
        <source>%1 failed: %2 (SQLite code %3).</source>
        <translation>%1失败：%2（SQLite 代码 %3）。</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Opening the store %1</source>
        <translation>打开数据库 %1</translation>
    </message>
    <message>
        <source>A store key must be 256 bits.</source>
        <translation>数据库密钥必须为 256 位。</translation>
    </message>
    <message>
        <source>This build of Taxbox has no SQLCipher encryption; it refuses to open or write an unencrypted store.</source>
        <translation>此版本的 Taxbox 不含 SQLCipher 加密，拒绝打开或写入未加密的数据库。</translation>
    </message>
    <message>
        <source>Setting the store key</source>
        <translation>设置数据库密钥</translation>
    </message>
    <message>
        <source>The store %1 cannot be decrypted with this key.</source>
        <translation>无法用此密钥解密数据库 %1。</translation>
    </message>
    <message>
        <source>Updating the store</source>
        <translation>更新数据库</translation>
    </message>
    <message>
        <source>Preparing a store query</source>
        <translation>准备数据库查询</translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2</source>
        <translation>数据库 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer Taxbox (schema %2; this one knows %3). Update Taxbox to open it.</source>
        <translation>数据库 %1 由更新版本的 Taxbox 写入（结构版本 %2，本版本支持 %3）。请升级 Taxbox 后再打开。</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The date format of the interface (QDate::toString): Chinese &quot;yyyy年M月d日&quot;.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; at most %4 are allowed.</source>
        <translation>%1“%2”的小数点后有 %3 位，最多允许 %4 位。</translation>
    </message>
    <message>
        <source>Cannot divide %1 by zero.</source>
        <translation>不能用零除 %1。</translation>
    </message>
    <message>
        <source>%1 yuan is beyond the largest amount Taxbox can record.</source>
        <translation>%1 元超出了 Taxbox 可记录的最大金额。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a rate: type it as 13%, 13 or 0.13 (from 0 to 100%).</source>
        <translation>%1“%2”不是税率：请输入 13%、13 或 0.13（0 至 100%）。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
</context>
<context>
    <name>DecimalTextParser</name>
    <message>
        <source>%1 is empty; enter a number such as 1234.56.</source>
        <translation>%1为空；请输入数字，例如 1234.56。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid number: %3 (at character %4).</source>
        <translation>%1“%2”不是有效数字：%3（第 %4 个字符）。</translation>
    </message>
    <message>
        <source>thousands separators must group exactly three digits</source>
        <translation>千位分隔符之间必须正好是三位数字</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>出现了不允许的字符“%1”</translation>
    </message>
    <message>
        <source>digits are required before the decimal point</source>
        <translation>小数点前必须有数字</translation>
    </message>
    <message>
        <source>digits are required after the decimal point</source>
        <translation>小数点后必须有数字</translation>
    </message>
</context>
<context>
    <name>DepartureGuide</name>
    <message>
        <source>%1 is not a set of texts by language.</source>
        <translation>%1 不是按语言给出的文字。</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 没有文字。</translation>
    </message>
    <message>
        <source>%1 lacks the text in %2; every reworded step needs Chinese and English.</source>
        <translation>%1 缺少 %2 文字；改写的每个步骤都须有中文和英文。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a traveller language (%3).</source>
        <translation>%1：“%2”不是旅客语言（%3）。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 leaves out %2, which this step must show.</source>
        <translation>%1 缺少 %2，该步骤必须显示它。</translation>
    </message>
    <message>
        <source>%1 has the argument %2, but this text takes none.</source>
        <translation>%1 含有参数 %2，但该文字不接受参数。</translation>
    </message>
    <message>
        <source>%1 has the argument %2, but this step takes %3 to %4.</source>
        <translation>%1 含有参数 %2，但该步骤只接受 %3 至 %4。</translation>
    </message>
    <message>
        <source>The departure-refund guide texts from %1 are not a set of steps.</source>
        <translation>自 %1 起的离境退税指引文字不是按步骤给出的。</translation>
    </message>
    <message>
        <source>The guide&apos;s step &quot;%1&quot; from %2</source>
        <translation>指引自 %2 起的步骤“%1”</translation>
    </message>
    <message>
        <source>%1: the departure-refund guide has no such step (%2).</source>
        <translation>%1：离境退税指引没有这一步骤（%2）。</translation>
    </message>
    <message>
        <source>The departure-refund guide notices from %1 are not a list.</source>
        <translation>自 %1 起的离境退税指引通知不是列表。</translation>
    </message>
    <message>
        <source>The guide&apos;s notice %1 from %2</source>
        <translation>指引自 %2 起的第 %1 条通知</translation>
    </message>
    <message>
        <source>%1 writes %2; write %3.</source>
        <translation>%1 写了 %2；请写 %3。</translation>
    </message>
    <message>
        <source>%1 has the argument %2, but this step takes only %3.</source>
        <translation>%1 含有参数 %2，但该步骤只接受 %3。</translation>
    </message>
</context>
<context>
    <name>DepartureRefund</name>
    <message>
        <source>Purchases</source>
        <translation>购物明细</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购物日期</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>退税商店</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>含税价格</translation>
    </message>
    <message>
        <source>VAT rate of the goods</source>
        <translation>商品增值税税率</translation>
    </message>
    <message>
        <source>Date of your last entry into China</source>
        <translation>最后一次入境日期</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>离境日期</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退)</source>
        <translation>即买即退</translation>
    </message>
    <message>
        <source>Agency fee rate</source>
        <translation>退税代理机构手续费率</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is before &quot;%3&quot; (%4).</source>
        <translation>“%1”（%2）早于“%3”（%4）。</translation>
    </message>
    <message>
        <source>At most %1 purchases can be checked at once.</source>
        <translation>一次最多核对 %1 笔购物。</translation>
    </message>
    <message>
        <source>Purchase %1: </source>
        <translation>第 %1 笔购物：</translation>
    </message>
    <message>
        <source>%1must be an object with date, store, amount and rate.</source>
        <translation>%1应包含日期、商店、金额和税率。</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must name the store in 1 to %3 characters.</source>
        <translation>%1“%2”应为 1 至 %3 个字符的商店名称。</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be more than 0.</source>
        <translation>%1“%2”必须大于 0。</translation>
    </message>
    <message>
        <source>Holders of a PRC passport are not overseas travellers: the refund is for foreign nationals and residents of Hong Kong, Macao and Taiwan.</source>
        <translation>持中华人民共和国护照者不属于境外旅客：离境退税适用于外国人和港澳台同胞。</translation>
    </message>
    <message>
        <source>You entered on %1 and leave on %2, %3 days later: the refund is for travellers who stay no more than %4 days.</source>
        <translation>您于 %1 入境、%2 离境，间隔 %3 天：离境退税仅适用于在境内连续居住不超过 %4 天的旅客。</translation>
    </message>
    <message>
        <source>%1, %2: goods taxed at %3 are not refundable goods (refunds are for goods taxed at %4).</source>
        <translation>%1，%2：适用 %3 税率的商品不属于退税物品（退税物品适用税率为 %4）。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: bought before your last entry (%2); only purchases after it count.</source>
        <translation>%1：购物日期早于最后一次入境日期（%2），只有入境后的购物可以退税。</translation>
    </message>
    <message>
        <source>%1: after your departure date (%2).</source>
        <translation>%1：晚于离境日期（%2）。</translation>
    </message>
    <message>
        <source>%1: bought %2 days before you leave; goods must leave China within %3 days of purchase.</source>
        <translation>%1：购物距离境 %2 天；退税物品须在购买之日起 %3 天内离境。</translation>
    </message>
    <message>
        <source>%1: bought %2 days after your entry; stores may not issue the form after %3 days.</source>
        <translation>%1：购物日期距入境已 %2 天；超过 %3 天的，退税商店不得开具申请单。</translation>
    </message>
    <message>
        <source>%1: %2 yuan bought there that day; the minimum for one store on one day is %3 yuan.</source>
        <translation>%1：当日在该店购物 %2 元；同一日同一退税商店累计须达到 %3 元。</translation>
    </message>
    <message>
        <source>%1: %2 ≥ %3 (minimum for one store on one day)</source>
        <translation>%1：%2 ≥ %3（同日同店起退金额）</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Gross refund = %1</source>
        <translation>应退增值税额 = %1</translation>
    </message>
    <message>
        <source>Agency fee = %1 × %2 = %3</source>
        <translation>退税手续费 = %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Net refund = %1 − %2 = %3</source>
        <translation>实退税额 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>%1 ≤ %2: cash or bank transfer, as you choose</source>
        <translation>%1 ≤ %2：可自选现金或银行转账</translation>
    </message>
    <message>
        <source>%1 &gt; %2: bank transfer only</source>
        <translation>%1 &gt; %2：只能银行转账</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退) was not offered nationwide on %1; claim the refund when you leave.</source>
        <translation>%1 即买即退尚未在全国推行；请在离境时申请退税。</translation>
    </message>
    <message>
        <source>Leave by %1: %2 + %3 days</source>
        <translation>承诺离境日期 %1：%2 + %3 天</translation>
    </message>
    <message>
        <source>You plan to leave on %1, after %2: with 即买即退 the agency then takes the prepaid refund back from your card.</source>
        <translation>您计划于 %1 离境，晚于 %2：即买即退的退税代理机构将从您的信用卡扣回预付金。</translation>
    </message>
    <message>
        <source>At the store: show your passport or travel permit and ask for the VAT invoice and the Departure Tax Refund Application Form (离境退税申请单) for each store and day.</source>
        <translation>在退税商店：出示护照或通行证，每店每日索取增值税发票和《离境退税申请单》。</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): sign the consent form, let the store pre-authorise your own credit card, and receive %1 yuan at once. Leave China by %2 from a designated port, or the agency charges your card within 3 working days.</source>
        <translation>即买即退：签署知情同意书，以本人信用卡办理预授权，当场领取 %1 元。请于 %2 前从指定口岸离境，否则退税代理机构将在 3 个工作日内从信用卡扣款。</translation>
    </message>
    <message>
        <source>Keep the goods unused. Carry them in your hand luggage, or show them to customs before you check them in.</source>
        <translation>退税物品须保持未使用状态；随身携带，或在办理托运前先交海关验核。</translation>
    </message>
    <message>
        <source>At the departure port, before check-in: show the goods, the form, the invoice and your passport at the customs refund desk; customs stamps the form.</source>
        <translation>在离境口岸办理值机前：向海关出示退税物品、申请单、发票和护照，由海关验核签章。</translation>
    </message>
    <message>
        <source>Forms under %1 yuan of sales are only spot-checked (from 2026-07-01).</source>
        <translation>销售额不足 %1 元的申请单由海关抽查（2026-07-01 起）。</translation>
    </message>
    <message>
        <source>After customs: drop the stamped form in the 即买即退 mailbox or hand it in at the refund counter.</source>
        <translation>海关验核后：将签章的申请单投入即买即退专属邮筒或交退税柜台。</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; take the refund in cash (up to %1 yuan) or by bank transfer.</source>
        <translation>在隔离区退税代理机构柜台：出示护照、已签章的申请单和发票；退税额不超过 %1 元的，可选现金或银行转账。</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; above %1 yuan the refund is paid by bank transfer only.</source>
        <translation>在隔离区退税代理机构柜台：出示护照、已签章的申请单和发票；超过 %1 元的，只能银行转账。</translation>
    </message>
    <message>
        <source>There is no refund after you leave: allow time for the queues at customs and at the counter.</source>
        <translation>离境后不能再申请退税：请为海关和柜台排队预留时间。</translation>
    </message>
    <message>
        <source>Your passport or travel permit (the one you entered with)</source>
        <translation>护照或通行证（入境时使用的证件）</translation>
    </message>
    <message>
        <source>The VAT invoices (paper or electronic)</source>
        <translation>增值税发票（纸质或电子）</translation>
    </message>
    <message>
        <source>The Departure Tax Refund Application Forms (离境退税申请单)</source>
        <translation>《离境退税申请单》</translation>
    </message>
    <message>
        <source>The goods, unused</source>
        <translation>未使用的退税物品</translation>
    </message>
    <message>
        <source>A credit card in your own name, and the signed consent form</source>
        <translation>本人名下的信用卡及已签署的知情同意书</translation>
    </message>
</context>
<context>
    <name>DepartureRefundCalculator</name>
    <message>
        <source>Departure VAT refund for overseas travellers</source>
        <translation>境外旅客购物离境退税</translation>
    </message>
    <message>
        <source>离境退税: what an overseas traveller&apos;s purchases refund, by store and day, after the agency fee.</source>
        <translation>离境退税：按商店和日期计算境外旅客购物可退的税额（扣除手续费后）。</translation>
    </message>
</context>
<context>
    <name>DiscardCommand</name>
    <message>
        <source>Delete a draft application that was never filed (audited).</source>
        <translation>删除从未提交的申请草稿（记入审计日志）。</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>What each enterprise must file in a month (default: this one) and by when (the 征期 calendar), and what is filed, open or late (with the late fee so far).</source>
        <translation>各企业在某月（默认本月）须申报哪些税种、截止日期（征期日历），以及已申报、未申报或逾期（含截至目前的滞纳金）。</translation>
    </message>
    <message>
        <source>The month returns are filed in, e.g. 2026-12.</source>
        <translation>申报所在月份，例如 2026-12。</translation>
    </message>
    <message>
        <source>--month takes a month such as 2026-12.</source>
        <translation>--month 须为月份，例如 2026-12。</translation>
    </message>
    <message>
        <source>Only this enterprise (its id or credit code).</source>
        <translation>只看此企业（企业编号或统一社会信用代码）。</translation>
    </message>
</context>
<context>
    <name>Ed25519</name>
    <message>
        <source>The signing key is not a valid Ed25519 private key.</source>
        <translation>签名密钥不是有效的 Ed25519 私钥。</translation>
    </message>
    <message>
        <source>The file is not an Ed25519 private key in PEM form (openssl genpkey -algorithm ed25519).</source>
        <translation>该文件不是 PEM 格式的 Ed25519 私钥（openssl genpkey -algorithm ed25519）。</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Override input cells of the draft ({&quot;cells&quot;: {&quot;A1.r1.c5&quot;: &quot;50000.00&quot;}} on standard input or --in; null restores the generated value) with --reason; audited. Computed cells are refused.</source>
        <translation>用 --reason 说明原因后修改草稿的录入栏次（标准输入或 --in 中的 {&quot;cells&quot;: {&quot;A1.r1.c5&quot;: &quot;50000.00&quot;}}；null 恢复生成值）；记入审计日志。计算栏次不能修改。</translation>
    </message>
    <message>
        <source>Why the value differs from the generated one (kept with the return).</source>
        <translation>与生成值不同的原因（随申报表保存）。</translation>
    </message>
</context>
<context>
    <name>Employee</name>
    <message>
        <source>&quot;%1&quot; must be a number of children from 0 to 20.</source>
        <translation>“%1”必须是 0 到 20 之间的子女人数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;only_child&quot; or a monthly share such as &quot;1000&quot;.</source>
        <translation>“%1”必须是“only_child”（独生子女）或每月分摊额，例如“1000”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2.</source>
        <translation>“%1”必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a declaration.</source>
        <translation>“%1”不是专项附加扣除项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an employee field.</source>
        <translation>“%1”不是员工信息字段。</translation>
    </message>
    <message>
        <source>The employee&apos;s name is required (at most 64 characters).</source>
        <translation>必须填写员工姓名（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Resident identity number: %1</source>
        <translation>居民身份证号码：%1</translation>
    </message>
    <message>
        <source>Hired on: enter a date such as 2025-03-01.</source>
        <translation>任职受雇日期：请输入日期，例如 2025-03-01。</translation>
    </message>
</context>
<context>
    <name>EnterpriseProfile</name>
    <message>
        <source>General taxpayer</source>
        <translation>一般纳税人</translation>
    </message>
    <message>
        <source>Small-scale taxpayer</source>
        <translation>小规模纳税人</translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters; it has %3.</source>
        <translation>%1最多 %2 个字符，现有 %3 个。</translation>
    </message>
    <message>
        <source>The enterprise name is required.</source>
        <translation>必须填写纳税人名称。</translation>
    </message>
    <message>
        <source>The enterprise name</source>
        <translation>纳税人名称</translation>
    </message>
    <message>
        <source>Unified social credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>The region code must be a six-digit administrative division code starting with a province code, e.g. 350100; &quot;%1&quot; is not.</source>
        <translation>行政区划代码须为以省级代码开头的六位数字，例如 350100；“%1”不符合。</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces, +, - and parentheses (at most 30).</source>
        <translation>电话只能包含数字、空格、+、- 和括号（最多 30 个字符）。</translation>
    </message>
    <message>
        <source>The bank name</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>The bank account may contain only digits, spaces and - (at most 40).</source>
        <translation>银行账号只能包含数字、空格和 -（最多 40 个字符）。</translation>
    </message>
    <message>
        <source>The bank name is required when a bank account is given.</source>
        <translation>填写银行账号时必须填写开户银行。</translation>
    </message>
    <message>
        <source>The tax office</source>
        <translation>主管税务机关</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text value.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>The taxpayer kind must be &quot;small&quot; or &quot;general&quot;.</source>
        <translation>纳税人类型必须是“small”（小规模）或“general”（一般纳税人）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enterprise field.</source>
        <translation>“%1”不是企业信息字段。</translation>
    </message>
</context>
<context>
    <name>EnterpriseStore</name>
    <message>
        <source>edit the enterprise profile</source>
        <translation>修改企业信息</translation>
    </message>
    <message>
        <source>The enterprise store has no profile.</source>
        <translation>企业数据库中没有企业信息。</translation>
    </message>
    <message>
        <source>The enterprise is archived; restore it from the archive before editing it.</source>
        <translation>该企业已归档；请先从归档中恢复再修改。</translation>
    </message>
    <message>
        <source>archive the enterprise</source>
        <translation>归档企业</translation>
    </message>
    <message>
        <source>restore the enterprise</source>
        <translation>恢复企业</translation>
    </message>
</context>
<context>
    <name>EnterpriseWizardPage</name>
    <message>
        <source>Your first enterprise</source>
        <translation>您的第一家企业</translation>
    </message>
    <message>
        <source>The profile printed on invoices and returns.</source>
        <translation>打印在发票和申报表上的企业信息。</translation>
    </message>
    <message>
        <source>You can add more enterprises, or this one, later under Enterprises; leave the name empty to skip.</source>
        <translation>之后可以在“企业管理”中添加更多企业（或此企业）；名称留空即可跳过。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a return as PDF (A4 landscape, every table, Chinese), XLSX (a sheet per table; for IIT the 扣缴端 import template, for stamp duty the 税源明细 import), JSON or XML with the cell ids.</source>
        <translation>将申报表写成 PDF（A4 横向，全部表格，中文）、XLSX（每表一页；个税为扣缴端导入模板，印花税为税源明细导入表）、带栏次编号的 JSON 或 XML。</translation>
    </message>
    <message>
        <source>pdf, xlsx, json or xml (required).</source>
        <translation>pdf、xlsx、json 或 xml（必填）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>A filed revision (default: the newest).</source>
        <translation>已申报的版本号（默认：最新）。</translation>
    </message>
    <message>
        <source>--format takes pdf, xlsx, json or xml.</source>
        <translation>--format 须为 pdf、xlsx、json 或 xml。</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>必须提供 --out 文件。</translation>
    </message>
    <message>
        <source>Write the 《退(抵)税申请表》 (for 免抵退: the 汇总表 and 明细表) in Chinese as --format pdf or xlsx to --out.</source>
        <translation>以中文输出《退(抵)税申请表》（免抵退为汇总表和明细表），--format pdf 或 xlsx，写入 --out。</translation>
    </message>
    <message>
        <source>pdf or xlsx (required).</source>
        <translation>pdf 或 xlsx（必填）。</translation>
    </message>
    <message>
        <source>--format takes pdf or xlsx.</source>
        <translation>--format 只能是 pdf 或 xlsx。</translation>
    </message>
</context>
<context>
    <name>ExportEntry</name>
    <message>
        <source>Customs declaration number</source>
        <translation>出口报关单号</translation>
    </message>
    <message>
        <source>Export date</source>
        <translation>出口日期</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>商品代码</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>出口数量</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币别</translation>
    </message>
    <message>
        <source>FOB (invoice currency)</source>
        <translation>外币离岸价</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Export invoice number</source>
        <translation>出口发票号</translation>
    </message>
    <message>
        <source>Link number</source>
        <translation>关联号</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>退税率</translation>
    </message>
    <message>
        <source>Export %1: </source>
        <translation>第 %1 笔出口：</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1必须是文字。</translation>
    </message>
    <message>
        <source>%1 must be the 18-digit declaration number followed by the 3-digit item number (21 digits).</source>
        <translation>%1应为 18 位报关单号加 3 位项号（共 21 位）。</translation>
    </message>
    <message>
        <source>%1 must be the 8- or 10-digit commodity code.</source>
        <translation>%1应为 8 位或 10 位商品代码。</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1必须大于 0。</translation>
    </message>
</context>
<context>
    <name>ExportRefund</name>
    <message>
        <source>Export VAT refund (exempt-offset-refund)</source>
        <translation>出口退税（免抵退）</translation>
    </message>
    <message>
        <source>免抵退: non-creditable tax, payable or credit, refund and exempt-offset amounts.</source>
        <translation>免抵退：不得免征和抵扣税额、应纳税额或留抵、应退税额和免抵税额。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>&quot;refund_rate&quot; cannot exceed &quot;levy_rate&quot;.</source>
        <translation>“refund_rate”（退税率）不能高于“levy_rate”（征税率）。</translation>
    </message>
    <message>
        <source>Non-creditable = %1 × (%2 − %3) − %4 × (%2 − %3) = %5</source>
        <translation>不得免征和抵扣税额 = %1 × (%2 − %3) − %4 × (%2 − %3) = %5</translation>
    </message>
    <message>
        <source>Output tax on domestic sales = %1 × %2 = %3</source>
        <translation>内销销项税额 = %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Payable = %1 − (%2 − %3) − %4 = %5</source>
        <translation>应纳税额 = %1 − (%2 − %3) − %4 = %5</translation>
    </message>
    <message>
        <source>Exempt-offset-refund amount = %1 × %2 − %3 × %2 = %4</source>
        <translation>免抵退税额 = %1 × %2 − %3 × %2 = %4</translation>
    </message>
    <message>
        <source>Credit %1 ≤ %2: refund %1, exempt-offset %3</source>
        <translation>期末留抵 %1 ≤ %2：应退税额 %1，免抵税额 %3</translation>
    </message>
    <message>
        <source>Credit %1 &gt; %2: refund %2, exempt-offset 0, %3 carried forward</source>
        <translation>期末留抵 %1 &gt; %2：应退税额 %2，免抵税额 0，%3 结转下期</translation>
    </message>
    <message>
        <source>FOB in CNY</source>
        <translation>出口离岸价（人民币）</translation>
    </message>
    <message>
        <source>Domestic sales</source>
        <translation>内销销售额</translation>
    </message>
    <message>
        <source>Input tax</source>
        <translation>进项税额</translation>
    </message>
    <message>
        <source>Credit carried from last period</source>
        <translation>上期留抵税额</translation>
    </message>
    <message>
        <source>Levy rate</source>
        <translation>征税率</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>退税率</translation>
    </message>
    <message>
        <source>Duty-free imported materials</source>
        <translation>免税购进原材料</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Exempt income</source>
        <translation>免税收入</translation>
    </message>
    <message>
        <source>Special deductions</source>
        <translation>专项扣除</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>专项附加扣除</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>其他扣除</translation>
    </message>
    <message>
        <source>Tax relief</source>
        <translation>减免税额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Quick deduction</source>
        <translation>速算扣除数</translation>
    </message>
    <message>
        <source>After tax</source>
        <translation>税后</translation>
    </message>
    <message>
        <source>Income amount</source>
        <translation>收入额</translation>
    </message>
    <message>
        <source>Taxable income</source>
        <translation>应纳税所得额</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>已预缴</translation>
    </message>
    <message>
        <source>Balance (negative: refund)</source>
        <translation>应补（负数为应退）</translation>
    </message>
    <message>
        <source>Filing required</source>
        <translation>需要办理</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>免税</translation>
    </message>
    <message>
        <source>Taxable sales</source>
        <translation>应税销售额</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>起征标准</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>应纳税额</translation>
    </message>
    <message>
        <source>Credit carried forward</source>
        <translation>期末留抵</translation>
    </message>
    <message>
        <source>Total payable</source>
        <translation>合计应纳</translation>
    </message>
    <message>
        <source>Actual profit</source>
        <translation>实际利润额</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>多缴</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>减征</translation>
    </message>
    <message>
        <source>Non-creditable tax</source>
        <translation>不得免征和抵扣税额</translation>
    </message>
    <message>
        <source>Output tax</source>
        <translation>销项税额</translation>
    </message>
    <message>
        <source>Exempt-offset-refund amount</source>
        <translation>免抵退税额</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>应退税额</translation>
    </message>
    <message>
        <source>Exempt-offset amount</source>
        <translation>免抵税额</translation>
    </message>
    <message>
        <source>Credit carried forward after refund</source>
        <translation>结转下期留抵</translation>
    </message>
    <message>
        <source>Input composition ratio</source>
        <translation>进项构成比例</translation>
    </message>
    <message>
        <source>Refundable incremental credit</source>
        <translation>允许退还的增量留抵</translation>
    </message>
    <message>
        <source>Refundable stock credit</source>
        <translation>允许退还的存量留抵</translation>
    </message>
    <message>
        <source>Refundable total</source>
        <translation>合计可退</translation>
    </message>
    <message>
        <source>Total withheld</source>
        <translation>合计预扣</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cumulative income</source>
        <translation>累计收入</translation>
    </message>
    <message>
        <source>Cumulative basic deduction</source>
        <translation>累计减除费用</translation>
    </message>
    <message>
        <source>Cumulative taxable</source>
        <translation>累计应纳税所得额</translation>
    </message>
    <message>
        <source>Cumulative tax</source>
        <translation>累计应纳税额</translation>
    </message>
    <message>
        <source>Cumulative withheld</source>
        <translation>累计已预扣</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>计税依据</translation>
    </message>
    <message>
        <source>Withheld this month</source>
        <translation>本期应预扣预缴税额</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>不符合的原因</translation>
    </message>
    <message>
        <source>New credit</source>
        <translation>增量留抵税额</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>可退税额</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>适用规定</translation>
    </message>
</context>
<context>
    <name>FileCommand</name>
    <message>
        <source>File the draft: refused while a check is an error; warnings need --confirm-warnings. The filed return is immutable, signed and queued for the server.</source>
        <translation>申报草稿：存在错误时拒绝；有提示时须加 --confirm-warnings。申报后的申报表不可更改，已签名并排队发送到服务器。</translation>
    </message>
    <message>
        <source>Confirm that the warnings were read and the return is right.</source>
        <translation>确认已阅读提示且申报表无误。</translation>
    </message>
    <message>
        <source>File a draft application: signed with the store&apos;s filing key, audited and queued for the server (taxbox-cli sync delivers it). Refused while a check is an error.</source>
        <translation>提交申请草稿：以本库的申报密钥签名、记入审计日志并排队发往服务器（由 taxbox-cli sync 送达）。有错误级校验时拒绝提交。</translation>
    </message>
</context>
<context>
    <name>FilingComputeCommand</name>
    <message>
        <source>Compute a return from its input cells (no workspace): every cell, the checks that fail, and with --explain each computed cell&apos;s formula with its numbers. Exit 1 when a check is an error.</source>
        <translation>根据录入栏次计算申报表（无需工作区）：全部栏次、未通过的校验，加 --explain 时列出每个计算栏次代入数字的公式。有错误时退出码为 1。</translation>
    </message>
    <message>
        <source>The form: vat-general, vat-small, cit-prepay, stamp-duty or iit-withholding.</source>
        <translation>表单：vat-general、vat-small、cit-prepay、stamp-duty 或 iit-withholding。</translation>
    </message>
    <message>
        <source>Add &quot;explain&quot;: each computed cell&apos;s formula with the numbers filled in.</source>
        <translation>输出 &quot;explain&quot;：每个计算栏次代入数字的公式。</translation>
    </message>
    <message>
        <source>--form ID is required.</source>
        <translation>必须提供 --form 表单。</translation>
    </message>
</context>
<context>
    <name>FilingExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The format must be pdf, xlsx, json or xml.</source>
        <translation>格式须为 pdf、xlsx、json 或 xml。</translation>
    </message>
</context>
<context>
    <name>FilingPack</name>
    <message>
        <source>The built-in filing pack is missing from this build.</source>
        <translation>本程序缺少内置的申报表规则包。</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;; the forms are %2.</source>
        <translation>没有表单“%1”；可用表单为 %2。</translation>
    </message>
    <message>
        <source>Form %1 has no version &quot;%2&quot; in this pack.</source>
        <translation>本规则包中表单 %1 没有版本“%2”。</translation>
    </message>
    <message>
        <source>No version of form %1 is known for the period %2 (filed from %3).</source>
        <translation>尚无适用于所属期 %2（%3 起申报）的表单 %1 版本。</translation>
    </message>
    <message>
        <source>The rule pack %1 is not a filing pack.</source>
        <translation>规则包 %1 不是申报表规则包。</translation>
    </message>
</context>
<context>
    <name>FilingSettings</name>
    <message>
        <source>VAT filing period</source>
        <translation>增值税纳税期限</translation>
    </message>
    <message>
        <source>CIT prepayment period</source>
        <translation>企业所得税预缴期限</translation>
    </message>
    <message>
        <source>Stamp duty period</source>
        <translation>印花税纳税期限</translation>
    </message>
    <message>
        <source>Urban maintenance tax rate</source>
        <translation>城市维护建设税税率</translation>
    </message>
    <message>
        <source>六税两费 relief</source>
        <translation>“六税两费”减征</translation>
    </message>
    <message>
        <source>Filer</source>
        <translation>申报主体</translation>
    </message>
    <message>
        <source>Restricted industry must be true or false.</source>
        <translation>限制或禁止行业须为 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a filing setting.</source>
        <translation>“%1”不是申报设置项。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 须为以下之一：%2。</translation>
    </message>
</context>
<context>
    <name>Filings</name>
    <message>
        <source>enter data for returns</source>
        <translation>录入申报数据</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not data a return reads (%2).</source>
        <translation>“%1”不是申报表读取的数据（%2）。</translation>
    </message>
    <message>
        <source>Stamp-duty documents are a list of documents.</source>
        <translation>印花税应税凭证须为凭证列表。</translation>
    </message>
    <message>
        <source>The data must be an object of cells.</source>
        <translation>数据须为栏次对象。</translation>
    </message>
    <message>
        <source>There is no %1 return for %2 yet; generate it first.</source>
        <translation>尚无 %2 的 %1 申报表，请先生成。</translation>
    </message>
    <message>
        <source>Return %1 %2 has no revision %3.</source>
        <translation>申报表 %1 %2 没有第 %3 版。</translation>
    </message>
    <message>
        <source>Issued %1 %2 invoices at %3 (%4), %5: amount %6, tax %7</source>
        <translation>%5 开具%2发票 %1 张，税率 %3（%4）：金额 %6，税额 %7</translation>
    </message>
    <message>
        <source>special</source>
        <translation>专用</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>services</source>
        <translation>服务、不动产和无形资产</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>货物及劳务</translation>
    </message>
    <message>
        <source>Not placed on the return (rate %1 is not one of the general rates): </source>
        <translation>未填入申报表（税率 %1 不是一般计税税率或征收率）：</translation>
    </message>
    <message>
        <source>Received %1 %2 confirmed for deduction in %3 … %4: amount %5, deductible tax %6</source>
        <translation>%3 至 %4 确认抵扣的%2 %1 份：金额 %5，可抵扣税额 %6</translation>
    </message>
    <message>
        <source>special invoices</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <source>ordinary invoices</source>
        <translation>普通发票</translation>
    </message>
    <message>
        <source>Payroll %1: %2</source>
        <translation>%1 工资表：%2</translation>
    </message>
    <message>
        <source>%1 is a %2: its VAT return is %3.</source>
        <translation>%1 是%2，其增值税申报表为 %3。</translation>
    </message>
    <message>
        <source>Income statement entered for %1</source>
        <translation>%1 录入的利润表</translation>
    </message>
    <message>
        <source>Stamp-duty document %1 entered for %2</source>
        <translation>%2 录入的第 %1 份印花税应税凭证</translation>
    </message>
    <message>
        <source>The return&apos;s sales on special invoices (%1) are less than the special invoices issued in the period (%2).</source>
        <translation>申报表中开具专用发票的销售额（%1）小于本期已开具的专用发票金额（%2）。</translation>
    </message>
    <message>
        <source>The return&apos;s sales on other invoices (%1) are less than the other invoices issued in the period (%2).</source>
        <translation>申报表中开具其他发票的销售额（%1）小于本期已开具的其他发票金额（%2）。</translation>
    </message>
    <message>
        <source>Input tax declared on special invoices (%1) exceeds the special invoices confirmed for deduction in the period (%2).</source>
        <translation>申报抵扣的专用发票进项税额（%1）超过本期已勾选确认抵扣的专用发票税额（%2）。</translation>
    </message>
    <message>
        <source>Row %1: the return withholds %2, the payroll %3.</source>
        <translation>第 %1 行：申报表应扣缴 %2，工资表为 %3。</translation>
    </message>
    <message>
        <source>No filed return for the period before is in Taxbox: balances carried from it (留抵, 期初未缴, 本年累计) are 0 unless typed.</source>
        <translation>Taxbox 中没有上期已申报的申报表：从上期结转的数额（留抵、期初未缴、本年累计）除手工填写外均为 0。</translation>
    </message>
    <message>
        <source>prepare returns</source>
        <translation>编制申报表</translation>
    </message>
    <message>
        <source>The %1 return for %2 is filed (revision %3); to change it, make a correction (更正申报).</source>
        <translation>%2 的 %1 申报表已申报（第 %3 版）；如需修改，请做更正申报。</translation>
    </message>
    <message>
        <source>change returns</source>
        <translation>修改申报表</translation>
    </message>
    <message>
        <source>Say why the generated value is changed (the reason is kept with the return).</source>
        <translation>请说明修改生成值的原因（原因随申报表保存）。</translation>
    </message>
    <message>
        <source>There is no draft %1 return for %2: generate it (or correct the filed one) first.</source>
        <translation>没有 %2 的 %1 申报表草稿：请先生成（或对已申报的做更正）。</translation>
    </message>
    <message>
        <source>file returns</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>There is no draft %1 return for %2 to file.</source>
        <translation>没有可申报的 %2 %1 申报表草稿。</translation>
    </message>
    <message>
        <source>The draft no longer computes to what was reviewed (the rules changed); generate it again and review it.</source>
        <translation>草稿重新计算的结果与审核时不同（规则已变化）；请重新生成并审核。</translation>
    </message>
    <message>
        <source>The return cannot be filed while a check fails: %1</source>
        <translation>校验未通过，不能申报：%1</translation>
    </message>
    <message>
        <source>Confirm the warnings before filing (%1): read them, then file with the confirmation.</source>
        <translation>申报前请确认提示（%1）：阅读后确认再申报。</translation>
    </message>
    <message>
        <source>correct returns</source>
        <translation>更正申报</translation>
    </message>
    <message>
        <source>The %1 return for %2 has a draft already: edit and file it.</source>
        <translation>%2 的 %1 申报表已有草稿：请修改后申报。</translation>
    </message>
    <message>
        <source>The %1 return for %2 is not filed; there is nothing to correct.</source>
        <translation>%2 的 %1 申报表尚未申报，无需更正。</translation>
    </message>
    <message>
        <source>Export register for %1 (FOB in CNY)</source>
        <translation>%1 出口明细（人民币离岸价）</translation>
    </message>
    <message>
        <source>Export register for %1: FOB × (levy rate − refund rate)</source>
        <translation>%1 出口明细：离岸价 ×（征税率 − 退税率）</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>The filing pack&apos;s form is broken: %1</source>
        <translation>申报表规则包中的表单有误：%1</translation>
    </message>
    <message>
        <source>A return of more than %1 rows (documents or people) in one table is more than Taxbox files at once; split it by period.</source>
        <translation>一张表超过 %1 行（凭证或人员），超出 Taxbox 一次申报的容量；请按所属期拆分。</translation>
    </message>
</context>
<context>
    <name>FormEngine</name>
    <message>
        <source>%1 must be a text of at most 200 characters.</source>
        <translation>%1 须为不超过 200 个字符的文字。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be a number such as &quot;1234.50&quot;.</source>
        <translation>%1 须为数字，例如“1234.50”。</translation>
    </message>
    <message>
        <source>%1 is larger than any return holds.</source>
        <translation>%1 超出任何申报表的数额范围。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a return (it takes period, cells, previous, flags).</source>
        <translation>“%1”不是申报表的内容（可用 period、cells、previous、flags）。</translation>
    </message>
    <message>
        <source>Form %1 is filed for a %2, not for &quot;%3&quot;.</source>
        <translation>表单 %1 按 %2 申报，不能用于“%3”。</translation>
    </message>
    <message>
        <source>Form %1 has no tick or rate &quot;%2&quot;; it takes %3.</source>
        <translation>表单 %1 没有选项或税率“%2”；可用 %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>“%1”须为 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2.</source>
        <translation>“%1”须为 %2 之一。</translation>
    </message>
    <message>
        <source>A return of more than %1 cells is more than any form holds.</source>
        <translation>超过 %1 个栏次，超出任何申报表的容量。</translation>
    </message>
    <message>
        <source>Form %1 (%2) has no cell &quot;%3&quot;.</source>
        <translation>表单 %1（%2）没有栏次“%3”。</translation>
    </message>
    <message>
        <source>%1 %2 is computed by the form from other cells; it cannot be typed.</source>
        <translation>%1 %2 由表内其他栏次计算得出，不能手工填写。</translation>
    </message>
    <message>
        <source>The previous return&apos;s %1 is not a value: %2</source>
        <translation>上期申报表的 %1 不是有效数值：%2</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>if() takes a condition and two values.</source>
        <translation>if() 需要一个条件和两个值。</translation>
    </message>
    <message>
        <source>%1() needs an argument.</source>
        <translation>%1() 需要参数。</translation>
    </message>
    <message>
        <source>A formula of %1 characters is longer than any form needs.</source>
        <translation>公式长达 %1 个字符，超出任何表单的需要。</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>意外的“%1”</translation>
    </message>
    <message>
        <source>Formula &quot;%1&quot;, at %2: %3</source>
        <translation>公式“%1”第 %2 个字符处：%3</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <source>the formula ends too early</source>
        <translation>公式不完整</translation>
    </message>
    <message>
        <source>&quot;)&quot; expected</source>
        <translation>缺少“)”</translation>
    </message>
    <message>
        <source>bad number</source>
        <translation>数字有误</translation>
    </message>
    <message>
        <source>&quot;)&quot; or &quot;,&quot; expected</source>
        <translation>缺少“)”或“,”</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Make (or refresh) the draft return from the store: issued and received invoices, payroll, the income statement and stamp-duty documents entered, the previous filed return. Your overrides stay.</source>
        <translation>根据本地数据生成（或刷新）申报表草稿：销项和进项发票、工资表、已录入的利润表和印花税凭证、上期已申报的申报表。您的手工修改保持不变。</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The server %1 must be reached over https://; plain http:// is only for a server on this computer.</source>
        <translation>必须通过 https:// 访问服务器 %1；http:// 只能用于本机上的服务器。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address such as https://taxbox.example.com.</source>
        <translation>“%1”不是服务器地址，例如 https://taxbox.example.com。</translation>
    </message>
    <message>
        <source>The network library could not start.</source>
        <translation>网络库无法启动。</translation>
    </message>
    <message>
        <source>The server %1 could not be reached: %2.</source>
        <translation>无法连接服务器 %1：%2。</translation>
    </message>
    <message>
        <source>A pinned server key only means something over https://; %1 is plain http.</source>
        <translation>固定服务器公钥只对 https:// 有意义；%1 是明文 http。</translation>
    </message>
    <message>
        <source>The server %1 sent an answer larger than %2 MB; it was not read.</source>
        <translation>服务器 %1 发来的应答超过 %2 MB，未予读取。</translation>
    </message>
    <message>
        <source>The server %1 sent more than the %2 bytes expected; the download was stopped.</source>
        <translation>服务器 %1 发送的数据超过预期的 %2 字节，下载已停止。</translation>
    </message>
    <message>
        <source>The download could not be written to disk.</source>
        <translation>下载内容无法写入磁盘。</translation>
    </message>
    <message>
        <source>The download was cancelled; it resumes where it stopped next time.</source>
        <translation>下载已取消；下次将从中断处继续。</translation>
    </message>
</context>
<context>
    <name>IdCheckCommand</name>
    <message>
        <source>Check a unified social credit code, resident identity number or e-invoice number. Without CODE, reads {&quot;code&quot;: &quot;…&quot;, &quot;type&quot;: &quot;uscc&quot;} as JSON.</source>
        <translation>校验统一社会信用代码、居民身份号码或数电票号码。未给出 CODE 时，读取 JSON：{&quot;code&quot;: &quot;…&quot;, &quot;type&quot;: &quot;uscc&quot;}。</translation>
    </message>
    <message>
        <source>Check as this kind instead of recognising it: uscc, resident_id or invoice_number.</source>
        <translation>按指定类型校验而不自动识别：uscc、resident_id 或 invoice_number。</translation>
    </message>
    <message>
        <source>The code to check, e.g. 91350100M000100Y43.</source>
        <translation>要校验的号码，例如 91350100M000100Y43。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use uscc, resident_id or invoice_number.</source>
        <translation>未知类型“%1”；请使用 uscc、resident_id 或 invoice_number。</translation>
    </message>
</context>
<context>
    <name>IdentifierCheck</name>
    <message>
        <source>Registration authority</source>
        <translation>登记管理部门</translation>
    </message>
    <message>
        <source>Organisation category</source>
        <translation>机构类别</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>行政区划码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Province code</source>
        <translation>省级代码</translation>
    </message>
    <message>
        <source>Issuing channel</source>
        <translation>开具渠道</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>顺序号</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Institutional establishment office (机构编制)</source>
        <translation>机构编制</translation>
    </message>
    <message>
        <source>Foreign affairs (外交)</source>
        <translation>外交</translation>
    </message>
    <message>
        <source>Justice administration (司法行政)</source>
        <translation>司法行政</translation>
    </message>
    <message>
        <source>Culture (文化)</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Civil affairs (民政)</source>
        <translation>民政</translation>
    </message>
    <message>
        <source>Tourism (旅游)</source>
        <translation>旅游</translation>
    </message>
    <message>
        <source>Religious affairs (宗教)</source>
        <translation>宗教</translation>
    </message>
    <message>
        <source>Trade unions (工会)</source>
        <translation>工会</translation>
    </message>
    <message>
        <source>Market regulation (工商)</source>
        <translation>工商</translation>
    </message>
    <message>
        <source>Central Military Commission establishment office (中央军委改革和编制办公室)</source>
        <translation>中央军委改革和编制办公室</translation>
    </message>
    <message>
        <source>Agriculture (农业)</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Enterprise (企业)</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual business (个体工商户)</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Farmers&apos; cooperative (农民专业合作社)</source>
        <translation>农民专业合作社</translation>
    </message>
    <message>
        <source>Government organ (机关)</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Public institution (事业单位)</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>Mass organisation (群众团体)</source>
        <translation>群众团体</translation>
    </message>
    <message>
        <source>Social organisation (社会团体)</source>
        <translation>社会团体</translation>
    </message>
    <message>
        <source>Private non-enterprise unit (民办非企业单位)</source>
        <translation>民办非企业单位</translation>
    </message>
    <message>
        <source>Foundation (基金会)</source>
        <translation>基金会</translation>
    </message>
    <message>
        <source>Group-level collective economic organisation (组级集体经济组织)</source>
        <translation>组级集体经济组织</translation>
    </message>
    <message>
        <source>Village-level collective economic organisation (村级集体经济组织)</source>
        <translation>村级集体经济组织</translation>
    </message>
    <message>
        <source>Township-level collective economic organisation (乡镇级集体经济组织)</source>
        <translation>乡镇级集体经济组织</translation>
    </message>
    <message>
        <source>%1 (a 计划单列市)</source>
        <translation>%1（计划单列市）</translation>
    </message>
</context>
<context>
    <name>IitAnnual</name>
    <message>
        <source>IIT annual reconciliation</source>
        <translation>个税年度汇算</translation>
    </message>
    <message>
        <source>The annual reconciliation of comprehensive income: tax due or refund.</source>
        <translation>综合所得年度汇算：应补税额或应退税额。</translation>
    </message>
    <message>
        <source>Income amount = %1 + %2 × %3 + %4 × %5 + %6 × %7 = %8</source>
        <translation>收入额 = %1 + %2 × %3 + %4 × %5 + %6 × %7 = %8</translation>
    </message>
    <message>
        <source>Taxable = %1 − %2 − %3 − %4 − %5 − %6 (donations, at most %7 of %8) = %9</source>
        <translation>应纳税所得额 = %1 − %2 − %3 − %4 − %5 − %6（捐赠，最多为 %8 的 %7）= %9</translation>
    </message>
    <message>
        <source>Tax = %1 × %2 − %3 = %4; balance = %4 − %5 (relief) − %6 (prepaid) = %7</source>
        <translation>应纳税额 = %1 × %2 − %3 = %4；应补（退）= %4 − %5（减免）− %6（已预缴）= %7</translation>
    </message>
    <message>
        <source>No reconciliation is needed: annual income at most %1 or the balance due at most %2.</source>
        <translation>无需办理汇算：年度收入不超过 %1 或应补税额不超过 %2。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>工资薪金</translation>
    </message>
    <message>
        <source>Labour remuneration</source>
        <translation>劳务报酬</translation>
    </message>
    <message>
        <source>Author remuneration</source>
        <translation>稿酬</translation>
    </message>
    <message>
        <source>Royalties</source>
        <translation>特许权使用费</translation>
    </message>
    <message>
        <source>Special deductions (social insurance, housing fund)</source>
        <translation>专项扣除（社保、公积金）</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>专项附加扣除</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>其他扣除</translation>
    </message>
    <message>
        <source>Qualifying donations</source>
        <translation>公益慈善捐赠</translation>
    </message>
    <message>
        <source>Tax relief</source>
        <translation>减免税额</translation>
    </message>
    <message>
        <source>Tax prepaid in the year</source>
        <translation>年度已预缴税额</translation>
    </message>
</context>
<context>
    <name>IitBonus</name>
    <message>
        <source>IIT on a year-end bonus (separate taxation)</source>
        <translation>全年一次性奖金个税（单独计税）</translation>
    </message>
    <message>
        <source>Tax on a one-off year-end bonus taxed on its own, with the dead zones.</source>
        <translation>全年一次性奖金单独计税，并提示“临界点”区间。</translation>
    </message>
    <message>
        <source>Rate from the monthly table for %1 ÷ 12 = %2: %3, quick deduction %4</source>
        <translation>按月度税率表，%1 ÷ 12 = %2：税率 %3，速算扣除数 %4</translation>
    </message>
    <message>
        <source>Tax = %1 × %2 − %3 = %4; after tax %5</source>
        <translation>税额 = %1 × %2 − %3 = %4；税后 %5</translation>
    </message>
    <message>
        <source>Dead zone: a bonus between %1 and %2 leaves less after tax than %1 itself. Paying %1 instead of %3 keeps %4 more.</source>
        <translation>临界点：奖金在 %1 到 %2 之间时，税后反而少于发 %1。发 %1 而不是 %3，税后可多得 %4。</translation>
    </message>
    <message>
        <source>Year-end bonus</source>
        <translation>全年一次性奖金</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>支付日期</translation>
    </message>
</context>
<context>
    <name>IitRemuneration</name>
    <message>
        <source>IIT on labour, author and royalty payments</source>
        <translation>劳务报酬、稿酬、特许权使用费个税</translation>
    </message>
    <message>
        <source>Withholding on one payment of labour remuneration, author remuneration or royalties.</source>
        <translation>按次预扣劳务报酬、稿酬或特许权使用费所得的个税。</translation>
    </message>
    <message>
        <source>Income amount = %1 − %2 = %3 (a payment of at most %4)</source>
        <translation>收入额 = %1 − %2 = %3（每次收入不超过 %4）</translation>
    </message>
    <message>
        <source>Income amount = %1 × (1 − %2) = %3</source>
        <translation>收入额 = %1 × (1 − %2) = %3</translation>
    </message>
    <message>
        <source>Author remuneration counts %1 of it: %2 × %1 = %3</source>
        <translation>稿酬所得按 %1 计算：%2 × %1 = %3</translation>
    </message>
    <message>
        <source>Tax = %1 × %2 − %3 = %4</source>
        <translation>税额 = %1 × %2 − %3 = %4</translation>
    </message>
    <message>
        <source>Kind of payment</source>
        <translation>所得项目</translation>
    </message>
    <message>
        <source>Labour remuneration</source>
        <translation>劳务报酬</translation>
    </message>
    <message>
        <source>Author remuneration</source>
        <translation>稿酬</translation>
    </message>
    <message>
        <source>Royalties</source>
        <translation>特许权使用费</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>每次收入</translation>
    </message>
    <message>
        <source>Resident individual</source>
        <translation>居民个人</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>支付日期</translation>
    </message>
</context>
<context>
    <name>IitWages</name>
    <message>
        <source>IIT on wages (cumulative withholding)</source>
        <translation>工资薪金个税（累计预扣法）</translation>
    </message>
    <message>
        <source>Monthly withholding on wages by the cumulative method, month by month for one employer and year.</source>
        <translation>按累计预扣法逐月计算同一扣缴义务人全年各月的工资薪金预扣税额。</translation>
    </message>
    <message>
        <source>&quot;months&quot; holds %1 months from month %2: a year has only 12.</source>
        <translation>“months”从第 %2 月起有 %1 个月：一年只有 12 个月。</translation>
    </message>
    <message>
        <source>Month %1: cumulative taxable income = %2 − %3 (exempt) − %4 (basic deduction, %5 × %6) − %7 − %8 − %9 = %10</source>
        <translation>第 %1 月：累计预扣预缴应纳税所得额 = %2 − %3（免税收入）− %4（减除费用，%5 × %6）− %7 − %8 − %9 = %10</translation>
    </message>
    <message>
        <source>Month %1: cumulative tax = %2 × %3 − %4 = %5; withheld = %5 − %6 (relief) − %7 (withheld before) = %8</source>
        <translation>第 %1 月：累计应纳税额 = %2 × %3 − %4 = %5；本期预扣 = %5 − %6（减免）− %7（累计已预扣）= %8</translation>
    </message>
    <message>
        <source>Month %1: the result is negative, so nothing is withheld; the difference is settled in the annual reconciliation.</source>
        <translation>第 %1 月：计算结果为负，本期不预扣，差额在年度汇算时处理。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>First month with this employer</source>
        <translation>本单位任职起始月</translation>
    </message>
    <message>
        <source>First job this year (deduction from January)</source>
        <translation>年度首次取得工资（从 1 月起算减除费用）</translation>
    </message>
    <message>
        <source>60,000 rule (withheld by this employer all last year, wages ≤ 60,000)</source>
        <translation>6 万元规则（上年在本单位全年预扣且工资不超过 6 万元）</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>各月</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>“%1”数值过大。</translation>
    </message>
    <message>
        <source>Month %1: </source>
        <translation>%1 月：</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>%1 must be a number such as 1234.50.</source>
        <translation>%1须为数字，例如 1234.50。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>%1 must be a rate such as 13%.</source>
        <translation>%1须为税率，例如 13%。</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1须大于 0。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1须为文本。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1须为 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1须为“是”或“否”。</translation>
    </message>
    <message>
        <source>%1 is required: one of %2.</source>
        <translation>%1为必填项，可选：%2。</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1须为以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 must be a date such as 2025-03-31.</source>
        <translation>%1须为日期，例如 2025-03-31。</translation>
    </message>
    <message>
        <source>%1 must be a non-empty list.</source>
        <translation>%1须为非空列表。</translation>
    </message>
    <message>
        <source>%1 is not an input of this calculator.</source>
        <translation>%1不是此计算器的输入项。</translation>
    </message>
</context>
<context>
    <name>InstallCommand</name>
    <message>
        <source>Permissions to grant, e.g. calc.run,enterprise.read.</source>
        <translation>授予的权限，例如 calc.run,enterprise.read。</translation>
    </message>
    <message>
        <source>The package file (.tbx), or with --server the package&apos;s id in the square.</source>
        <translation>安装包文件（.tbx）；使用 --server 时为应用广场中的应用标识。</translation>
    </message>
    <message>
        <source>Install or update a package after verifying it, from a file or (--server) from the firm&apos;s square: downloaded, resumed where a broken download stopped, checked against the catalogue&apos;s SHA-256; --grant names the permissions you grant (comma-separated, only among those it asks for). The version in use stays until the new one is in place.</source>
        <translation>校验后安装或更新安装包：来自文件，或（--server）来自本所的应用广场——下载中断可续传，并按目录中的 SHA-256 核对；--grant 列出您授予的权限（逗号分隔，只能是它申请的权限）。新版本就位前，正在使用的版本保持不变。</translation>
    </message>
    <message>
        <source>the package file or id</source>
        <translation>安装包文件或应用标识</translation>
    </message>
    <message>
        <source>The square has no installable version of &quot;%1&quot;.</source>
        <translation>应用广场中没有“%1”可安装的版本。</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>The issue time is not a valid date and time.</source>
        <translation>开票时间不是有效的日期时间。</translation>
    </message>
    <message>
        <source>A red-letter invoice&apos;s total must be negative.</source>
        <translation>红字发票的价税合计必须为负数。</translation>
    </message>
    <message>
        <source>The invoice total must be positive.</source>
        <translation>发票价税合计必须大于零。</translation>
    </message>
    <message>
        <source>The invoice number is malformed: %1</source>
        <translation>发票号码格式有误：%1</translation>
    </message>
    <message>
        <source>The invoice number&apos;s year (%1) is not the year it was issued (%2).</source>
        <translation>发票号码中的年份（%1）与开票年份（%2）不一致。</translation>
    </message>
    <message>
        <source>The invoice has no lines.</source>
        <translation>发票没有明细行。</translation>
    </message>
    <message>
        <source>The totals (%1 + %2 = %3) are not the sum of the lines (%4 + %5 = %6).</source>
        <translation>合计（%1 + %2 = %3）不等于各行之和（%4 + %5 = %6）。</translation>
    </message>
    <message>
        <source>The total in words (%1) does not say %2.</source>
        <translation>价税合计大写（%1）与 %2 不符。</translation>
    </message>
</context>
<context>
    <name>InvoiceArithmetic</name>
    <message>
        <source>Line %1: the rate %2 is not one in force on %3 (%4).</source>
        <translation>第 %1 行：税率 %2 不是 %3 有效的税率（%4）。</translation>
    </message>
    <message>
        <source>Line %1: the item needs a name.</source>
        <translation>第 %1 行：项目需要名称。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be positive.</source>
        <translation>第 %1 行：数量必须大于零。</translation>
    </message>
    <message>
        <source>Line %1: the unit price cannot be negative.</source>
        <translation>第 %1 行：单价不能为负数。</translation>
    </message>
    <message>
        <source>Line %1: the amount cannot be zero.</source>
        <translation>第 %1 行：金额不能为零。</translation>
    </message>
    <message>
        <source>Line %1: a discount line is negative.</source>
        <translation>第 %1 行：折扣行的金额应为负数。</translation>
    </message>
    <message>
        <source>Line %1: the amount must be positive (a discount is a discount line).</source>
        <translation>第 %1 行：金额必须为正数（折扣请用折扣行）。</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>发票至少需要一行项目。</translation>
    </message>
    <message>
        <source>Line %1: a discount line must follow the line it discounts.</source>
        <translation>第 %1 行：折扣行必须紧跟在被折扣的项目之后。</translation>
    </message>
    <message>
        <source>Line %1: a discount has the rate of the line it discounts.</source>
        <translation>第 %1 行：折扣行的税率须与被折扣项目相同。</translation>
    </message>
    <message>
        <source>Line %1: the discount (%2) is larger than the line it discounts (%3).</source>
        <translation>第 %1 行：折扣（%2）大于被折扣项目（%3）。</translation>
    </message>
    <message>
        <source>Line %1: the tax %2 differs from %3 × %4 by %5, more than the %6 allowed.</source>
        <translation>第 %1 行：税额 %2 与 %3 × %4 相差 %5，超过允许的误差 %6。</translation>
    </message>
    <message>
        <source>The line taxes differ from amount × rate by %1 in all, more than the %2 allowed for an invoice.</source>
        <translation>各行税额与“金额 × 税率”合计相差 %1，超过整张发票允许的误差 %2。</translation>
    </message>
</context>
<context>
    <name>InvoiceBook</name>
    <message>
        <source>A product needs a name.</source>
        <translation>商品必须有名称。</translation>
    </message>
    <message>
        <source>The number range is missing.</source>
        <translation>号段缺失。</translation>
    </message>
    <message>
        <source>The device this number range was granted to is no longer enrolled here. Sync to receive a new range.</source>
        <translation>此号段所属的设备已不在本机登记。请同步以获取新号段。</translation>
    </message>
    <message>
        <source>This number range does not name this device&apos;s key, so invoices from it could not be verified. Sync to receive a new range.</source>
        <translation>此号段未载明本设备的密钥，用它开具的发票将无法查验。请同步以获取新号段。</translation>
    </message>
    <message>
        <source>Invoice number %1 is already used; the store is inconsistent.</source>
        <translation>发票号码 %1 已被使用，数据存储不一致。</translation>
    </message>
    <message>
        <source>issue invoices</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <source>This enterprise is archived; restore it before issuing invoices.</source>
        <translation>该企业已归档，请先恢复再开具发票。</translation>
    </message>
    <message>
        <source>There is no invoice numbered %1 in this enterprise.</source>
        <translation>本企业没有号码为 %1 的发票。</translation>
    </message>
    <message>
        <source>request a red-letter confirmation</source>
        <translation>申请红字确认单</translation>
    </message>
    <message>
        <source>Say why the invoice is reversed (e.g. 销货退回, 开票有误).</source>
        <translation>请说明红冲原因（如：销货退回、开票有误）。</translation>
    </message>
    <message>
        <source>%1 is itself a red-letter invoice.</source>
        <translation>%1 本身就是红字发票。</translation>
    </message>
    <message>
        <source>Invoice %1 is already reversed in full (or requests for all of it are open).</source>
        <translation>发票 %1 已全额红冲（或已有覆盖全部金额的确认单在办理中）。</translation>
    </message>
    <message>
        <source>The amount to reverse must be more than 0 and at most the %1 that remains of invoice %2.</source>
        <translation>红冲金额必须大于 0，且不超过发票 %2 的剩余可冲金额 %1。</translation>
    </message>
    <message>
        <source>A red-letter request from the server is malformed.</source>
        <translation>服务器发来的红字确认单格式有误。</translation>
    </message>
    <message>
        <source>decide on a red-letter confirmation</source>
        <translation>处理红字确认单</translation>
    </message>
    <message>
        <source>There is no open red-letter request %1 from a seller.</source>
        <translation>没有来自销售方的待处理红字确认单 %1。</translation>
    </message>
    <message>
        <source>issue a red-letter invoice</source>
        <translation>开具红字发票</translation>
    </message>
    <message>
        <source>There is no red-letter confirmation %1.</source>
        <translation>没有红字确认单 %1。</translation>
    </message>
    <message>
        <source>Red-letter confirmation %1 was already used for invoice %2.</source>
        <translation>红字确认单 %1 已用于开具发票 %2。</translation>
    </message>
    <message>
        <source>Red-letter confirmation %1 is %2: the buyer must confirm it first (sync to receive the answer).</source>
        <translation>红字确认单 %1 的状态为 %2：须先经购买方确认（同步以获取答复）。</translation>
    </message>
    <message>
        <source>change customers</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>change products</source>
        <translation>修改商品</translation>
    </message>
    <message>
        <source>Nothing is remembered under the name %1.</source>
        <translation>没有名为 %1 的已保存条目。</translation>
    </message>
    <message>
        <source>Nothing was imported: row %1, %2: %3 (%4 rows with errors in all).</source>
        <translation>未导入任何内容：第 %1 行，%2：%3（共 %4 行有错误）。</translation>
    </message>
    <message>
        <source>The unit price (单价) %1 of %2 is not a price: it must be from 0 to 99,999,999,999.99.</source>
        <translation>%2 的单价 %1 无效：单价须在 0 至 99,999,999,999.99 之间。</translation>
    </message>
    <message>
        <source>The 红字确认单 number has 20 digits, as the 电子税务局 shows it; &quot;%1&quot; does not.</source>
        <translation>红字确认单编号为 20 位数字（以电子税务局显示为准）；“%1”不符合。</translation>
    </message>
</context>
<context>
    <name>InvoiceCommand</name>
    <message>
        <source>The enterprise&apos;s id or credit code.</source>
        <translation>企业编号或统一社会信用代码。</translation>
    </message>
    <message>
        <source>No invoice could be issued; see the errors.</source>
        <translation>没有可开具的发票，请查看错误。</translation>
    </message>
    <message>
        <source>Some invoices have errors, so none was issued. Correct them, or issue the valid ones with --valid-only.</source>
        <translation>部分发票有错误，因此一张也未开具。请改正，或用 --valid-only 只开具无误的发票。</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; no invoice file is.</source>
        <translation>文件大于 %1 MiB，不可能是发票文件。</translation>
    </message>
    <message>
        <source>The file is XML but not a 数电票 (its root element is %1, not EInvoice).</source>
        <translation>该文件是 XML，但不是数电票（根元素为 %1，而非 EInvoice）。</translation>
    </message>
    <message>
        <source>The file nests or repeats elements far beyond any invoice; it is not read.</source>
        <translation>文件的元素嵌套或重复远超任何发票，不予读取。</translation>
    </message>
    <message>
        <source>The invoice has more than %1 lines; it is not read.</source>
        <translation>发票超过 %1 行，不予读取。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1): %2</source>
        <translation>文件不是格式正确的 XML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>The file is not a 数电票 XML file.</source>
        <translation>该文件不是数电票 XML 文件。</translation>
    </message>
    <message>
        <source>The invoice file has no %1.</source>
        <translation>发票文件缺少%1。</translation>
    </message>
    <message>
        <source>发票号码 (invoice number)</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>The invoice&apos;s 开票日期 (date of issue) &quot;%1&quot; is not a date.</source>
        <translation>发票的开票日期“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>销售方名称 (seller&apos;s name)</source>
        <translation>销售方名称</translation>
    </message>
    <message>
        <source>购买方名称 (buyer&apos;s name)</source>
        <translation>购买方名称</translation>
    </message>
    <message>
        <source>The invoice&apos;s %1 &quot;%2&quot; is not an amount.</source>
        <translation>发票的%1“%2”不是金额。</translation>
    </message>
    <message>
        <source>合计金额 (total amount)</source>
        <translation>合计金额</translation>
    </message>
    <message>
        <source>合计税额 (total tax)</source>
        <translation>合计税额</translation>
    </message>
    <message>
        <source>价税合计 (total including tax)</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>项目 (item lines)</source>
        <translation>项目明细</translation>
    </message>
    <message>
        <source>line %1&apos;s %2</source>
        <translation>第 %1 行的%2</translation>
    </message>
    <message>
        <source>金额 (amount)</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>税额 (tax)</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>价税合计 (total)</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>The QR code&apos;s check code %1 does not match its content (CRC-16/UMTS gives %2): the code was changed.</source>
        <translation>二维码的校验码 %1 与内容不符（按 CRC-16/UMTS 应为 %2）：二维码被改动过。</translation>
    </message>
    <message>
        <source>number %1 ≠ %2</source>
        <translation>号码 %1 ≠ %2</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>价税合计 %1 ≠ %2</source>
        <translation>价税合计 %1 ≠ %2</translation>
    </message>
    <message>
        <source>date %1 ≠ %2</source>
        <translation>日期 %1 ≠ %2</translation>
    </message>
    <message>
        <source>The QR code does not match the invoice: %1.</source>
        <translation>二维码与发票不符：%1。</translation>
    </message>
    <message>
        <source>The QR code&apos;s check code is right and its number, kind, total and date match the invoice.</source>
        <translation>二维码校验码正确，号码、票种、价税合计和日期均与发票一致。</translation>
    </message>
    <message>
        <source>The file has what a 数电票 has: number, date, parties, lines and totals.</source>
        <translation>文件具备数电票的要素：号码、日期、购销双方、明细和合计。</translation>
    </message>
    <message>
        <source>The number says %1 but the invoice is dated %2.</source>
        <translation>号码显示年份为 %1，但发票日期为 %2。</translation>
    </message>
    <message>
        <source>The number is well formed and of the year of issue.</source>
        <translation>号码格式正确，且与开票年份一致。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: 金额 %2 + 税额 %3 ≠ %4</source>
        <translation>%1：金额 %2 + 税额 %3 ≠ %4</translation>
    </message>
    <message>
        <source>%1: the quantity or unit price is not a number</source>
        <translation>%1：数量或单价不是数字</translation>
    </message>
    <message>
        <source>%1: 数量 %2 × 单价 %3 ≠ 金额 %4</source>
        <translation>%1：数量 %2 × 单价 %3 ≠ 金额 %4</translation>
    </message>
    <message>
        <source>%1: 税额 %2 is not 金额 %3 × 税率 %4</source>
        <translation>%1：税额 %2 不等于金额 %3 × 税率 %4</translation>
    </message>
    <message>
        <source>the lines&apos; amounts add up to %1, the invoice says %2</source>
        <translation>明细金额合计为 %1，发票写的是 %2</translation>
    </message>
    <message>
        <source>the lines&apos; taxes add up to %1, the invoice says %2</source>
        <translation>明细税额合计为 %1，发票写的是 %2</translation>
    </message>
    <message>
        <source>合计金额 %1 + 合计税额 %2 ≠ 价税合计 %3</source>
        <translation>合计金额 %1 + 合计税额 %2 ≠ 价税合计 %3</translation>
    </message>
    <message>
        <source>Lines and totals add up.</source>
        <translation>明细与合计相符。</translation>
    </message>
    <message>
        <source>价税合计（大写） says 「%1」 but %2 is 「%3」.</source>
        <translation>价税合计（大写）为「%1」，但 %2 应为「%3」。</translation>
    </message>
    <message>
        <source>价税合计（大写） agrees with the figures.</source>
        <translation>价税合计（大写）与小写一致。</translation>
    </message>
    <message>
        <source>A red-letter invoice with a total that is not negative.</source>
        <translation>红字发票的价税合计不是负数。</translation>
    </message>
    <message>
        <source>A red-letter invoice that names no valid blue invoice number (%1).</source>
        <translation>红字发票未注明有效的蓝字发票号码（%1）。</translation>
    </message>
    <message>
        <source>A red-letter invoice reversing %1.</source>
        <translation>红字发票，冲销 %1。</translation>
    </message>
    <message>
        <source>A blue invoice whose total is not positive.</source>
        <translation>蓝字发票的价税合计不是正数。</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s signature (SM2) cannot be checked here: it needs the tax bureau&apos;s certificate, which is not published.</source>
        <translation>税务机关的签名（SM2）无法在此查验：需要税务机关的证书，而该证书未公开。</translation>
    </message>
    <message>
        <source>Whether the invoice exists and is still valid (not reversed or voided) only the national 查验 platform knows: https://inv-veri.chinatax.gov.cn</source>
        <translation>发票是否存在、是否仍然有效（未被红冲或作废），只有全国增值税发票查验平台能确认：https://inv-veri.chinatax.gov.cn</translation>
    </message>
    <message>
        <source>The OFD file is not a readable zip archive.</source>
        <translation>OFD 文件不是可读取的 zip 压缩包。</translation>
    </message>
    <message>
        <source>The OFD file holds more than %1 parts; no invoice does.</source>
        <translation>OFD 文件包含超过 %1 个部件，不可能是发票。</translation>
    </message>
    <message>
        <source>The OFD file&apos;s part %1 cannot be read.</source>
        <translation>无法读取 OFD 文件的部件 %1。</translation>
    </message>
    <message>
        <source>The OFD file inflates far beyond any invoice; it is not read.</source>
        <translation>OFD 文件解压后远超任何发票的大小，不予读取。</translation>
    </message>
    <message>
        <source>The file is not an OFD document (no OFD.xml).</source>
        <translation>该文件不是 OFD 文档（没有 OFD.xml）。</translation>
    </message>
    <message>
        <source>The OFD file&apos;s document (%1) is missing.</source>
        <translation>OFD 文件缺少文档 %1。</translation>
    </message>
    <message>
        <source>The OFD file carries no invoice fields (no CustomTags): it is not an invoice.</source>
        <translation>OFD 文件没有发票字段（无 CustomTags）：不是发票。</translation>
    </message>
    <message>
        <source>The OFD file&apos;s invoice fields cannot be read.</source>
        <translation>无法读取 OFD 文件中的发票字段。</translation>
    </message>
    <message>
        <source>购买方/销售方名称 (parties&apos; names)</source>
        <translation>购买方/销售方名称</translation>
    </message>
    <message>
        <source>The invoice file&apos;s item lines are incomplete.</source>
        <translation>发票文件的项目明细不完整。</translation>
    </message>
    <message>
        <source>The invoice&apos;s line %1 amount &quot;%2&quot; is not an amount.</source>
        <translation>发票第 %1 行的金额“%2”不是金额。</translation>
    </message>
    <message>
        <source>The PDF&apos;s text does not name both parties (an image-only PDF?): only its QR code was read.</source>
        <translation>PDF 的文字中没有同时列出购销双方（可能是纯图片 PDF）：只读取了二维码。</translation>
    </message>
    <message>
        <source>The PDF shows its number, date, parties and totals; its item lines are read from the XML or OFD file only.</source>
        <translation>PDF 中读取到号码、日期、购销双方和合计；项目明细只从 XML 或 OFD 文件读取。</translation>
    </message>
    <message>
        <source>The PDF cannot be read (damaged or protected by a password).</source>
        <translation>无法读取该 PDF（已损坏或有密码保护）。</translation>
    </message>
    <message>
        <source>The PDF shows neither a 数电票 QR code nor an invoice number: it is not an invoice this reader knows.</source>
        <translation>PDF 中既没有数电票二维码也没有发票号码：不是可识别的发票。</translation>
    </message>
    <message>
        <source>The PDF&apos;s date of issue cannot be read.</source>
        <translation>无法读取 PDF 的开票日期。</translation>
    </message>
</context>
<context>
    <name>InvoiceDraft</name>
    <message>
        <source>&quot;%1&quot; is not a field of %2.</source>
        <translation>“%1”不是%2的字段。</translation>
    </message>
    <message>
        <source>%1 must be a number in quotes, e.g. &quot;12.5&quot;.</source>
        <translation>%1 必须是带引号的数字，例如 &quot;12.5&quot;。</translation>
    </message>
    <message>
        <source>%1 is required when there is no quantity and unit price.</source>
        <translation>没有数量和单价时必须提供 %1。</translation>
    </message>
    <message>
        <source>kind must be &quot;special&quot; (专票) or &quot;ordinary&quot; (普票).</source>
        <translation>kind 必须是 &quot;special&quot;（专票）或 &quot;ordinary&quot;（普票）。</translation>
    </message>
    <message>
        <source>an invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>The buyer&apos;s name (购买方名称) is required.</source>
        <translation>必须填写购买方名称。</translation>
    </message>
    <message>
        <source>A special invoice (专票) cannot be issued to an individual.</source>
        <translation>不能向自然人开具增值税专用发票。</translation>
    </message>
    <message>
        <source>Buyer&apos;s credit code: %1</source>
        <translation>购买方统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>The buyer&apos;s unified social credit code (统一社会信用代码) is required for an enterprise buyer.</source>
        <translation>购买方为企业时必须填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>The drawer (开票人) is required.</source>
        <translation>必须填写开票人。</translation>
    </message>
    <message>
        <source>a direction override</source>
        <translation>文字方向控制符</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>不可见字符</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>not a character</source>
        <translation>无效字符</translation>
    </message>
    <message>
        <source>%1 contains the character U+%2 (%3), which would not print as it reads; remove it.</source>
        <translation>%1含有字符 U+%2（%3），打印出来会与所见不符，请删除。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 fit on the invoice.</source>
        <translation>%1有 %2 个字符，发票上最多只能容纳 %3 个。</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>the item name (项目名称)</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>the short name (简称)</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>the specification (规格型号)</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>the unit (单位)</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>the tax classification code (税收分类编码)</source>
        <translation>税收分类编码</translation>
    </message>
    <message>
        <source>The buyer&apos;s name (购买方名称)</source>
        <translation>购买方名称</translation>
    </message>
    <message>
        <source>The buyer&apos;s credit code (统一社会信用代码)</source>
        <translation>购买方统一社会信用代码</translation>
    </message>
    <message>
        <source>The buyer&apos;s address (地址)</source>
        <translation>购买方地址</translation>
    </message>
    <message>
        <source>The buyer&apos;s phone (电话)</source>
        <translation>购买方电话</translation>
    </message>
    <message>
        <source>The buyer&apos;s bank (开户银行)</source>
        <translation>购买方开户银行</translation>
    </message>
    <message>
        <source>The buyer&apos;s account (银行账号)</source>
        <translation>购买方银行账号</translation>
    </message>
    <message>
        <source>The remarks (备注)</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The drawer (开票人)</source>
        <translation>开票人</translation>
    </message>
    <message>
        <source>quantity (数量)</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit price (单价)</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>amount (金额)</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>rate (税率)</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>tax (税额)</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>tax classification code (税收分类编码)</source>
        <translation>税收分类编码</translation>
    </message>
    <message>
        <source>Line %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <source>%1: a tax classification code has 19 digits.</source>
        <translation>%1：税收分类编码为 19 位数字。</translation>
    </message>
    <message>
        <source>%1 is required (e.g. 13%).</source>
        <translation>%1为必填项（例如 13%）。</translation>
    </message>
    <message>
        <source>Line %1: give both the quantity and the unit price, or neither (then the amount).</source>
        <translation>第 %1 行：数量和单价须同时填写，或都不填（此时填写金额）。</translation>
    </message>
</context>
<context>
    <name>InvoiceFile</name>
    <message>
        <source>The file is not well-formed XML (line %1): %2</source>
        <translation>文件不是格式正确的 XML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>The invoice in the file cannot be read: %1</source>
        <translation>无法读取文件中的发票：%1</translation>
    </message>
    <message>
        <source>The device&apos;s signature matches the content.</source>
        <translation>开票设备的签名与内容相符。</translation>
    </message>
    <message>
        <source>The device&apos;s signature does not match the content: the invoice was changed after issuing.</source>
        <translation>开票设备的签名与内容不符：发票在开具后被修改过。</translation>
    </message>
    <message>
        <source>The number range is not signed by the trusted server key.</source>
        <translation>号段不是由受信任的服务器密钥签发的。</translation>
    </message>
    <message>
        <source>The number range&apos;s signature does not match the server key in the file.</source>
        <translation>号段签名与文件中的服务器密钥不符。</translation>
    </message>
    <message>
        <source>The number range was granted to another device or is another range.</source>
        <translation>号段分配给了另一台设备，或不是此号段。</translation>
    </message>
    <message>
        <source>The number range was granted to another seller (%1).</source>
        <translation>号段分配给了另一个销售方（%1）。</translation>
    </message>
    <message>
        <source>The number&apos;s sequence %1 is outside the granted range %2–%3.</source>
        <translation>号码序号 %1 不在分配的号段 %2–%3 内。</translation>
    </message>
    <message>
        <source>The number range was granted by the trusted server to this device and seller.</source>
        <translation>号段由受信任的服务器分配给此设备和销售方。</translation>
    </message>
    <message>
        <source>The number is well formed.</source>
        <translation>号码格式正确。</translation>
    </message>
    <message>
        <source>Lines, totals and the amount in words add up.</source>
        <translation>明细、合计与大写金额一致。</translation>
    </message>
    <message>
        <source>The QR payload matches the content.</source>
        <translation>二维码内容与发票相符。</translation>
    </message>
    <message>
        <source>The QR payload&apos;s check code %1 does not match its content.</source>
        <translation>二维码校验码 %1 与其内容不符。</translation>
    </message>
    <message>
        <source>The QR payload (%1) does not match the invoice (%2).</source>
        <translation>二维码内容（%1）与发票（%2）不符。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The number range was granted to this device and seller by the server whose key, given in the file itself, has SHA-256 %1; that this server is the issuer&apos;s was not confirmed (no trusted server key was given).</source>
        <translation>号段由文件自带公钥（SHA-256 %1）的服务器授予本设备和销售方；未提供可信的服务器公钥，因此未核实该服务器确为开票方的服务器。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; no invoice file is.</source>
        <translation>文件大于 %1 MiB，不可能是发票文件。</translation>
    </message>
    <message>
        <source>The file&apos;s Taxbox seal holds no readable invoice content.</source>
        <translation>文件的 Taxbox 封签中没有可读取的发票内容。</translation>
    </message>
    <message>
        <source>The file carries no Taxbox seal: it was not issued with Taxbox.</source>
        <translation>文件没有 Taxbox 封签：不是用 Taxbox 开具的。</translation>
    </message>
    <message>
        <source>The file is in the canonical form of Taxbox files before 2026-12 (taxbox-1).</source>
        <translation>文件符合 2026-12 之前 Taxbox 文件的规范格式（taxbox-1）。</translation>
    </message>
    <message>
        <source>The file is in the canonical form: every element says what the signed content says.</source>
        <translation>文件符合规范格式：每个元素都与签名内容一致。</translation>
    </message>
    <message>
        <source>The file was changed after export: its line %1 reads 「%2」 where the sealed invoice says 「%3」.</source>
        <translation>文件导出后被改动过：第 %1 行为「%2」，而封签中的发票为「%3」。</translation>
    </message>
</context>
<context>
    <name>InvoiceImport</name>
    <message>
        <source>The file is empty: the first row must name the columns.</source>
        <translation>文件为空：第一行必须是列名。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing (see the template).</source>
        <translation>缺少“%1”列（请参照模板）。</translation>
    </message>
    <message>
        <source>Each row needs the 序号 of its invoice.</source>
        <translation>每一行都必须填写所属发票的序号。</translation>
    </message>
</context>
<context>
    <name>InvoiceLayout</name>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>InvoiceNumber</name>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>A fully digitalised e-invoice number has 20 digits; &quot;%1&quot; has %2.</source>
        <translation>数电票号码应为 20 位数字；“%1”有 %2 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the invoice number is not a digit.</source>
        <translation>发票号码第 %1 位（“%2”）不是数字。</translation>
    </message>
    <message>
        <source>Digits 3–4 of the invoice number (&quot;%1&quot;) are neither a province code nor a 计划单列市 code.</source>
        <translation>发票号码第 3–4 位（“%1”）既不是省级行政区划代码，也不是计划单列市代码。</translation>
    </message>
</context>
<context>
    <name>InvoicePrinting</name>
    <message>
        <source>Invoice %1</source>
        <translation>发票 %1</translation>
    </message>
    <message>
        <source>Print invoice %1</source>
        <translation>打印发票 %1</translation>
    </message>
    <message>
        <source>Offset…</source>
        <translation>偏移…</translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation>打印偏移</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Move the print on %1 by:</source>
        <translation>在 %1 上把打印内容移动：</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>向右：</translation>
    </message>
    <message>
        <source>Down:</source>
        <translation>向下：</translation>
    </message>
</context>
<context>
    <name>Kdf</name>
    <message>
        <source>The stored key-derivation parameters are damaged.</source>
        <translation>保存的密钥派生参数已损坏。</translation>
    </message>
    <message>
        <source>The password could not be processed (not enough memory for the key derivation).</source>
        <translation>无法处理密码（密钥派生所需内存不足）。</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring %1 is damaged (%2). Restore it from a backup.</source>
        <translation>密钥库 %1 已损坏（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>No workspace at %1 (%2).</source>
        <translation>%1 处没有工作区（%2）。</translation>
    </message>
    <message>
        <source>not a Taxbox keyring</source>
        <translation>不是 Taxbox 密钥库</translation>
    </message>
    <message>
        <source>The workspace was written by a newer Taxbox. Update Taxbox to open it.</source>
        <translation>工作区由更新版本的 Taxbox 写入。请升级 Taxbox 后再打开。</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>enterprise %1</source>
        <translation>企业 %1</translation>
    </message>
    <message>
        <source>The keyring %1 could not be written: %2</source>
        <translation>无法写入密钥库 %1：%2</translation>
    </message>
</context>
<context>
    <name>KioskAdmin</name>
    <message>
        <source>%1 cannot be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No administrator password is set on this PC.</source>
        <translation>本机尚未设置管理员密码。</translation>
    </message>
    <message>
        <source>The administrator password file %1 is damaged.</source>
        <translation>管理员密码文件 %1 已损坏。</translation>
    </message>
</context>
<context>
    <name>KioskSession</name>
    <message>
        <source>The kiosk folder %1 could not be created.</source>
        <translation>无法创建自助终端文件夹 %1。</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Every version of every return of the enterprise (--period filters: 2025 or 2025-03).</source>
        <translation>企业所有申报表的所有版本（--period 筛选：2025 或 2025-03）。</translation>
    </message>
    <message>
        <source>Only periods starting with this text.</source>
        <translation>只列出以此开头的所属期。</translation>
    </message>
    <message>
        <source>Every refund application of the enterprise, newest first: kind, period, amount, where it stands and the statutory clock.</source>
        <translation>企业的全部退(抵)税申请，最新的在前：类型、所属期、金额、进度和法定时限。</translation>
    </message>
    <message>
        <source>Only this kind: retained_credit, export_declaration, overpayment, cit_settlement.</source>
        <translation>只列此类型：retained_credit、export_declaration、overpayment、cit_settlement。</translation>
    </message>
    <message>
        <source>The installed packages, each checked again: state ok, disabled, revoked or broken (with the reason), and the permissions granted.</source>
        <translation>已安装的插件，逐个重新校验：状态（正常、已停用、已吊销或已损坏及原因）和已授予的权限。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; money is exact to the fen (at most 2 digits).</source>
        <translation>%1“%2”的小数点后有 %3 位；金额精确到分（最多 2 位小数）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large; the largest amount is %3.</source>
        <translation>%1“%2”过大；最大金额为 %3。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>MoneyUpperCommand</name>
    <message>
        <source>Write an amount in Chinese capital numerals (人民币大写). Without AMOUNT, reads {&quot;amount&quot;: &quot;1409.50&quot;, &quot;invoice&quot;: false} as JSON.</source>
        <translation>将金额写成人民币大写。未给出 AMOUNT 时，读取 JSON：{&quot;amount&quot;: &quot;1409.50&quot;, &quot;invoice&quot;: false}。</translation>
    </message>
    <message>
        <source>Write 圆 instead of 元, as in the 价税合计 field of e-invoices.</source>
        <translation>用“圆”代替“元”，与电子发票“价税合计”栏一致。</translation>
    </message>
    <message>
        <source>Amount in yuan with at most two fraction digits, e.g. 107000.53.</source>
        <translation>以元为单位的金额，最多两位小数，例如 107000.53。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>The plugin&apos;s folder: package.json (the manifest without files and publisher) and files/.</source>
        <translation>插件文件夹：package.json（不含文件清单和发布者的清单）与 files/。</translation>
    </message>
    <message>
        <source>Make a package (.tbx) as a publisher: the manifest from DIR/package.json completed with every file of DIR/files and your public key, checked, and signed with your Ed25519 key (--key, PEM; never on the command line itself). The square adds its countersignature when a reviewer approves it.</source>
        <translation>以发布者身份制作安装包（.tbx）：以 DIR/package.json 为清单，补全 DIR/files 中每个文件和您的公钥，经校验后用您的 Ed25519 私钥签名（--key，PEM 文件；私钥本身绝不出现在命令行上）。审核员批准后，应用广场再加上复签。</translation>
    </message>
    <message>
        <source>Your Ed25519 private key (PEM file).</source>
        <translation>您的 Ed25519 私钥（PEM 文件）。</translation>
    </message>
    <message>
        <source>Your publisher id on the square.</source>
        <translation>您在应用广场的发布者标识。</translation>
    </message>
    <message>
        <source>Your name as people read it.</source>
        <translation>显示给用户的发布者名称。</translation>
    </message>
    <message>
        <source>Where to write the package (default: ID-VERSION.tbx here).</source>
        <translation>安装包的输出位置（默认：当前目录下的 标识-版本.tbx）。</translation>
    </message>
    <message>
        <source>Give DIR, --key, --publisher-id and --publisher-name.</source>
        <translation>请给出 DIR、--key、--publisher-id 和 --publisher-name。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The files are unreadable or larger than a package may be.</source>
        <translation>文件无法读取，或超过安装包允许的大小。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>Read the enterprise&apos;s profile (name, credit code, region, taxpayer kind)</source>
        <translation>读取企业信息（名称、统一社会信用代码、地区、纳税人类型）</translation>
    </message>
    <message>
        <source>Read invoice and ledger totals by period</source>
        <translation>按所属期读取发票和台账合计</translation>
    </message>
    <message>
        <source>Run Taxbox&apos;s tax calculators</source>
        <translation>使用 Taxbox 的税款计算器</translation>
    </message>
    <message>
        <source>Write files you choose</source>
        <translation>写入您选择的文件</translation>
    </message>
    <message>
        <source>Put rule packs and tables in force (content packs)</source>
        <translation>启用规则包和代码表（内容包）</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>%1 cannot be installed: %2</source>
        <translation>%1 不能安装：%2</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation>文件大于 %1 MiB。</translation>
    </message>
    <message>
        <source>it is not a package (a zip archive).</source>
        <translation>不是插件包（zip 压缩包）。</translation>
    </message>
    <message>
        <source>it holds more than %1 files.</source>
        <translation>包含的文件超过 %1 个。</translation>
    </message>
    <message>
        <source>it holds a file outside its folder (&quot;%1&quot;).</source>
        <translation>包含指向其目录之外的文件（“%1”）。</translation>
    </message>
    <message>
        <source>it holds a link (&quot;%1&quot;); packages carry files only.</source>
        <translation>包含链接（“%1”）；插件包只能包含普通文件。</translation>
    </message>
    <message>
        <source>it holds &quot;%1&quot; twice.</source>
        <translation>“%1”出现了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; unpacks to more than %2 MiB.</source>
        <translation>“%1”解压后超过 %2 MiB。</translation>
    </message>
    <message>
        <source>it unpacks to more than %1 MiB.</source>
        <translation>解压后超过 %1 MiB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; unpacks to more than it says.</source>
        <translation>“%1”解压后比声明的大。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged.</source>
        <translation>“%1”已损坏。</translation>
    </message>
    <message>
        <source>the publisher&apos;s signature is missing.</source>
        <translation>缺少发布者签名。</translation>
    </message>
    <message>
        <source>the square&apos;s countersignature is missing: it has not been reviewed.</source>
        <translation>缺少应用广场的复签：尚未通过审核。</translation>
    </message>
    <message>
        <source>the publisher&apos;s signature does not match the manifest.</source>
        <translation>发布者签名与清单不符。</translation>
    </message>
    <message>
        <source>the square&apos;s countersignature does not verify: it was not approved by the square.</source>
        <translation>应用广场复签校验失败：未经应用广场批准。</translation>
    </message>
    <message>
        <source>%1 %2 was revoked by the square: %3</source>
        <translation>%1 %2 已被应用广场吊销：%3</translation>
    </message>
    <message>
        <source>it needs Taxbox %1 or later (this is %2).</source>
        <translation>需要 Taxbox %1 或更高版本（当前为 %2）。</translation>
    </message>
    <message>
        <source>it works with Taxbox up to %1 (this is %2); look for a newer version.</source>
        <translation>只适用于 Taxbox %1 及以下版本（当前为 %2）；请寻找新版本。</translation>
    </message>
    <message>
        <source>it needs plugin API %1; this Taxbox offers %2.</source>
        <translation>需要插件接口 %1；本 Taxbox 提供 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the file the publisher signed.</source>
        <translation>“%1”不是发布者签名的文件。</translation>
    </message>
    <message>
        <source>it holds &quot;%1&quot;, which its manifest does not list.</source>
        <translation>包含清单未列出的“%1”。</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>%1 could not be unpacked: %2</source>
        <translation>%1 解压失败：%2</translation>
    </message>
    <message>
        <source>it cannot be read again.</source>
        <translation>无法再次读取。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points outside the folder.</source>
        <translation>“%1”指向目录之外。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since it was verified.</source>
        <translation>“%1”在校验后被改动。</translation>
    </message>
    <message>
        <source>%1 cannot be read again.</source>
        <translation>无法再次读取 %1。</translation>
    </message>
    <message>
        <source>The countersigned package cannot be written.</source>
        <translation>无法写入复签后的插件包。</translation>
    </message>
    <message>
        <source>The package cannot be written.</source>
        <translation>无法写出安装包。</translation>
    </message>
    <message>
        <source>%1 carries no file &quot;%2&quot;.</source>
        <translation>%1 中没有文件“%2”。</translation>
    </message>
    <message>
        <source>%1 is not a package (a zip archive).</source>
        <translation>%1 不是应用包（zip 压缩文件）。</translation>
    </message>
    <message>
        <source>%1 lacks &quot;%2&quot;.</source>
        <translation>%1 缺少“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 KiB.</source>
        <translation>“%1”大于 %2 KiB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match its signed hash.</source>
        <translation>“%1”与其签名中的哈希值不符。</translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>manifest.json is not an object.</source>
        <translation>manifest.json 不是对象。</translation>
    </message>
    <message>
        <source>manifest.json has an unknown key &quot;%1&quot;.</source>
        <translation>manifest.json 含有未知字段“%1”。</translation>
    </message>
    <message>
        <source>The package format %1 is not one this Taxbox reads.</source>
        <translation>本 Taxbox 不能读取格式为 %1 的插件包。</translation>
    </message>
    <message>
        <source>The package id &quot;%1&quot; is not a reverse domain name (cn.example.tool).</source>
        <translation>插件编号“%1”不是反向域名（如 cn.example.tool）。</translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; is not MAJOR.MINOR.PATCH.</source>
        <translation>版本号“%1”不是“主.次.修订”格式。</translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; is not native, web or content.</source>
        <translation>类型“%1”不是 native、web 或 content。</translation>
    </message>
    <message>
        <source>The package needs a name in Chinese (zh_CN) and English (en).</source>
        <translation>插件需要中文（zh_CN）和英文（en）名称。</translation>
    </message>
    <message>
        <source>compat.min_app (and max_app, if given) must be versions.</source>
        <translation>compat.min_app（以及 max_app，如有）必须是版本号。</translation>
    </message>
    <message>
        <source>api_version must be 1 or more.</source>
        <translation>api_version 必须不小于 1。</translation>
    </message>
    <message>
        <source>The publisher needs an id, a name and an Ed25519 key.</source>
        <translation>发布者需要编号、名称和 Ed25519 公钥。</translation>
    </message>
    <message>
        <source>The package asks for &quot;%1&quot;, which Taxbox does not grant.</source>
        <translation>插件申请了 Taxbox 不授予的权限“%1”。</translation>
    </message>
    <message>
        <source>The package lists no files.</source>
        <translation>插件未列出任何文件。</translation>
    </message>
    <message>
        <source>The package lists a file outside its folder: &quot;%1&quot;.</source>
        <translation>插件列出了目录之外的文件：“%1”。</translation>
    </message>
    <message>
        <source>The SHA-256 of &quot;%1&quot; is not 64 hex digits.</source>
        <translation>“%1”的 SHA-256 不是 64 位十六进制数。</translation>
    </message>
    <message>
        <source>The screenshot &quot;%1&quot; is not among the files.</source>
        <translation>截图“%1”不在文件列表中。</translation>
    </message>
    <message>
        <source>A web plugin names its page (entry) among its files.</source>
        <translation>网页插件须在其文件中指明入口页面（entry）。</translation>
    </message>
    <message>
        <source>The library for %1 is not among the files.</source>
        <translation>%1 平台的库文件不在安装包文件中。</translation>
    </message>
    <message>
        <source>A native plugin names its library for each platform (native).</source>
        <translation>原生插件须为每个平台指明其库文件（native）。</translation>
    </message>
    <message>
        <source>A package shows at most %1 screenshots.</source>
        <translation>一个应用包最多展示 %1 张截图。</translation>
    </message>
    <message>
        <source>The screenshot &quot;%1&quot; is not a PNG or JPEG file.</source>
        <translation>截图“%1”不是 PNG 或 JPEG 文件。</translation>
    </message>
</context>
<context>
    <name>Payroll</name>
    <message>
        <source>&quot;%1&quot; must be a month such as &quot;2025-03&quot;.</source>
        <translation>“%1”必须是月份，例如“2025-03”。</translation>
    </message>
    <message>
        <source>add an employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>An employee with the resident identity number %1 already exists: %2.</source>
        <translation>身份证号码为 %1 的员工已存在：%2。</translation>
    </message>
    <message>
        <source>The payroll of %1 is closed. Reopen it explicitly (the reopening is audited) to change it.</source>
        <translation>%1 的工资已结账。如需修改，请明确执行“重新打开”（会记入审计日志）。</translation>
    </message>
    <message>
        <source>import payroll</source>
        <translation>导入工资</translation>
    </message>
    <message>
        <source>No employee has the resident identity number %1.</source>
        <translation>没有身份证号码为 %1 的员工。</translation>
    </message>
    <message>
        <source>compute payroll</source>
        <translation>计算工资个税</translation>
    </message>
    <message>
        <source>%1 was hired on %2, after %3.</source>
        <translation>%1 于 %2 入职，晚于 %3。</translation>
    </message>
    <message>
        <source>close a payroll month</source>
        <translation>工资月份结账</translation>
    </message>
    <message>
        <source>Compute the payroll of %1 before closing it.</source>
        <translation>请先计算 %1 的工资个税再结账。</translation>
    </message>
    <message>
        <source>reopen a payroll month</source>
        <translation>重新打开工资月份</translation>
    </message>
    <message>
        <source>Say why the month is reopened; the reason is kept in the audit log.</source>
        <translation>请说明重新打开的原因；原因会记入审计日志。</translation>
    </message>
    <message>
        <source>The payroll of %1 is not closed.</source>
        <translation>%1 的工资尚未结账。</translation>
    </message>
    <message>
        <source>%1 is closed and builds on %2: reopen %1 first.</source>
        <translation>%1 已结账且以 %2 为基础：请先重新打开 %1。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>身份证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证件号码</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Exempt income</source>
        <translation>免税收入</translation>
    </message>
    <message>
        <source>Special deductions</source>
        <translation>专项扣除</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>专项附加扣除</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>其他扣除</translation>
    </message>
    <message>
        <source>Cumulative income</source>
        <translation>累计收入</translation>
    </message>
    <message>
        <source>Cumulative exempt income</source>
        <translation>累计免税收入</translation>
    </message>
    <message>
        <source>Cumulative basic deduction</source>
        <translation>累计减除费用</translation>
    </message>
    <message>
        <source>Cumulative special deductions</source>
        <translation>累计专项扣除</translation>
    </message>
    <message>
        <source>Cumulative special additional deductions</source>
        <translation>累计专项附加扣除</translation>
    </message>
    <message>
        <source>Cumulative other deductions</source>
        <translation>累计其他扣除</translation>
    </message>
    <message>
        <source>Cumulative taxable income</source>
        <translation>累计应纳税所得额</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Quick deduction</source>
        <translation>速算扣除数</translation>
    </message>
    <message>
        <source>Cumulative tax</source>
        <translation>累计应纳税额</translation>
    </message>
    <message>
        <source>Cumulative tax relief</source>
        <translation>累计减免税额</translation>
    </message>
    <message>
        <source>Withheld before</source>
        <translation>累计已预扣预缴税额</translation>
    </message>
    <message>
        <source>Withheld this month</source>
        <translation>本期应预扣预缴税额</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>身份证件号码</translation>
    </message>
    <message>
        <source>Tax relief</source>
        <translation>减免税额</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <source>The income is empty.</source>
        <translation>收入为空。</translation>
    </message>
    <message>
        <source>Amounts must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The same person is already on row %1.</source>
        <translation>同一人已在第 %1 行。</translation>
    </message>
    <message>
        <source>Taxbox holds no payroll for %1 to %2, the months before %3, so %4&apos;s cumulative figures would start from nothing and too little would be withheld. Import each employee&apos;s cumulative figures up to %2 (期初累计, as the 扣缴端 shows them), or the payroll of those months first.</source>
        <translation>Taxbox 中没有 %3 之前 %1 至 %2 的工资数据，%4 的累计数将从零开始计算，会少扣税款。请导入每位员工截至 %2 的期初累计（即扣缴端显示的上期累计），或先导入这些月份的工资。</translation>
    </message>
    <message>
        <source>import opening cumulative figures</source>
        <translation>导入期初累计</translation>
    </message>
    <message>
        <source>Openings at %1 would start the next year; the cumulative figures start again each January.</source>
        <translation>截至 %1 的期初数将用于下一年度；累计数每年一月重新开始。</translation>
    </message>
    <message>
        <source>Taxbox already holds payroll for %1: openings are the figures up to the month before the first month Taxbox computes. Choose an earlier period, or remove that payroll.</source>
        <translation>Taxbox 中已有 %1 的工资：期初累计是截至 Taxbox 首个计算月份前一个月的数。请选择更早的所属期，或删除该月工资。</translation>
    </message>
    <message>
        <source>%1 (%2) is not an employee of this enterprise; add them first.</source>
        <translation>%1（%2）不是本企业员工，请先添加。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing; the file needs the columns %2.</source>
        <translation>缺少“%1”列；文件需要以下列：%2。</translation>
    </message>
    <message>
        <source>The cumulative income is empty.</source>
        <translation>累计收入为空。</translation>
    </message>
    <message>
        <source>change an employee</source>
        <translation>修改员工</translation>
    </message>
    <message>
        <source>This employee no longer exists.</source>
        <translation>该员工已不存在。</translation>
    </message>
    <message>
        <source>%1 is on the closed payroll of %2: who they are stays as filed. Only the special additional deductions can change; to correct a filed month, reopen it first.</source>
        <translation>%1 已在 %2 已结账的工资表中：其身份信息须与已申报的一致，只能修改专项附加扣除；如需更正已申报月份，请先重新打开该月。</translation>
    </message>
    <message>
        <source>remove an employee</source>
        <translation>删除员工</translation>
    </message>
    <message>
        <source>%1 is on the closed payroll of %2 and cannot be removed: the filed returns name them. Someone who has left simply gets no more wages.</source>
        <translation>%1 已在 %2 已结账的工资表中，不能删除：已申报的报表中有此人。离职人员不再录入工资即可。</translation>
    </message>
    <message>
        <source>No column holds %1 (the file&apos;s columns: %2). Say which column it is.</source>
        <translation>没有哪一列是%1（文件中的列：%2）。请指定对应的列。</translation>
    </message>
</context>
<context>
    <name>PayrollCommand</name>
    <message>
        <source>The enterprise&apos;s id or credit code.</source>
        <translation>企业编号或统一社会信用代码。</translation>
    </message>
    <message>
        <source>The payroll month, e.g. 2025-03.</source>
        <translation>工资所属月份，例如 2025-03。</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Tax period &quot;%1&quot; is not a month (2025-01), a quarter (2025Q1), a year (2025) or a day (2025-05-14).</source>
        <translation>税款所属期“%1”不是月份（2025-01）、季度（2025Q1）、年度（2025）或日期（2025-05-14）。</translation>
    </message>
</context>
<context>
    <name>PluginCommand</name>
    <message>
        <source>Give %1.</source>
        <translation>请给出%1。</translation>
    </message>
</context>
<context>
    <name>PluginRuntime</name>
    <message>
        <source>Not on this kiosk&apos;s allow-list.</source>
        <translation>不在本自助终端的允许清单中。</translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>已停用。</translation>
    </message>
</context>
<context>
    <name>PluginStore</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 写入失败：%2</translation>
    </message>
    <message>
        <source>%1 does not ask for &quot;%2&quot;; only what it asks for can be granted.</source>
        <translation>%1 没有申请“%2”；只能授予其申请的权限。</translation>
    </message>
    <message>
        <source>%1 %2 is installed already.</source>
        <translation>%1 %2 已安装。</translation>
    </message>
    <message>
        <source>%1 %2 is installed; %3 is older.</source>
        <translation>已安装 %1 %2；%3 是较旧的版本。</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>%1 could not be moved into place.</source>
        <translation>%1 无法移动到位。</translation>
    </message>
    <message>
        <source>No version is in use.</source>
        <translation>没有正在使用的版本。</translation>
    </message>
    <message>
        <source>Its manifest changed after it was installed.</source>
        <translation>安装后清单被改动。</translation>
    </message>
    <message>
        <source>The square&apos;s countersignature does not verify.</source>
        <translation>应用广场复签校验失败。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed after it was installed.</source>
        <translation>“%1”在安装后被改动。</translation>
    </message>
    <message>
        <source>Revoked by the square: %1</source>
        <translation>已被应用广场吊销：%1</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 未安装。</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 删除失败。</translation>
    </message>
    <message>
        <source>The square sent a revocation list from %1, older than the one kept (%2); it was not used.</source>
        <translation>应用广场发来的吊销清单（%1）早于本机保存的清单（%2），未予采用。</translation>
    </message>
    <message>
        <source>The plugins folder %1 could not be created.</source>
        <translation>无法创建插件文件夹 %1。</translation>
    </message>
    <message>
        <source>The server %1 gave no valid square key.</source>
        <translation>服务器 %1 未提供有效的应用广场密钥。</translation>
    </message>
    <message>
        <source>The server %1 now countersigns with another key than the one pinned at its first sign-in. Nothing from it is trusted until an administrator removes the old pin from %2.</source>
        <translation>服务器 %1 现在使用的复签密钥与首次登录时固定的密钥不同。在管理员从 %2 中删除旧的固定密钥之前，不信任来自它的任何内容。</translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>数据库繁忙：%1</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>数据库出错：%1</translation>
    </message>
</context>
<context>
    <name>PrepareCommand</name>
    <message>
        <source>Prepare (or refresh) the draft application of --kind for --period from the store and the JSON on standard input or --in (retained_credit: route, credit_level, declarations; overpayment: payments, reason; cit_settlement: annual_tax, disposition; export_declaration: nothing). Exit 1 when a check is an error.</source>
        <translation>依据本库数据和标准输入或 --in 的 JSON 生成（或刷新）--kind 在 --period 的申请草稿（retained_credit：route、credit_level、declarations；overpayment：payments、reason；cit_settlement：annual_tax、disposition；export_declaration：无）。有错误级校验时退出码为 1。</translation>
    </message>
    <message>
        <source>retained_credit, export_declaration, overpayment or cit_settlement.</source>
        <translation>retained_credit、export_declaration、overpayment 或 cit_settlement。</translation>
    </message>
    <message>
        <source>The month of the application (YYYY-MM); the tax year (YYYY) of a CIT settlement.</source>
        <translation>申请所属月份（YYYY-MM）；企业所得税汇算为纳税年度（YYYY）。</translation>
    </message>
</context>
<context>
    <name>PrintTemplates</name>
    <message>
        <source>The print template %1 needs &quot;%2&quot;: a text of 1 to %3 characters.</source>
        <translation>打印模板 %1 需要“%2”：1 至 %3 个字符的文字。</translation>
    </message>
    <message>
        <source>The print template %1: the date format must show yyyy, MM and dd.</source>
        <translation>打印模板 %1：日期格式必须包含 yyyy、MM 和 dd。</translation>
    </message>
    <message>
        <source>The print template %1: the ink is a colour as #rrggbb.</source>
        <translation>打印模板 %1：印色须为 #rrggbb 形式的颜色。</translation>
    </message>
    <message>
        <source>The print template %1: a column shows one of %2, each once.</source>
        <translation>打印模板 %1：每一栏显示 %2 之一，且各只出现一次。</translation>
    </message>
    <message>
        <source>The print template %1: a column is 60 to %2 tenths of a millimetre wide.</source>
        <translation>打印模板 %1：每一栏宽 60 至 %2（单位：0.1 毫米）。</translation>
    </message>
    <message>
        <source>The print template %1 lacks the column &quot;%2&quot;.</source>
        <translation>打印模板 %1 缺少“%2”栏。</translation>
    </message>
    <message>
        <source>The print template %1: the columns are %2 wide together, not the form&apos;s %3 tenths of a millimetre.</source>
        <translation>打印模板 %1：各栏合计宽 %2，而不是票面的 %3（单位：0.1 毫米）。</translation>
    </message>
    <message>
        <source>The print pack lacks the template &quot;%1&quot;.</source>
        <translation>打印模板包缺少模板“%1”。</translation>
    </message>
    <message>
        <source>The print pack has a rule &quot;%1&quot; no printout uses.</source>
        <translation>打印模板包中的规则“%1”没有任何打印件使用。</translation>
    </message>
    <message>
        <source>The print template %1: the page label needs the page as %2 and the number of pages as %3.</source>
        <translation>打印模板 %1：页码标签须以 %2 表示页码、以 %3 表示总页数。</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>The package (.tbx) you made.</source>
        <translation>您制作的安装包（.tbx）。</translation>
    </message>
    <message>
        <source>Upload a package to the firm&apos;s square (--server) as a publisher account; it waits for a reviewer.</source>
        <translation>以发布者账户将安装包上传到本所应用广场（--server），等待审核员审核。</translation>
    </message>
    <message>
        <source>Give the package file.</source>
        <translation>请给出安装包文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read (at most 32 MB).</source>
        <translation>无法读取 %1（最大 32 MB）。</translation>
    </message>
</context>
<context>
    <name>QrCommand</name>
    <message>
        <source>Read a 数电票 QR payload (what a barcode gun types): kind, number, total, date and whether its check code is right. Exits 1 when it is not.</source>
        <translation>读取数电票二维码内容（扫码枪输入的文本）：票种、号码、价税合计、日期及校验码是否正确。校验码不对时退出码为 1。</translation>
    </message>
    <message>
        <source>01,31,,&lt;number&gt;,&lt;total&gt;,&lt;YYYYMMDD&gt;,,&lt;check&gt;</source>
        <translation>01,31,,&lt;号码&gt;,&lt;价税合计&gt;,&lt;YYYYMMDD&gt;,,&lt;校验码&gt;</translation>
    </message>
    <message>
        <source>Give the QR payload.</source>
        <translation>请给出二维码内容。</translation>
    </message>
    <message>
        <source>The check code %1 does not match the payload: it was mistyped or changed.</source>
        <translation>校验码 %1 与内容不符：输入有误或被改动过。</translation>
    </message>
</context>
<context>
    <name>QrPayload</name>
    <message>
        <source>&quot;%1&quot; is not a 数电票 QR code: %2</source>
        <translation>“%1”不是数电票二维码：%2</translation>
    </message>
    <message>
        <source>it is far longer than any.</source>
        <translation>长度远超任何发票二维码。</translation>
    </message>
    <message>
        <source>it has %1 comma-separated fields, not 8.</source>
        <translation>它有 %1 个以逗号分隔的字段，而不是 8 个。</translation>
    </message>
    <message>
        <source>it does not begin with 01.</source>
        <translation>它不是以 01 开头。</translation>
    </message>
    <message>
        <source>its kind %1 is neither 31 (专票) nor 32 (普票).</source>
        <translation>票种 %1 既不是 31（专票）也不是 32（普票）。</translation>
    </message>
    <message>
        <source>its total &quot;%1&quot; is not an amount.</source>
        <translation>价税合计“%1”不是金额。</translation>
    </message>
    <message>
        <source>its date &quot;%1&quot; is not a date (YYYYMMDD).</source>
        <translation>日期“%1”不是有效日期（YYYYMMDD）。</translation>
    </message>
    <message>
        <source>its check code &quot;%1&quot; is not four hexadecimal digits.</source>
        <translation>校验码“%1”不是四位十六进制数字。</translation>
    </message>
</context>
<context>
    <name>ReceivedCommand</name>
    <message>
        <source>Invoices issued in this month (YYYY-MM).</source>
        <translation>开票月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>unconfirmed, deduct or not_deduct.</source>
        <translation>unconfirmed（未确认）、deduct（抵扣）或 not_deduct（不抵扣）。</translation>
    </message>
    <message>
        <source>Deducted in this period (YYYY-MM).</source>
        <translation>抵扣所属期（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Part of the seller&apos;s name or credit code.</source>
        <translation>销售方名称或信用代码的一部分。</translation>
    </message>
    <message>
        <source>--use takes unconfirmed, deduct or not_deduct.</source>
        <translation>--use 的取值为 unconfirmed、deduct 或 not_deduct。</translation>
    </message>
</context>
<context>
    <name>ReceivedInvoices</name>
    <message>
        <source>Invoice %1 was issued to %2 (%3), not to this enterprise (%4).</source>
        <translation>发票 %1 开给的是 %2（%3），不是本企业（%4）。</translation>
    </message>
    <message>
        <source>register received invoices</source>
        <translation>登记进项发票</translation>
    </message>
    <message>
        <source>Invoice %1 is already registered (from %2, %3).</source>
        <translation>发票 %1 已登记（来自 %2，%3）。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: invoice %2 does not hold: %3</source>
        <translation>%1：发票 %2 查验未通过：%3</translation>
    </message>
    <message>
        <source>%1: invoice %2 is already registered (%3).</source>
        <translation>%1：发票 %2 已登记（%3）。</translation>
    </message>
    <message>
        <source>%1: another invoice with the number %2 is already registered (%3) with a different total.</source>
        <translation>%1：已登记另一张号码同为 %2 的发票（%3），价税合计不同。</translation>
    </message>
    <message>
        <source>凭证号码 (voucher number) must be 6–40 letters, digits or hyphens, as printed.</source>
        <translation>凭证号码须为 6–40 位字母、数字或连字符，与凭证所印一致。</translation>
    </message>
    <message>
        <source>日期 (date) must be a date, YYYY-MM-DD.</source>
        <translation>日期须为有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Name the 销售方 / 收款方 (seller or payee).</source>
        <translation>请填写销售方／收款方。</translation>
    </message>
    <message>
        <source>金额 (amount) must be more than 0.</source>
        <translation>金额须大于 0。</translation>
    </message>
    <message>
        <source>税额 (tax) must be more than 0, as the voucher states it.</source>
        <translation>税额须大于 0，与凭证所载一致。</translation>
    </message>
    <message>
        <source>Passenger tickets are deductible only from 2019-04-01.</source>
        <translation>旅客运输凭证自 2019-04-01 起方可抵扣。</translation>
    </message>
    <message>
        <source>交通方式 (mode) must be air, rail, road or water.</source>
        <translation>交通方式须为 air（航空）、rail（铁路）、road（公路）或 water（水路）。</translation>
    </message>
    <message>
        <source>Invoices are imported from their files.</source>
        <translation>发票请从文件导入。</translation>
    </message>
    <message>
        <source>Voucher %1 is already registered.</source>
        <translation>凭证 %1 已登记。</translation>
    </message>
    <message>
        <source>No received invoice %1 is registered.</source>
        <translation>未登记进项发票 %1。</translation>
    </message>
    <message>
        <source>confirm the use of received invoices</source>
        <translation>确认进项发票用途</translation>
    </message>
    <message>
        <source>抵扣所属期 (deduction period) must be a month, YYYY-MM.</source>
        <translation>抵扣所属期须为月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Invoice %1 is dated %2; it cannot be deducted in %3, before it was issued.</source>
        <translation>发票 %1 的开票日期为 %2，不能在开票之前的 %3 抵扣。</translation>
    </message>
    <message>
        <source>Invoice %1 carries no deductible input tax (an ordinary invoice): confirm it as not deducted.</source>
        <translation>发票 %1 没有可抵扣的进项税额（普通发票）：请确认为不抵扣。</translation>
    </message>
    <message>
        <source>Say why the invoice is not deducted (e.g. 用于集体福利, 免税项目).</source>
        <translation>请说明不抵扣的原因（如用于集体福利、免税项目）。</translation>
    </message>
    <message>
        <source>Only the QR code of invoice %1 is registered, which does not give its tax: import the invoice&apos;s XML or OFD file before deducting it.</source>
        <translation>发票 %1 只登记了二维码，无法得知其税额：请先导入该发票的 XML 或 OFD 文件再抵扣。</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translation>%1 不是可读取的 zip 压缩包。</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files; import it in parts.</source>
        <translation>%1 包含超过 %2 个文件，请分批导入。</translation>
    </message>
    <message>
        <source>%1 is larger than any invoice file.</source>
        <translation>%1 大于任何发票文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read from the archive.</source>
        <translation>无法从压缩包中读取 %1。</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 MiB; import it in parts.</source>
        <translation>%1 解压后超过 %2 MiB，请分批导入。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>凭证类型 (voucher type) must be customs, agricultural, toll or passenger; invoices are imported from their files.</source>
        <translation>凭证类型须为 customs（海关缴款书）、agricultural（农产品）、toll（通行费）或 passenger（旅客运输）；发票请从文件导入。</translation>
    </message>
    <message>
        <source>金额 (amount)</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>税额 (tax)</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>An invoice from the server cannot be read: %1</source>
        <translation>无法读取来自服务器的发票：%1</translation>
    </message>
    <message>
        <source>The sync server checked the seller&apos;s device signature and number range before sending it.</source>
        <translation>同步服务器在发送前已核验销售方设备签名和号段。</translation>
    </message>
    <message>
        <source>remove received invoices</source>
        <translation>移除进项发票</translation>
    </message>
    <message>
        <source>Say why the invoice is taken off the ledger (e.g. 扫错了发票).</source>
        <translation>请说明从台账移除该发票的原因（如扫错了发票）。</translation>
    </message>
    <message>
        <source>Invoice %1 is confirmed for deduction in %2: confirm it as not deducted first.</source>
        <translation>发票 %1 已确认在 %2 抵扣：请先将其确认为不抵扣。</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The recovery key contains &quot;%1&quot;, which is not one of its characters.</source>
        <translation>恢复密钥中含有“%1”，这不是恢复密钥使用的字符。</translation>
    </message>
    <message>
        <source>A recovery key has %1 characters (not counting dashes); this one has %2.</source>
        <translation>恢复密钥有 %1 个字符（不含连字符），此处为 %2 个。</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: its checksum does not match.</source>
        <translation>恢复密钥有输入错误：校验位不符。</translation>
    </message>
</context>
<context>
    <name>RecoveryWizardPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>I have saved the recovery key somewhere safe.</source>
        <translation>我已将恢复密钥妥善保存。</translation>
    </message>
    <message>
        <source>Shown only now: keep it away from this computer.</source>
        <translation>仅此一次显示：请保存在这台电脑以外的地方。</translation>
    </message>
    <message>
        <source>If you forget your password, this key — and only this key — opens your data again. Print it, write it on paper or save it to a drive you keep elsewhere.</source>
        <translation>忘记密码时，只有这把密钥能重新打开您的数据。请打印、抄在纸上，或保存到另外存放的U盘等设备中。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>保存为文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>taxbox-recovery-key.pdf</source>
        <translation>Taxbox恢复密钥.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Text (*.txt)</source>
        <translation>PDF (*.pdf);;文本 (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer.</source>
        <translation>已保存到 %1。请将其移出这台电脑。</translation>
    </message>
</context>
<context>
    <name>RefundApplications</name>
    <message>
        <source>Retained VAT credit refund (留抵退税)</source>
        <translation>增值税期末留抵退税</translation>
    </message>
    <message>
        <source>Export refund declaration (免抵退税申报)</source>
        <translation>生产企业免抵退税申报</translation>
    </message>
    <message>
        <source>Overpaid tax refund (误收多缴退抵税)</source>
        <translation>误收多缴退抵税</translation>
    </message>
    <message>
        <source>CIT settlement overpayment (汇算清缴结算多缴退抵税)</source>
        <translation>汇算清缴结算多缴退抵税</translation>
    </message>
    <message>
        <source>Day %1 since submission (no statutory limit)</source>
        <translation>提交后第 %1 天（无法定时限）</translation>
    </message>
    <message>
        <source>Day %1 of %2: the office is %3 days past its limit (%4)</source>
        <translation>第 %1 天／共 %2 天：税务机关已超出时限 %3 天（%4）</translation>
    </message>
    <message>
        <source>Day %1 of %2 (the office answers by %3)</source>
        <translation>第 %1 天／共 %2 天（税务机关应于 %3 前答复）</translation>
    </message>
    <message>
        <source>There is no refund application %1.</source>
        <translation>没有编号为 %1 的退(抵)税申请。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of refund (%2).</source>
        <translation>“%1”不是退(抵)税类型（%2）。</translation>
    </message>
    <message>
        <source>prepare refund applications</source>
        <translation>生成退(抵)税申请</translation>
    </message>
    <message>
        <source>The %1 application for %2 is %3: it cannot be prepared again.</source>
        <translation>%2 的%1申请状态为“%3”，不能再次生成。</translation>
    </message>
    <message>
        <source>Revised after the refusal</source>
        <translation>不予退税后修改</translation>
    </message>
    <message>
        <source>A CIT settlement is for a tax year (YYYY), not &quot;%1&quot;.</source>
        <translation>企业所得税汇算按纳税年度（YYYY）申请，不是“%1”。</translation>
    </message>
    <message>
        <source>The month of the application must be YYYY-MM, not &quot;%1&quot;.</source>
        <translation>申请所属月份应为 YYYY-MM，不是“%1”。</translation>
    </message>
    <message>
        <source>A 免抵退 declaration is prepared from the export register and the VAT return only.</source>
        <translation>免抵退申报只依据出口明细和增值税申报表生成。</translation>
    </message>
    <message>
        <source>Applications prepared from the store follow the 2025 regime (from the 2025-09 period); for %1 use the retained-refund calculator.</source>
        <translation>从账簿生成的申请适用 2025 年新政（2025 年 9 月所属期起）；%1 请使用留抵退税计算器。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not entered for a retained-credit application: the credits and the input tax come from the filed returns and the received invoices.</source>
        <translation>留抵退税申请无需录入“%1”：留抵税额和进项税额取自已申报的申报表和取得的发票。</translation>
    </message>
    <message>
        <source>The VAT return for %1 is not filed: its period-end credit (line 20) is one of the six months.</source>
        <translation>%1 的增值税申报表尚未申报：其期末留抵税额（第20栏）属于连续六个月之一。</translation>
    </message>
    <message>
        <source>%1 period-end credit %2: the filed VAT return for %1, line 20</source>
        <translation>%1 期末留抵税额 %2：取自 %1 已申报增值税申报表第20栏</translation>
    </message>
    <message>
        <source>The VAT return for %1 is not filed: enter the credit at the end of %2 (%3) or file it.</source>
        <translation>%1 的增值税申报表尚未申报：请录入 %2 年末留抵税额（%3）或先申报。</translation>
    </message>
    <message>
        <source>Credit at the end of %1, %2: the filed VAT return for %3, line 20</source>
        <translation>%1 年末留抵税额 %2：取自 %3 已申报增值税申报表第20栏</translation>
    </message>
    <message>
        <source>The base credit as entered</source>
        <translation>基数留抵税额为录入值</translation>
    </message>
    <message>
        <source>Input tax deducted 2019-04 to %1 in the store: %2 qualifying of %3</source>
        <translation>本库 2019-04 至 %1 已抵扣进项税额：计入比例的 %2，合计 %3</translation>
    </message>
    <message>
        <source>Passenger tickets (%1 of input tax) are counted as not qualifying: the store does not keep whether they were air or rail tickets (which qualify). Add those under the input kept elsewhere.</source>
        <translation>旅客运输凭证（进项税额 %1）按不计入比例处理：本库未记录其是否为航空或铁路电子客票（这两类计入）。请将这两类计入“其他来源的进项税额”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must give the qualifying and the total input tax.</source>
        <translation>“%1”应给出计入比例的进项税额和全部进项税额。</translation>
    </message>
    <message>
        <source>Input kept elsewhere</source>
        <translation>其他来源的进项税额</translation>
    </message>
    <message>
        <source>Qualifying input kept elsewhere</source>
        <translation>其他来源计入比例的进项税额</translation>
    </message>
    <message>
        <source>All input kept elsewhere</source>
        <translation>其他来源全部进项税额</translation>
    </message>
    <message>
        <source>Qualifying input kept elsewhere cannot exceed all input kept elsewhere.</source>
        <translation>其他来源计入比例的进项税额不能大于其他来源全部进项税额。</translation>
    </message>
    <message>
        <source>Input tax deducted before the store&apos;s records (entered): %1 qualifying of %2</source>
        <translation>本库记录之前已抵扣的进项税额（录入）：计入比例的 %1，合计 %2</translation>
    </message>
    <message>
        <source>No deducted input tax since 2019-04 is known: register the received invoices or enter the input kept elsewhere; the input-composition ratio cannot be computed.</source>
        <translation>没有 2019 年 4 月以来已抵扣进项税额的记录：请登记取得的发票或录入其他来源的进项税额，否则无法计算进项构成比例。</translation>
    </message>
    <message>
        <source>Export %1: HS %2 has a refund rate of %3 on %4 in the rule pack, not %5 as entered.</source>
        <translation>第 %1 笔出口：商品代码 %2 在 %4 的规则包退税率为 %3，不是录入的 %5。</translation>
    </message>
    <message>
        <source>Export %1: HS %2 is not in the rule pack&apos;s rate library; the refund rate %3 as entered — check it against the 出口退税率文库.</source>
        <translation>第 %1 笔出口：商品代码 %2 不在规则包的退税率库中，退税率按录入的 %3——请与出口退税率文库核对。</translation>
    </message>
    <message>
        <source>Export %1: HS %2 is not in the rule pack&apos;s rate library; enter its refund rate from the 出口退税率文库.</source>
        <translation>第 %1 笔出口：商品代码 %2 不在规则包的退税率库中，请按出口退税率文库录入退税率。</translation>
    </message>
    <message>
        <source>Export %1 (%2) could be declared until %3.</source>
        <translation>第 %1 笔出口（%2）的申报期限至 %3。</translation>
    </message>
    <message>
        <source>The export register for %1 is empty: enter the exports first.</source>
        <translation>%1 的出口明细为空：请先录入出口。</translation>
    </message>
    <message>
        <source>FOB in CNY = Σ FOB × exchange rate = %1</source>
        <translation>人民币离岸价 = Σ 外币离岸价 × 汇率 = %1</translation>
    </message>
    <message>
        <source>Non-creditable (不得免征和抵扣税额) = Σ FOB × (levy rate − refund rate) = %1</source>
        <translation>不得免征和抵扣税额 = Σ 离岸价 ×（征税率 − 退税率）= %1</translation>
    </message>
    <message>
        <source>Exempt-offset-refund amount (免抵退税额) = Σ FOB × refund rate = %1</source>
        <translation>免抵退税额 = Σ 离岸价 × 退税率 = %1</translation>
    </message>
    <message>
        <source>File the VAT return for %1 first: the declaration follows it and takes its period-end credit.</source>
        <translation>请先申报 %1 的增值税：免抵退申报在其后进行，并取其期末留抵税额。</translation>
    </message>
    <message>
        <source>Period-end credit %1: the filed VAT return for %2, line 20</source>
        <translation>期末留抵税额 %1：取自 %2 已申报增值税申报表第20栏</translation>
    </message>
    <message>
        <source>The VAT return for %1 shows %2 not creditable (附列资料（二）第18栏) but the register gives %3: correct the return.</source>
        <translation>%1 增值税申报表的免抵退税办法不得抵扣的进项税额（附列资料（二）第18栏）为 %2，出口明细计算为 %3：请更正申报。</translation>
    </message>
    <message>
        <source>The VAT return for %1 shows %2 of 免抵退 export sales (line 7) but the register gives %3.</source>
        <translation>%1 增值税申报表的免、抵、退办法出口销售额（第7栏）为 %2，出口明细为 %3。</translation>
    </message>
    <message>
        <source>Credit %1 ≤ %2: refund %1, exempt-offset %3</source>
        <translation>期末留抵 %1 ≤ %2：应退税额 %1，免抵税额 %3</translation>
    </message>
    <message>
        <source>Credit %1 &gt; %2: refund %2, exempt-offset 0, %3 carried forward</source>
        <translation>期末留抵 %1 &gt; %2：应退税额 %2，免抵税额 0，结转下期 %3</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>原完税情况</translation>
    </message>
    <message>
        <source>Why the tax was overpaid</source>
        <translation>多缴原因</translation>
    </message>
    <message>
        <source>List from 1 to 200 payments.</source>
        <translation>请列出 1 至 200 笔缴款。</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税种</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>申报表</translation>
    </message>
    <message>
        <source>Tax period</source>
        <translation>税款所属期</translation>
    </message>
    <message>
        <source>Tax voucher number</source>
        <translation>税票号码</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴款日期</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实缴金额</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应缴金额</translation>
    </message>
    <message>
        <source>Payment %1: </source>
        <translation>第 %1 笔缴款：</translation>
    </message>
    <message>
        <source>must be a payment.</source>
        <translation>应为一笔缴款。</translation>
    </message>
    <message>
        <source>Payment %1: the tax due %2 from the filed %3 return for %4</source>
        <translation>第 %1 笔缴款：应缴 %2 取自 %4 已申报的 %3 申报表</translation>
    </message>
    <message>
        <source>the filed %1 return for %2 says %3 was due, not %4 as entered.</source>
        <translation>%2 已申报的 %1 申报表应缴 %3，不是录入的 %4。</translation>
    </message>
    <message>
        <source>no filed %1 return for %2 gives the tax due: enter %3.</source>
        <translation>没有 %2 已申报的 %1 申报表可取应缴税额：请录入%3。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 paid against %2 due: nothing was overpaid.</source>
        <translation>实缴 %1，应缴 %2：没有多缴。</translation>
    </message>
    <message>
        <source>paid on %1; an overpayment can be claimed within %2 years (by %3, 征管法第五十一条).</source>
        <translation>缴款日期 %1；多缴税款应自结算缴纳之日起 %2 年内申请（至 %3，征管法第五十一条）。</translation>
    </message>
    <message>
        <source>Refund = Σ (amount paid − amount due) = %1</source>
        <translation>应退税额 = Σ（实缴金额 − 应缴金额）= %1</translation>
    </message>
    <message>
        <source>Interest: the office adds interest at the People&apos;s Bank demand-deposit rate from the payment to the day the refund order is issued (征管法实施细则第七十八条); the rate and day count are the office&apos;s, so it is not computed here.</source>
        <translation>利息：税务机关按办理退税手续当天中国人民银行活期存款利率，自缴款之日起计至开具退还凭证之日加算利息（征管法实施细则第七十八条）；利率和天数由税务机关确定，此处不计算。</translation>
    </message>
    <message>
        <source>Tax for the year (annual return)</source>
        <translation>年度应纳所得税额（年度申报）</translation>
    </message>
    <message>
        <source>Refund or offset</source>
        <translation>退还或抵缴</translation>
    </message>
    <message>
        <source>The CIT prepayment return for %1 is not filed: the year&apos;s prepayments are read from it.</source>
        <translation>%1 企业所得税预缴申报表尚未申报：全年已预缴税额从中读取。</translation>
    </message>
    <message>
        <source>Prepaid %1: the filed CIT return for %2, line 14 + line 16</source>
        <translation>已预缴 %1：取自 %2 已申报企业所得税预缴申报表第14行 + 第16行</translation>
    </message>
    <message>
        <source>Prepaid %1 against %2 for the year: nothing was overpaid.</source>
        <translation>已预缴 %1，全年应纳 %2：没有多缴。</translation>
    </message>
    <message>
        <source>The %1 settlement could be claimed within %2 years of %3 (by %4).</source>
        <translation>%1 年度汇算多缴应自 %3 起 %2 年内申请（至 %4）。</translation>
    </message>
    <message>
        <source>Overpaid = prepaid %1 − tax for the year %2 = %3</source>
        <translation>多缴税额 = 已预缴 %1 − 全年应纳 %2 = %3</translation>
    </message>
    <message>
        <source>Offset against next year&apos;s tax, as the taxpayer agrees (no interest).</source>
        <translation>经纳税人同意抵缴下一年度应纳税款（不加算利息）。</translation>
    </message>
    <message>
        <source>Refunded (no interest on a settlement refund, 实施细则第七十八条).</source>
        <translation>退还（汇算清缴结算退税不加算利息，实施细则第七十八条）。</translation>
    </message>
    <message>
        <source>file refund applications</source>
        <translation>提交退(抵)税申请</translation>
    </message>
    <message>
        <source>The application cannot be filed while a check fails: %1</source>
        <translation>有校验未通过，不能提交申请：%1</translation>
    </message>
    <message>
        <source>withdraw refund applications</source>
        <translation>撤回退(抵)税申请</translation>
    </message>
    <message>
        <source>Say why the application is withdrawn.</source>
        <translation>请说明撤回申请的原因。</translation>
    </message>
    <message>
        <source>discard refund applications</source>
        <translation>删除退(抵)税申请草稿</translation>
    </message>
    <message>
        <source>Only a draft that was never filed can be discarded; withdraw a filed application.</source>
        <translation>只能删除从未提交的草稿；已提交的申请请撤回。</translation>
    </message>
    <message>
        <source>keep the export register</source>
        <translation>维护出口明细</translation>
    </message>
    <message>
        <source>The month of the register must be YYYY-MM, not &quot;%1&quot;.</source>
        <translation>出口明细所属月份应为 YYYY-MM，不是“%1”。</translation>
    </message>
    <message>
        <source>A month&apos;s register holds at most %1 exports.</source>
        <translation>每月出口明细最多 %1 笔。</translation>
    </message>
    <message>
        <source>Export %1 must be an entry of the register.</source>
        <translation>第 %1 笔出口应为一条出口明细。</translation>
    </message>
    <message>
        <source>Export %1: exported on %2, outside %3: it belongs to that month&apos;s register.</source>
        <translation>第 %1 笔出口：出口日期 %2 不在 %3 内，应列入该月的出口明细。</translation>
    </message>
    <message>
        <source>Export %1: declaration line %2 is already in the register.</source>
        <translation>第 %1 笔出口：报关单项 %2 已在出口明细中。</translation>
    </message>
    <message>
        <source>Retained-credit refund %1 approved on %2 (application for %3)</source>
        <translation>留抵退税 %1 于 %2 核准（%3 的申请）</translation>
    </message>
    <message>
        <source>免抵退 refund %1 approved on %2 (declaration for %3)</source>
        <translation>免抵退应退税额 %1 于 %2 核准（%3 的申报）</translation>
    </message>
</context>
<context>
    <name>RefundCommand</name>
    <message>
        <source>The enterprise&apos;s id or credit code.</source>
        <translation>企业编号或统一社会信用代码。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 为必填项。</translation>
    </message>
    <message>
        <source>The application&apos;s id.</source>
        <translation>申请编号。</translation>
    </message>
</context>
<context>
    <name>RefundStateMachine</name>
    <message>
        <source>&quot;%1&quot; is not a state of a refund application (%2).</source>
        <translation>“%1”不是退(抵)税申请的状态（%2）。</translation>
    </message>
    <message>
        <source>An application that is %1 cannot become %2.</source>
        <translation>状态为“%1”的申请不能变为“%2”。</translation>
    </message>
    <message>
        <source>An application that is %1 cannot become %2; it can become: %3.</source>
        <translation>状态为“%1”的申请不能变为“%2”；可以变为：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Draft (草稿)</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted (已提交)</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted (已受理)</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Under review (审核中)</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved (核准)</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Refused (不予退税)</source>
        <translation>不予退税</translation>
    </message>
    <message>
        <source>At the treasury (国库处理中)</source>
        <translation>国库处理中</translation>
    </message>
    <message>
        <source>Treasury payment failed (国库退库失败)</source>
        <translation>国库退库失败</translation>
    </message>
    <message>
        <source>Paid (已到账)</source>
        <translation>已到账</translation>
    </message>
    <message>
        <source>Offset against tax (已抵缴)</source>
        <translation>已抵缴</translation>
    </message>
    <message>
        <source>Withdrawn (已撤回)</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>RegisterSaveCommand</name>
    <message>
        <source>Replace the export register of --period with {&quot;entries&quot;: [{declaration_number, export_date, hs_code, name, unit, quantity, currency, fob_foreign, fx_rate, invoice_number, link_number, refund_rate?}]} from standard input or --in; every entry checked, nothing saved when one fails.</source>
        <translation>用标准输入或 --in 的 {&quot;entries&quot;: [{declaration_number, export_date, hs_code, name, unit, quantity, currency, fob_foreign, fx_rate, invoice_number, link_number, refund_rate?}]} 替换 --period 的出口明细；逐条校验，任一条不通过则不保存。</translation>
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation>所属月份（YYYY-MM）。</translation>
    </message>
</context>
<context>
    <name>RegisterShowCommand</name>
    <message>
        <source>The export register of --period: each export with its FOB in CNY, the rates of the rule pack&apos;s library and the tax not creditable and the 免抵退税额 it gives.</source>
        <translation>--period 的出口明细：每笔出口的人民币离岸价、规则包退税率库的税率，以及由此得出的不得免征和抵扣税额与免抵退税额。</translation>
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation>所属月份（YYYY-MM）。</translation>
    </message>
</context>
<context>
    <name>ResidentIdNumber</name>
    <message>
        <source>Resident identity number</source>
        <translation>居民身份号码</translation>
    </message>
    <message>
        <source>The resident identity number must have 18 characters; &quot;%1&quot; has %2.</source>
        <translation>居民身份号码应为 18 位；“%1”有 %2 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the resident identity number is not allowed; the first 17 are digits and the last is a digit or X.</source>
        <translation>居民身份号码第 %1 位（“%2”）不合法；前 17 位为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <source>The resident identity number starts with &quot;%1&quot;, which is not a province code.</source>
        <translation>居民身份号码以“%1”开头，这不是省级行政区划代码。</translation>
    </message>
    <message>
        <source>Characters 7–14 of the resident identity number (&quot;%1&quot;) are not a real birth date.</source>
        <translation>居民身份号码第 7–14 位（“%1”）不是真实的出生日期。</translation>
    </message>
    <message>
        <source>The check character of the resident identity number is &quot;%1&quot; but the first 17 digits require &quot;%2&quot;; a digit was probably mistyped.</source>
        <translation>居民身份号码的校验码是“%1”，但按前 17 位应为“%2”；可能有数字输错了。</translation>
    </message>
</context>
<context>
    <name>RetainedCredit</name>
    <message>
        <source>Month of the application</source>
        <translation>申请所属月份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Period-end credit</source>
        <translation>期末留抵税额</translation>
    </message>
    <message>
        <source>Month-end credits of the six months</source>
        <translation>连续六个月期末留抵税额</translation>
    </message>
    <message>
        <source>Credit at the end of last year</source>
        <translation>上年末期末留抵税额</translation>
    </message>
    <message>
        <source>Credit at 2019-03-31</source>
        <translation>2019年3月底期末留抵税额</translation>
    </message>
    <message>
        <source>Input VAT on the seven qualifying documents since 2019-04</source>
        <translation>2019年4月以来七类凭证抵扣的进项税额</translation>
    </message>
    <message>
        <source>All input VAT deducted since 2019-04</source>
        <translation>2019年4月以来全部已抵扣进项税额</translation>
    </message>
    <message>
        <source>Tax credit level</source>
        <translation>纳税缴费信用级别</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>声明事项</translation>
    </message>
    <message>
        <source>No refund fraud or false special invoices in the last 36 months</source>
        <translation>申请前36个月未发生骗取留抵退税、出口退税或虚开增值税专用发票情形</translation>
    </message>
    <message>
        <source>Penalties for tax evasion in the last 36 months</source>
        <translation>申请前36个月因偷税被处罚次数</translation>
    </message>
    <message>
        <source>Received instant or post-collection VAT refunds since 2019-04</source>
        <translation>2019年4月1日起享受过即征即退、先征后返（退）政策</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs six month-end credits, oldest first; %2 were given.</source>
        <translation>“%1”需要六个月的期末留抵税额（从早到晚），现有 %2 个。</translation>
    </message>
    <message>
        <source>Month %1: </source>
        <translation>第 %1 个月：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>“%1”格式不正确。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be more than 0.</source>
        <translation>“%1”必须大于 0。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot exceed &quot;%2&quot;.</source>
        <translation>“%1”不能大于“%2”。</translation>
    </message>
    <message>
        <source>Ratio = %1 ÷ %2 = %3</source>
        <translation>进项构成比例 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>The tax credit level is %1; the refund needs level %2.</source>
        <translation>纳税缴费信用级别为 %1；留抵退税须为 %2 级。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Refund fraud, export refund fraud or false special invoices in the last 36 months exclude the refund.</source>
        <translation>申请前36个月发生骗取留抵退税、出口退税或虚开增值税专用发票情形的，不得退税。</translation>
    </message>
    <message>
        <source>Punished for tax evasion %1 times in the last 36 months; twice or more excludes the refund.</source>
        <translation>申请前36个月因偷税被处罚 %1 次；两次及以上的不得退税。</translation>
    </message>
    <message>
        <source>Instant (即征即退) or post-collection refunds received since 2019-04-01 exclude the refund until they are repaid.</source>
        <translation>2019年4月1日起享受即征即退、先征后返（退）政策的，须一次性缴回后方可申请。</translation>
    </message>
    <message>
        <source>There is no period-end credit to refund.</source>
        <translation>没有可退的期末留抵税额。</translation>
    </message>
    <message>
        <source>Refundable = %1 × %2 × %3 = %4</source>
        <translation>可退税额 = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <source>Month %1 of %2: the credit %3 is not above the credit at 2019-03-31 (%4).</source>
        <translation>第 %1/%2 个月：期末留抵税额 %3 未超过2019年3月底的 %4。</translation>
    </message>
    <message>
        <source>Month %1 of %2: the period-end credit is %3; it must be above 0 in each of the %2 months.</source>
        <translation>第 %1/%2 个月：期末留抵税额为 %3；连续 %2 个月均须大于零。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) must be the sixth month&apos;s credit (%3).</source>
        <translation>“%1”（%2）应等于第六个月的期末留抵税额（%3）。</translation>
    </message>
    <message>
        <source>New credit = %1 − %2 = %3</source>
        <translation>增量留抵税额 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>The new credit %1 is below %2.</source>
        <translation>增量留抵税额 %1 低于 %2。</translation>
    </message>
    <message>
        <source>Refundable = %1 × %2 × %3 + %4 × %2 × %5 = %6</source>
        <translation>可退税额 = %1 × %2 × %3 + %4 × %2 × %5 = %6</translation>
    </message>
    <message>
        <source>The ratio does not multiply this route (rule pack parameter).</source>
        <translation>本情形不乘进项构成比例（规则包参数）。</translation>
    </message>
</context>
<context>
    <name>RetainedRefund</name>
    <message>
        <source>Retained VAT credit refund</source>
        <translation>增值税留抵退税</translation>
    </message>
    <message>
        <source>&quot;total_input&quot; must be more than 0.</source>
        <translation>“total_input”（全部已抵扣进项税额）必须大于 0。</translation>
    </message>
    <message>
        <source>&quot;qualifying_input&quot; cannot exceed &quot;total_input&quot;.</source>
        <translation>“qualifying_input”不能超过“total_input”。</translation>
    </message>
    <message>
        <source>Ratio = %1 ÷ %2 = %3</source>
        <translation>进项构成比例 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>Refundable = %1 × ratio + %2 × ratio = %3 + %4</source>
        <translation>允许退还的留抵税额 = %1 × 比例 + %2 × 比例 = %3 + %4</translation>
    </message>
    <message>
        <source>Incremental credit</source>
        <translation>增量留抵税额</translation>
    </message>
    <message>
        <source>Stock credit</source>
        <translation>存量留抵税额</translation>
    </message>
    <message>
        <source>Qualifying input VAT</source>
        <translation>符合条件的进项税额</translation>
    </message>
    <message>
        <source>All input VAT credited</source>
        <translation>全部已抵扣进项税额</translation>
    </message>
    <message>
        <source>Manufacturing and three other industries (monthly)</source>
        <translation>制造业等4个行业（按月）</translation>
    </message>
    <message>
        <source>Real estate development</source>
        <translation>房地产开发经营</translation>
    </message>
    <message>
        <source>All others</source>
        <translation>其他纳税人</translation>
    </message>
    <message>
        <source>留抵退税: the 2025 routes from the 2025-09 period, the 2022 rules before; eligibility and the refundable amount.</source>
        <translation>留抵退税：2025年9月所属期起适用2025年规定，此前适用2022年规定；判断条件并计算可退税额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a month such as 2025-09.</source>
        <translation>“%1”应为月份，例如 2025-09。</translation>
    </message>
    <message>
        <source>For %1 the 2025 rules apply (routes, six month-end credits); &quot;incremental_credit&quot; belongs to the 2022 rules, used for months before 2025-09.</source>
        <translation>%1 适用2025年规定（按情形、连续六个月期末留抵）；“incremental_credit”属于2022年规定，仅用于2025年9月以前。</translation>
    </message>
</context>
<context>
    <name>ReturnCommand</name>
    <message>
        <source>The enterprise&apos;s id or credit code.</source>
        <translation>企业编号或统一社会信用代码。</translation>
    </message>
    <message>
        <source>The form: vat-general, vat-small, cit-prepay, stamp-duty or iit-withholding.</source>
        <translation>表单：vat-general、vat-small、cit-prepay、stamp-duty 或 iit-withholding。</translation>
    </message>
    <message>
        <source>The tax period: 2025-01, 2025Q1, 2025 or a day.</source>
        <translation>税款所属期：2025-01、2025Q1、2025 或日期。</translation>
    </message>
    <message>
        <source>--form ID and --period P are required.</source>
        <translation>必须提供 --form 表单和 --period 所属期。</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>The package to decide on (with --approve or --reject).</source>
        <translation>要审核的应用（配合 --approve 或 --reject）。</translation>
    </message>
    <message>
        <source>Its version.</source>
        <translation>其版本。</translation>
    </message>
    <message>
        <source>As a reviewer on the firm&apos;s square (--server): the queue with the permissions and files changed since the last approved version, or --approve / --reject --reason for one package.</source>
        <translation>以本所应用广场（--server）审核员身份：查看待审队列及与上一批准版本相比变更的权限和文件，或用 --approve / --reject --reason 审核一个应用。</translation>
    </message>
    <message>
        <source>Approve: the square countersigns and publishes it.</source>
        <translation>批准：应用广场复签并发布。</translation>
    </message>
    <message>
        <source>Reject it (with --reason).</source>
        <translation>驳回（需 --reason）。</translation>
    </message>
    <message>
        <source>Why, for the publisher.</source>
        <translation>给发布者的理由。</translation>
    </message>
    <message>
        <source>Give ID VERSION with either --approve or --reject.</source>
        <translation>请给出 标识 版本，并使用 --approve 或 --reject 之一。</translation>
    </message>
</context>
<context>
    <name>RevocationList</name>
    <message>
        <source>The revocation list is not signed by the square.</source>
        <translation>吊销列表不是应用广场签发的。</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>会计</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Your role in this enterprise (%1) does not allow this: %2.</source>
        <translation>您在该企业的角色（%1）无权执行此操作：%2。</translation>
    </message>
</context>
<context>
    <name>RulePack</name>
    <message>
        <source>The rule pack is invalid: %1</source>
        <translation>规则包无效：%1</translation>
    </message>
    <message>
        <source>The rule pack has no signature; it is not used.</source>
        <translation>规则包没有签名，不予使用。</translation>
    </message>
    <message>
        <source>The rule pack is signed by an unknown key (&quot;%1&quot;); it is not used.</source>
        <translation>规则包由未知密钥（“%1”）签名，不予使用。</translation>
    </message>
    <message>
        <source>The rule pack&apos;s signature does not match its content: it was changed after signing and is not used.</source>
        <translation>规则包的签名与内容不符：签名后内容被修改过，不予使用。</translation>
    </message>
    <message>
        <source>unsupported format %1</source>
        <translation>不支持的格式 %1</translation>
    </message>
    <message>
        <source>id and version are required</source>
        <translation>必须有 id 和 version</translation>
    </message>
    <message>
        <source>rule %1 has a range with bad dates or no value</source>
        <translation>规则 %1 的某个区间日期错误或缺少取值</translation>
    </message>
    <message>
        <source>rule %1 has overlapping or unordered ranges</source>
        <translation>规则 %1 的区间重叠或顺序错误</translation>
    </message>
    <message>
        <source>rule %1 has no ranges</source>
        <translation>规则 %1 没有区间</translation>
    </message>
    <message>
        <source>The rule pack %1 %2 has no rule &quot;%3&quot; in force on %4.</source>
        <translation>规则包 %1 %2 中没有 %4 有效的规则“%3”。</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1.%2 is not a number</source>
        <translation>%1.%2 不是数字</translation>
    </message>
    <message>
        <source>%1 has a bad bound</source>
        <translation>%1 的级距上限有误</translation>
    </message>
    <message>
        <source>%1 has a bad row</source>
        <translation>%1 有错误的行</translation>
    </message>
    <message>
        <source>%1 must end with an open row</source>
        <translation>%1 的最后一行必须没有上限</translation>
    </message>
    <message>
        <source>The data file has no signature; it is not used.</source>
        <translation>数据文件没有签名，不予使用。</translation>
    </message>
    <message>
        <source>The data file is signed by an unknown key (&quot;%1&quot;); it is not used.</source>
        <translation>数据文件由未知密钥（“%1”）签名，不予使用。</translation>
    </message>
    <message>
        <source>The data file&apos;s signature does not match its content: it was changed after signing and is not used.</source>
        <translation>数据文件的签名与内容不符：签名后被改动过，不予使用。</translation>
    </message>
    <message>
        <source>The rule pack %1 is missing from this build.</source>
        <translation>本版本缺少规则包 %1。</translation>
    </message>
    <message>
        <source>The rule pack %1 is not one this Taxbox puts in force (cn-tax, cn-refund, cn-print).</source>
        <translation>规则包 %1 不是本程序可启用的规则包（cn-tax、cn-refund、cn-print）。</translation>
    </message>
</context>
<context>
    <name>RulesSignCommand</name>
    <message>
        <source>Sign a rule pack for release: writes PACK.sig with the Ed25519 key in a PEM file (openssl genpkey -algorithm ed25519).</source>
        <translation>为发布签署规则包：用 PEM 文件中的 Ed25519 密钥写出 PACK.sig（openssl genpkey -algorithm ed25519）。</translation>
    </message>
    <message>
        <source>The private key file (PEM). A file path, never the key itself.</source>
        <translation>私钥文件（PEM）。只写文件路径，不写密钥本身。</translation>
    </message>
    <message>
        <source>The key&apos;s id as the app knows it (default: taxbox-rules-2026).</source>
        <translation>应用识别的密钥编号（默认：taxbox-rules-2026）。</translation>
    </message>
    <message>
        <source>The rule pack JSON file.</source>
        <translation>规则包 JSON 文件。</translation>
    </message>
    <message>
        <source>Give --key FILE and the pack file.</source>
        <translation>请提供 --key FILE 和规则包文件。</translation>
    </message>
    <message>
        <source>Cannot read the key file: %1</source>
        <translation>无法读取密钥文件：%1</translation>
    </message>
    <message>
        <source>Cannot read the pack: %1</source>
        <translation>无法读取规则包：%1</translation>
    </message>
    <message>
        <source>Cannot write %1.sig: %2</source>
        <translation>无法写入 %1.sig：%2</translation>
    </message>
</context>
<context>
    <name>RulesVerifyCommand</name>
    <message>
        <source>Check a rule pack and its signature (PACK.sig) as the app does before using it.</source>
        <translation>像应用使用前那样检查规则包及其签名（PACK.sig）。</translation>
    </message>
    <message>
        <source>The rule pack JSON file.</source>
        <translation>规则包 JSON 文件。</translation>
    </message>
    <message>
        <source>Name the pack file.</source>
        <translation>请指定规则包文件。</translation>
    </message>
    <message>
        <source>Cannot read the pack: %1</source>
        <translation>无法读取规则包：%1</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Words in the id, the names, the keywords or the category, or the pinyin initials.</source>
        <translation>标识、名称、关键词或分类中的词语，或拼音首字母。</translation>
    </message>
    <message>
        <source>Search the firm&apos;s square (--server): the newest approved version of each package, with its permissions, size and downloads, and whether it is installed here.</source>
        <translation>搜索本所的应用广场（--server）：每个应用最新的已批准版本，及其权限、大小、下载次数和本机是否已安装。</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>An account name has 1 to 64 characters.</source>
        <translation>账户名须为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的账户已存在。</translation>
    </message>
    <message>
        <source>The account name or password is wrong.</source>
        <translation>账户名或密码错误。</translation>
    </message>
    <message>
        <source>An enterprise with the credit code %1 already exists.</source>
        <translation>统一社会信用代码为 %1 的企业已存在。</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>没有账户“%1”。</translation>
    </message>
    <message>
        <source>The counter row does not exist.</source>
        <translation>计数记录不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (viewer, accountant, admin) or the enterprise is unknown.</source>
        <translation>“%1”不是有效角色（viewer、accountant、admin），或企业不存在。</translation>
    </message>
    <message>
        <source>The refresh token is not valid; sign in with your password.</source>
        <translation>续期令牌无效，请用密码登录。</translation>
    </message>
    <message>
        <source>This refresh token was used before, so every session of the account was ended; sign in with your password.</source>
        <translation>此续期令牌已被使用过，因此该账户的所有会话均已结束，请用密码登录。</translation>
    </message>
    <message>
        <source>There is no such enterprise.</source>
        <translation>没有这个企业。</translation>
    </message>
    <message>
        <source>%1 was changed on the server (receipt %2) after this device&apos;s version (receipt %3).</source>
        <translation>%1 在本设备的版本（回执 %3）之后已在服务器上被修改（回执 %2）。</translation>
    </message>
    <message>
        <source>Rule pack %1 is already published.</source>
        <translation>规则包 %1 已发布。</translation>
    </message>
    <message>
        <source>There is no device %1 that is not revoked already.</source>
        <translation>没有尚未吊销的设备 %1。</translation>
    </message>
    <message>
        <source>The offline time limit is 1 to 8784 hours.</source>
        <translation>离线时间限额须为 1 到 8784 小时。</translation>
    </message>
    <message>
        <source>The offline amount limit cannot be negative.</source>
        <translation>离线金额限额不能为负数。</translation>
    </message>
    <message>
        <source>There is no enterprise with the credit code %1.</source>
        <translation>没有统一社会信用代码为 %1 的企业。</translation>
    </message>
    <message>
        <source>This account is disabled; ask the server&apos;s administrator.</source>
        <translation>此账户已停用，请联系服务器管理员。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of this enterprise.</source>
        <translation>“%1”不是该企业的成员。</translation>
    </message>
    <message>
        <source>The enterprise has filed no refund application %1.</source>
        <translation>该企业没有提交编号为 %1 的退(抵)税申请。</translation>
    </message>
    <message>
        <source>A refusal gives its reasons.</source>
        <translation>不予退税须写明理由。</translation>
    </message>
    <message>
        <source>The package could not be staged.</source>
        <translation>无法暂存插件包。</translation>
    </message>
    <message>
        <source>%1 %2 was submitted already; publish a new version.</source>
        <translation>%1 %2 已提交过；请发布新版本。</translation>
    </message>
    <message>
        <source>A rejection tells the publisher why.</source>
        <translation>驳回须告知发布者原因。</translation>
    </message>
    <message>
        <source>%1 %2 was not submitted.</source>
        <translation>%1 %2 未提交。</translation>
    </message>
    <message>
        <source>%1 %2 is %3 already.</source>
        <translation>%1 %2 已是 %3 状态。</translation>
    </message>
    <message>
        <source>A revocation tells everyone why.</source>
        <translation>吊销须说明原因。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>The package names the publisher &quot;%1&quot; or a key that is not the one registered for your account (%2).</source>
        <translation>安装包署名的发布者“%1”或其密钥与您账户登记的发布者（%2）不符。</translation>
    </message>
    <message>
        <source>%1 %2 is not in the square (not approved, or revoked).</source>
        <translation>%1 %2 不在应用广场中（未获批准或已被吊销）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a square role (publisher, reviewer).</source>
        <translation>“%1”不是应用广场角色（publisher 发布者、reviewer 审核员）。</translation>
    </message>
    <message>
        <source>A publisher account needs the publisher id and its Ed25519 public key (32 bytes).</source>
        <translation>发布者账户需要发布者标识及其 Ed25519 公钥（32 字节）。</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>The buyer (%1) does not use this server, so it cannot confirm the request here. If the buyer confirmed the 红字确认单 on the 电子税务局, record it with its number.</source>
        <translation>购买方（%1）未使用本服务器，无法在此确认申请。如购买方已在电子税务局确认红字确认单，请录入其编号。</translation>
    </message>
    <message>
        <source>The seller (%1) does not use this server.</source>
        <translation>销售方（%1）未使用本服务器。</translation>
    </message>
    <message>
        <source>The red-letter confirmation names another enterprise (%1) as this side.</source>
        <translation>红字确认单中本方为另一家企业（%1）。</translation>
    </message>
    <message>
        <source>The server could not read the invoice.</source>
        <translation>服务器无法读取该发票。</translation>
    </message>
    <message>
        <source>Invoice %1 was issued by another device than the one that sent it.</source>
        <translation>发票 %1 不是由发送它的设备开具的。</translation>
    </message>
    <message>
        <source>Invoice %1: the signature does not match its content (it was changed after it was issued).</source>
        <translation>发票 %1：签名与内容不符（开具后被修改过）。</translation>
    </message>
    <message>
        <source>Invoice %1 names another seller (%2).</source>
        <translation>发票 %1 的销售方是另一家企业（%2）。</translation>
    </message>
    <message>
        <source>Invoice %1 is outside the number ranges the server granted to this computer.</source>
        <translation>发票 %1 不在服务器分配给本机的号段内。</translation>
    </message>
    <message>
        <source>Invoice %1 does not add up by the server&apos;s check.</source>
        <translation>服务器核验发票 %1 金额不符。</translation>
    </message>
    <message>
        <source>This computer is not enrolled for the enterprise on the server (or was revoked). Sign in again to enrol it.</source>
        <translation>本机未在服务器上为该企业登记（或已被吊销）。请重新登录以登记本机。</translation>
    </message>
    <message>
        <source>The record was changed after this computer signed it; it was not accepted.</source>
        <translation>该记录在本机签名后被修改，未被接受。</translation>
    </message>
    <message>
        <source>%1 was changed on the server after this computer&apos;s version. Choose which version stands.</source>
        <translation>%1在本机版本之后已在服务器上被修改。请选择以哪个版本为准。</translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation>服务器拒收（%1）。</translation>
    </message>
    <message>
        <source>The payroll of %1</source>
        <translation>%1 的工资</translation>
    </message>
    <message>
        <source>A red-letter confirmation</source>
        <translation>一张红字确认单</translation>
    </message>
    <message>
        <source>The enterprise&apos;s profile</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>该记录</translation>
    </message>
    <message>
        <source>The server account or password is wrong.</source>
        <translation>服务器账户或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords on the server: try again in %1 s.</source>
        <translation>服务器上密码错误次数过多，请在 %1 秒后再试。</translation>
    </message>
    <message>
        <source>Too many wrong passwords on the server: wait a moment and try again.</source>
        <translation>服务器上密码错误次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>This account is disabled on the server; ask its administrator.</source>
        <translation>该账户已在服务器上停用，请联系服务器管理员。</translation>
    </message>
    <message>
        <source>The server session has ended; sign in again.</source>
        <translation>服务器会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Your account on the server may not do this for this enterprise.</source>
        <translation>您在服务器上的账户无权为该企业执行此操作。</translation>
    </message>
    <message>
        <source>The server could not do it just now; nothing was lost. Try again later.</source>
        <translation>服务器暂时无法处理，未丢失任何数据，请稍后再试。</translation>
    </message>
    <message>
        <source>The server refused a batch that was too large; it will be sent in smaller parts.</source>
        <translation>服务器拒收了过大的批次，将分成较小的部分发送。</translation>
    </message>
    <message>
        <source>This computer is not enrolled for the enterprise on the server; sign in again to enrol it.</source>
        <translation>本机未在服务器上为该企业登记，请重新登录以登记本机。</translation>
    </message>
    <message>
        <source>The server does not know this enterprise or address; check the server address.</source>
        <translation>服务器不认识该企业或地址，请检查服务器地址。</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>服务器拒绝了请求（%1）。</translation>
    </message>
    <message>
        <source>The return for %1: the signature does not match its content (it was changed after it was filed).</source>
        <translation>%1 的申报表：签名与内容不符（申报后被修改过）。</translation>
    </message>
    <message>
        <source>The return for %1 names another enterprise.</source>
        <translation>%1 的申报表属于另一家企业。</translation>
    </message>
    <message>
        <source>The return for %1: the server computed other figures from its inputs (update Taxbox, then correct it).</source>
        <translation>%1 的申报表：服务器按其录入数据算出的数额不同（请更新 Taxbox 后做更正申报）。</translation>
    </message>
    <message>
        <source>The return for %1 fails a check of the form on the server.</source>
        <translation>%1 的申报表未通过服务器上的表内校验。</translation>
    </message>
    <message>
        <source>Refund application %1: the signature does not match its content (it was changed after it was filed).</source>
        <translation>退(抵)税申请 %1：签名与内容不符（提交后被改动）。</translation>
    </message>
    <message>
        <source>Refund application %1 names another enterprise.</source>
        <translation>退(抵)税申请 %1 写的是另一户企业。</translation>
    </message>
    <message>
        <source>The server could not read a refund application.</source>
        <translation>服务器无法读取退(抵)税申请。</translation>
    </message>
    <message>
        <source>Refund application %1 is %2 on the server: it cannot become %3 (the tax office answered first).</source>
        <translation>退(抵)税申请 %1 在服务器上为“%2”，不能再变为“%3”（税务机关已先答复）。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your account has no access to enterprise %1.</source>
        <translation>您的账户无权访问企业 %1。</translation>
    </message>
    <message>
        <source>The access of your account to enterprise %1 is damaged or was altered.</source>
        <translation>您的账户对企业 %1 的访问授权已损坏或被篡改。</translation>
    </message>
    <message>
        <source>No enterprise of yours has the id or credit code &quot;%1&quot;.</source>
        <translation>您的企业中没有编号或信用代码为“%1”的企业。</translation>
    </message>
    <message>
        <source>An enterprise with the credit code %1 already exists: %2.</source>
        <translation>统一社会信用代码为 %1 的企业已存在：%2。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的账户已存在。</translation>
    </message>
    <message>
        <source>grant access to the enterprise</source>
        <translation>授予企业访问权限</translation>
    </message>
    <message>
        <source>The workspace has no account &quot;%1&quot;.</source>
        <translation>工作区中没有账户“%1”。</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>不能修改自己的角色。</translation>
    </message>
    <message>
        <source>The enterprise no longer exists.</source>
        <translation>该企业已不存在。</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>Show the enterprise&apos;s filing settings, or change them with --set &apos;{&quot;vat_period&quot;: &quot;quarter&quot;, &quot;urban_rate&quot;: &quot;0.05&quot;}&apos; (vat_period, cit_period, stamp_duty_period, urban_rate, six_taxes_two_fees, filer, restricted_industry).</source>
        <translation>显示企业的申报设置，或用 --set &apos;{&quot;vat_period&quot;: &quot;quarter&quot;, &quot;urban_rate&quot;: &quot;0.05&quot;}&apos; 修改（vat_period、cit_period、stamp_duty_period、urban_rate、six_taxes_two_fees、filer、restricted_industry）。</translation>
    </message>
    <message>
        <source>The settings to change, as a JSON object.</source>
        <translation>要修改的设置（JSON 对象）。</translation>
    </message>
    <message>
        <source>--set takes a JSON object.</source>
        <translation>--set 须为 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show a return: every cell, the checks, each computed cell&apos;s formula with its numbers, where each generated cell comes from, the overrides with their reasons, and for a correction what changed.</source>
        <translation>显示申报表：全部栏次、校验结果、每个计算栏次代入数字的公式、每个生成栏次的数据来源、手工修改及其原因，更正申报还列出变化。</translation>
    </message>
    <message>
        <source>A filed revision (default: the newest).</source>
        <translation>已申报的版本号（默认：最新）。</translation>
    </message>
    <message>
        <source>One application: its figures, where each comes from, the explanation, the checks, every step with its time, and the statutory clock.</source>
        <translation>一份申请：各项数额及其来源、计算说明、校验、每一步及时间和法定时限。</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>%1 is not an XLSX workbook.</source>
        <translation>%1 不是 XLSX 工作簿。</translation>
    </message>
    <message>
        <source>%1 has no first worksheet.</source>
        <translation>%1 没有第一个工作表。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 and this build cannot read GB18030.</source>
        <translation>%1 不是 UTF-8 编码，而此版本无法读取 GB18030。</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GB18030 text.</source>
        <translation>%1 既不是 UTF-8 也不是 GB18030 文本。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 is too large to import: %2.</source>
        <translation>%1 过大，无法导入：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>部件 %1 已损坏</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than %2</source>
        <translation>部件 %1 解压后超过 %2</translation>
    </message>
    <message>
        <source>more than %1 texts</source>
        <translation>文本超过 %1 条</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>超过 %1 行</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>超过 %1 列</translation>
    </message>
    <message>
        <source>more than %1 cells</source>
        <translation>超过 %1 个单元格</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns.</source>
        <translation>第 %1 行超过 %2 列。</translation>
    </message>
    <message>
        <source>The file has more than %1 cells.</source>
        <translation>文件超过 %1 个单元格。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>文件超过 %1 行。</translation>
    </message>
    <message>
        <source>The quotation mark opened on line %1 is never closed: everything after it would be read as one cell. Close the quote or remove it.</source>
        <translation>第 %1 行的引号没有闭合：其后的全部内容都会被当作一个单元格读取。请补上或删除该引号。</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>大于 %1</translation>
    </message>
</context>
<context>
    <name>SqlPool</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>无法连接 PostgreSQL：%1</translation>
    </message>
</context>
<context>
    <name>SquareClient</name>
    <message>
        <source>The square answered %1 for %2: %3</source>
        <translation>应用广场对%2的答复为 %1：%3</translation>
    </message>
    <message>
        <source>the revocation list</source>
        <translation>吊销清单</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>应用目录</translation>
    </message>
    <message>
        <source>The catalogue&apos;s entry for &quot;%1&quot; is not usable.</source>
        <translation>目录中“%1”的条目不可用。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The square sent the whole package again; download it once more.</source>
        <translation>应用广场重新发送了整个安装包，请再下载一次。</translation>
    </message>
    <message>
        <source>%1 could not be read back.</source>
        <translation>无法读回 %1。</translation>
    </message>
    <message>
        <source>The downloaded %1 %2 is not what the square lists (size or SHA-256 differ); it was removed.</source>
        <translation>下载的 %1 %2 与应用广场所列不符（大小或 SHA-256 不同），已删除。</translation>
    </message>
    <message>
        <source>the package</source>
        <translation>该安装包</translation>
    </message>
    <message>
        <source>the review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>%1 has no screenshot %2.</source>
        <translation>%1 没有第 %2 张截图。</translation>
    </message>
    <message>
        <source>A screenshot of %1 %2 is not what its publisher signed.</source>
        <translation>%1 %2 的截图与发布者签名的内容不符。</translation>
    </message>
</context>
<context>
    <name>StampDuty</name>
    <message>
        <source>Stamp duty</source>
        <translation>印花税</translation>
    </message>
    <message>
        <source>Stamp duty on a contract, a transfer, account books or a securities sale.</source>
        <translation>合同、产权转移书据、营业账簿或证券交易的印花税。</translation>
    </message>
    <message>
        <source>The 50% reduction does not apply to stamp duty on securities sales.</source>
        <translation>证券交易印花税不适用减半征收。</translation>
    </message>
    <message>
        <source>Tax = %1 × %2 = %3; reduction %3 × %4 = %5; payable %6</source>
        <translation>税额 = %1 × %2 = %3；减征 %3 × %4 = %5；应纳 %6</translation>
    </message>
    <message>
        <source>Taxable item</source>
        <translation>应税项目</translation>
    </message>
    <message>
        <source>Loan contract</source>
        <translation>借款合同</translation>
    </message>
    <message>
        <source>Financial lease contract</source>
        <translation>融资租赁合同</translation>
    </message>
    <message>
        <source>Sale contract</source>
        <translation>买卖合同</translation>
    </message>
    <message>
        <source>Work contract</source>
        <translation>承揽合同</translation>
    </message>
    <message>
        <source>Construction contract</source>
        <translation>建设工程合同</translation>
    </message>
    <message>
        <source>Transport contract</source>
        <translation>运输合同</translation>
    </message>
    <message>
        <source>Technology contract</source>
        <translation>技术合同</translation>
    </message>
    <message>
        <source>Lease contract</source>
        <translation>租赁合同</translation>
    </message>
    <message>
        <source>Custody contract</source>
        <translation>保管合同</translation>
    </message>
    <message>
        <source>Warehousing contract</source>
        <translation>仓储合同</translation>
    </message>
    <message>
        <source>Property insurance contract</source>
        <translation>财产保险合同</translation>
    </message>
    <message>
        <source>Transfer of land, buildings or equity</source>
        <translation>土地使用权、房屋、股权转让书据</translation>
    </message>
    <message>
        <source>Transfer of trademark, copyright, patent or know-how</source>
        <translation>商标专用权、著作权、专利权、专有技术使用权转让书据</translation>
    </message>
    <message>
        <source>Business account books</source>
        <translation>营业账簿</translation>
    </message>
    <message>
        <source>Securities sale</source>
        <translation>证券交易</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>50% reduction (六税两费)</source>
        <translation>减半征收（六税两费）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Reading or writing the store</source>
        <translation>读写数据库</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>The JSON on %1 is nested more than %2 levels deep.</source>
        <translation>%1中的 JSON 嵌套超过 %2 层。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the same object on %2; each field may be given once.</source>
        <translation>%2中，同一对象里“%1”出现了两次；每个字段只能给出一次。</translation>
    </message>
    <message>
        <source>%1 is given as the number %2, which has more than %3 significant digits and would be rounded. Give it as a string, such as &quot;1234.56&quot;.</source>
        <translation>%1 以数字 %2 给出，有效数字超过 %3 位，会被舍入。请以字符串给出，例如 &quot;1234.56&quot;。</translation>
    </message>
    <message>
        <source>A value</source>
        <translation>某个值</translation>
    </message>
    <message>
        <source>The JSON on %1 is larger than %2 KB, the most accepted.</source>
        <translation>%1中的 JSON 超过了可接受的上限 %2 KB。</translation>
    </message>
    <message>
        <source>The JSON on %1 is malformed at byte %2: %3.</source>
        <translation>%1中的 JSON 在第 %2 字节处格式有误：%3。</translation>
    </message>
</context>
<context>
    <name>Surtax</name>
    <message>
        <source>Surtaxes</source>
        <translation>附加税费</translation>
    </message>
    <message>
        <source>Urban maintenance and construction tax, education surcharge and local education surcharge.</source>
        <translation>城市维护建设税、教育费附加和地方教育附加。</translation>
    </message>
    <message>
        <source>Base = %1 (VAT) + %2 (consumption tax) + %3 (exempt-offset) = %4</source>
        <translation>计税依据 = %1（增值税）+ %2（消费税）+ %3（免抵税额）= %4</translation>
    </message>
    <message>
        <source>%1: %2 × %3 = %4, reduction %5 × %6 = %7, payable %8</source>
        <translation>%1：%2 × %3 = %4，减征 %5 × %6 = %7，应纳 %8</translation>
    </message>
    <message>
        <source>Urban maintenance and construction tax</source>
        <translation>城市维护建设税</translation>
    </message>
    <message>
        <source>Education surcharge</source>
        <translation>教育费附加</translation>
    </message>
    <message>
        <source>Local education surcharge</source>
        <translation>地方教育附加</translation>
    </message>
    <message>
        <source>VAT paid</source>
        <translation>实缴增值税</translation>
    </message>
    <message>
        <source>Consumption tax paid</source>
        <translation>实缴消费税</translation>
    </message>
    <message>
        <source>Exempt-offset amount</source>
        <translation>免抵税额</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>纳税人所在地</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区</translation>
    </message>
    <message>
        <source>County or town</source>
        <translation>县城、镇</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>50% reduction (六税两费)</source>
        <translation>减半征收（六税两费）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>服务器拒绝登录：%1</translation>
    </message>
    <message>
        <source>The server has no enterprise %1 for this account.</source>
        <translation>服务器上此账户没有企业 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the batch; nothing was recorded, it will be sent again.</source>
        <translation>服务器的应答与本批数据不符；未记录任何结果，稍后会重新发送。</translation>
    </message>
    <message>
        <source>Rule pack %1 from the server was refused: %2</source>
        <translation>已拒绝来自服务器的规则包 %1：%2</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Deliver what the enterprises recorded offline to taxbox-server, exactly once (server password: TAXBOX_SERVER_PASSWORD or the next line of standard input).</source>
        <translation>将各企业离线记录的数据恰好一次地同步到 taxbox-server（服务器密码：TAXBOX_SERVER_PASSWORD 或标准输入的下一行）。</translation>
    </message>
    <message>
        <source>Only this enterprise (id or credit code).</source>
        <translation>只同步此企业（编号或信用代码）。</translation>
    </message>
    <message>
        <source>--server URL and --server-user NAME are required.</source>
        <translation>必须提供 --server URL 和 --server-user NAME。</translation>
    </message>
    <message>
        <source>%1 item(s) conflict with newer versions on the server; a person must decide which version stands.</source>
        <translation>有 %1 项与服务器上的较新版本冲突，需要人工决定保留哪个版本。</translation>
    </message>
    <message>
        <source>Also ask for invoice numbers: KIND:COUNT, e.g. digital_invoice:500 (数电票 numbers; 专票 and 普票 share them).</source>
        <translation>同时申请发票号码：类型:数量，例如 digital_invoice:500（数电票号码，专票和普票共用）。</translation>
    </message>
    <message>
        <source>--numbers takes KIND:COUNT, e.g. digital_invoice:500.</source>
        <translation>--numbers 的格式为 类型:数量，例如 digital_invoice:500。</translation>
    </message>
</context>
<context>
    <name>SyncLedger</name>
    <message>
        <source>The number range is not signed by the server this device enrolled with.</source>
        <translation>该号段不是由本设备登记的服务器签发的。</translation>
    </message>
    <message>
        <source>The number range was granted to another device.</source>
        <translation>该号段是分配给其他设备的。</translation>
    </message>
    <message>
        <source>The number range from the server is malformed.</source>
        <translation>服务器返回的号段格式有误。</translation>
    </message>
    <message>
        <source>This device has no invoice numbers of this kind left. Connect and sync to receive a new range.</source>
        <translation>本设备该种类的发票号码已用完。请联网同步以获取新号段。</translation>
    </message>
    <message>
        <source>This device has been offline longer than the %1 hours its number range allows. Connect and sync to continue.</source>
        <translation>本设备离线时间已超过号段允许的 %1 小时。请联网同步后继续。</translation>
    </message>
    <message>
        <source>This item is not an open conflict.</source>
        <translation>此条目不是待处理的冲突。</translation>
    </message>
    <message>
        <source>This device has numbers for %1 of these %2 invoices. Connect and sync to receive a new range, then issue them.</source>
        <translation>本设备剩余号码只够这 %2 张发票中的 %1 张。请联网同步获取新号段后再开具。</translation>
    </message>
    <message>
        <source>This workspace was restored from a backup or copied from another folder or computer, so its invoice numbers may already have been used by the original. Nothing is issued from them: sync to send its invoices and receive a new number range.</source>
        <translation>此工作区是从备份恢复的，或是从其他文件夹、其他电脑复制来的，其发票号码可能已被原工作区使用，因此不再用这些号码开票。请先同步，上传本机发票并领取新号段。</translation>
    </message>
    <message>
        <source>This item is not an open invoice conflict.</source>
        <translation>此条目不是待处理的发票冲突。</translation>
    </message>
    <message>
        <source>The server already holds another invoice numbered %1 (this workspace was restored or copied and issued the number again). The server&apos;s invoice stands; this one is void and must not be given to anyone. Issue it again with a new number.</source>
        <translation>服务器上已有另一张号码为 %1 的发票（此工作区经恢复或复制后重复使用了该号码）。以服务器上的发票为准；本机这张发票作废，不得交付任何人，请用新号码重新开具。</translation>
    </message>
    <message>
        <source>An invoice cannot be kept against the server&apos;s: the invoice the server holds under this number stands, and this one is voided when the workspace syncs.</source>
        <translation>发票不能保留本机版本：以服务器上该号码的发票为准，本机这张在同步时作废。</translation>
    </message>
    <message>
        <source>Issuing this would pass the amount this device may issue offline (¥%1 since the last sync). Connect and sync to continue.</source>
        <translation>开具此发票将超过本设备离线可开具的金额（自上次同步以来 ¥%1）。请联网同步后继续。</translation>
    </message>
</context>
<context>
    <name>TablePdf</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The pages could not be painted.</source>
        <translation>无法绘制页面。</translation>
    </message>
</context>
<context>
    <name>TaxCodeCatalogue</name>
    <message>
        <source>Cannot read the tax code table %1: %2</source>
        <translation>无法读取税收分类编码表 %1：%2</translation>
    </message>
    <message>
        <source>The tax code table %1 is damaged; import the official table again.</source>
        <translation>税收分类编码表 %1 已损坏，请重新导入官方编码表。</translation>
    </message>
    <message>
        <source>The file is empty: the first row must name the columns.</source>
        <translation>文件为空：第一行必须是列名。</translation>
    </message>
    <message>
        <source>The table needs the columns 编码 and 货物和劳务名称 (see docs/invoicing.md).</source>
        <translation>编码表必须有“编码”和“货物和劳务名称”两列（见 docs/invoicing.md）。</translation>
    </message>
    <message>
        <source>A tax classification code has 19 digits.</source>
        <translation>税收分类编码为 19 位数字。</translation>
    </message>
    <message>
        <source>Cannot write the tax code table %1: %2</source>
        <translation>无法写入税收分类编码表 %1：%2</translation>
    </message>
    <message>
        <source>Line %1: the tax classification code %2 is not in the table imported on this computer. Check the code, or import the tax bureau&apos;s newest table.</source>
        <translation>第 %1 行：税收分类编码 %2 不在本机导入的编码表中。请核对编码，或导入税务机关最新的编码表。</translation>
    </message>
    <message>
        <source>Line %1: %2 (%3) is a summary code (汇总项) and cannot be printed on an invoice; choose one of the codes under it.</source>
        <translation>第 %1 行：%2（%3）是汇总项，不能用于开具发票；请选择其下的明细编码。</translation>
    </message>
    <message>
        <source>The tax classification code %1 is not in the table imported on this computer. Check the code, or import the tax bureau&apos;s newest table.</source>
        <translation>税收分类编码 %1 不在本机导入的编码表中。请核对编码，或导入税务机关最新的编码表。</translation>
    </message>
    <message>
        <source>%1 (%2) is a summary code (汇总项) and cannot be printed on an invoice; choose one of the codes under it.</source>
        <translation>%1（%2）是汇总项，不能用于开具发票；请选择其下的明细编码。</translation>
    </message>
    <message>
        <source>The shipped tax code table is missing from this build.</source>
        <translation>本版本缺少随附的税收分类编码表。</translation>
    </message>
    <message>
        <source>Line %1: %2 (%3) is taxed at %4 in the tax code table, not %5.</source>
        <translation>第 %1 行：%2（%3）在税收分类编码表中的税率为 %4，而不是 %5。</translation>
    </message>
    <message>
        <source>The tax code table cannot be read.</source>
        <translation>无法读取税收分类编码表。</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Write the empty import template (.csv or .xlsx).</source>
        <translation>导出空白导入模板（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>必须提供 --out FILE。</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>工资表</translation>
    </message>
</context>
<context>
    <name>TokenSigner</name>
    <message>
        <source>Cannot read the token key %1.</source>
        <translation>无法读取令牌密钥 %1。</translation>
    </message>
    <message>
        <source>The token key %1 is damaged.</source>
        <translation>令牌密钥 %1 已损坏。</translation>
    </message>
    <message>
        <source>Cannot write the token key %1.</source>
        <translation>无法写入令牌密钥 %1。</translation>
    </message>
    <message>
        <source>The access token is not valid; sign in again.</source>
        <translation>访问令牌无效，请重新登录。</translation>
    </message>
    <message>
        <source>The access token has expired; sign in again.</source>
        <translation>访问令牌已过期，请重新登录。</translation>
    </message>
</context>
<context>
    <name>TraceCommand</name>
    <message>
        <source>The invoices behind a generated cell (--cell A1.r1.c1).</source>
        <translation>生成栏次背后的发票（--cell A1.r1.c1）。</translation>
    </message>
    <message>
        <source>The cell id.</source>
        <translation>栏次编号。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction has already ended.</source>
        <translation>事务已经结束。</translation>
    </message>
</context>
<context>
    <name>UnifiedSocialCreditCode</name>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>The unified social credit code must have 18 characters; &quot;%1&quot; has %2.</source>
        <translation>统一社会信用代码应为 18 位；“%1”有 %2 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the unified social credit code is not allowed; only digits and the capital letters A–Y except I, O, S, V and Z are used.</source>
        <translation>统一社会信用代码第 %1 位（“%2”）不合法；只能使用数字和除 I、O、S、V、Z 以外的大写字母 A–Y。</translation>
    </message>
    <message>
        <source>The check character of the unified social credit code is &quot;%1&quot; but the first 17 characters require &quot;%2&quot;; a character was probably mistyped.</source>
        <translation>统一社会信用代码的校验码是“%1”，但按前 17 位应为“%2”；可能有字符输错了。</translation>
    </message>
    <message>
        <source>Characters 3–8 of the unified social credit code are the registering office&apos;s region code and must be digits; character %1 is &quot;%2&quot;.</source>
        <translation>统一社会信用代码第 3–8 位是登记管理机关行政区划码，必须为数字；第 %1 位是“%2”。</translation>
    </message>
</context>
<context>
    <name>UpdateCommand</name>
    <message>
        <source>Only this package (default: every installed package).</source>
        <translation>只更新这个应用（默认：全部已安装的应用）。</translation>
    </message>
    <message>
        <source>Install the newest version the firm&apos;s square (--server) offers of each installed package, keeping the permissions granted; a permission the new version adds is not granted (listed as not_granted).</source>
        <translation>为每个已安装的应用安装本所应用广场（--server）提供的最新版本，保留已授予的权限；新版本新增的权限不会自动授予（列于 not_granted）。</translation>
    </message>
    <message>
        <source>--server URL and --server-user NAME are required.</source>
        <translation>需要 --server 网址和 --server-user 用户名。</translation>
    </message>
</context>
<context>
    <name>VatGeneral</name>
    <message>
        <source>VAT for general taxpayers</source>
        <translation>一般纳税人增值税</translation>
    </message>
    <message>
        <source>Output tax less creditable input tax and the credit carried forward.</source>
        <translation>销项税额减去可抵扣进项税额和上期留抵税额。</translation>
    </message>
    <message>
        <source>%1 − (%2 − %3) − %4 = %5</source>
        <translation>%1 − (%2 − %3) − %4 = %5</translation>
    </message>
    <message>
        <source>Negative: nothing is payable; %1 is carried forward as credit.</source>
        <translation>结果为负：无需缴纳；%1 作为期末留抵结转下期。</translation>
    </message>
    <message>
        <source>Payable: %1.</source>
        <translation>应纳税额：%1。</translation>
    </message>
    <message>
        <source>Output tax</source>
        <translation>销项税额</translation>
    </message>
    <message>
        <source>Input tax</source>
        <translation>进项税额</translation>
    </message>
    <message>
        <source>Input tax transferred out</source>
        <translation>进项税额转出</translation>
    </message>
    <message>
        <source>Credit carried from last period</source>
        <translation>上期留抵税额</translation>
    </message>
</context>
<context>
    <name>VatSmall</name>
    <message>
        <source>VAT for small-scale taxpayers</source>
        <translation>小规模纳税人增值税</translation>
    </message>
    <message>
        <source>The 1% reduced rate and the monthly or quarterly exemption threshold.</source>
        <translation>1% 减按征收率以及按月或按季的免税标准。</translation>
    </message>
    <message>
        <source>&quot;period&quot; must be a month such as &quot;2025-03&quot; or a quarter such as &quot;2025Q1&quot;.</source>
        <translation>“period”必须是月份（如“2025-03”）或季度（如“2025Q1”）。</translation>
    </message>
    <message>
        <source>&quot;special_invoice_sales&quot; cannot exceed &quot;sales&quot;.</source>
        <translation>“special_invoice_sales”不能超过“sales”。</translation>
    </message>
    <message>
        <source>Sales %1 do not exceed the %2 threshold of %3: exempt, except sales on special invoices (%4).</source>
        <translation>销售额 %1 未超过%2标准 %3：免征增值税，但开具专票的销售额（%4）除外。</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>按季</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Sales %1 exceed the %2 threshold of %3: all of the period&apos;s sales are taxed, not only the excess.</source>
        <translation>销售额 %1 超过%2标准 %3：全部销售额都要纳税，而不仅是超出部分。</translation>
    </message>
    <message>
        <source>Tax = %1 × %2 = %3</source>
        <translation>税额 = %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Period (2025-03 or 2025Q1)</source>
        <translation>所属期（2025-03 或 2025Q1）</translation>
    </message>
    <message>
        <source>Sales excluding tax</source>
        <translation>不含税销售额</translation>
    </message>
    <message>
        <source>Of which on special invoices</source>
        <translation>其中开具专票的销售额</translation>
    </message>
</context>
<context>
    <name>VatSplit</name>
    <message>
        <source>&quot;%1&quot; = %2 is not a VAT rate in force on %3 (%4).</source>
        <translation>“%1” = %2 不是 %3 有效的增值税税率（%4）。</translation>
    </message>
    <message>
        <source>Split a price including VAT</source>
        <translation>价税分离</translation>
    </message>
    <message>
        <source>Amount and VAT of a price that includes tax; they always add up.</source>
        <translation>把含税价拆分为金额和税额，两者之和始终等于含税价。</translation>
    </message>
    <message>
        <source>Amount = %1 ÷ (1 + %2) = %3 (rounded to the fen)</source>
        <translation>金额 = %1 ÷ (1 + %2) = %3（四舍五入到分）</translation>
    </message>
    <message>
        <source>Tax = %1 − %2 = %3</source>
        <translation>税额 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>Price including tax</source>
        <translation>含税价</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Require the number range to be signed by this server key (base64, as taxbox-server prints it); otherwise the key in the file is reported.</source>
        <translation>要求号段由此服务器密钥签发（base64，即 taxbox-server 显示的格式）；否则只报告文件中的密钥。</translation>
    </message>
    <message>
        <source>Name the file to verify.</source>
        <translation>请指定要查验的文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--server-key must be a base64 Ed25519 public key (32 bytes).</source>
        <translation>--server-key 必须是 base64 编码的 Ed25519 公钥（32 字节）。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; an invoice file is far smaller.</source>
        <translation>%1 超过 %2 MB，发票文件远比这小。</translation>
    </message>
    <message>
        <source>%1 did not pass the %2 check: %3</source>
        <translation>%1 未通过 %2 校验：%3</translation>
    </message>
    <message>
        <source>Check an invoice file (no workspace needed). A Taxbox XML file: canonical form, signatures, number range, number and arithmetic. Any 数电票 XML, OFD or PDF a supplier sent: structure, number, arithmetic, amount in words, red reference, the PDF&apos;s QR code against its text — and what cannot be checked offline is said. Exits 1 when any check fails.</source>
        <translation>查验发票文件（无需工作区）。Taxbox 的 XML 文件：规范格式、签名、号段、号码和计算。供应商发来的任何数电票 XML、OFD 或 PDF：结构、号码、计算、大写金额、红字信息、PDF 二维码与其文字是否一致——并说明哪些无法离线查验。任一项未通过时退出码为 1。</translation>
    </message>
    <message>
        <source>The invoice&apos;s .xml, .ofd or .pdf file.</source>
        <translation>发票的 .xml、.ofd 或 .pdf 文件。</translation>
    </message>
    <message>
        <source>Check a package file (.tbx) as installing does — signatures, every file&apos;s hash, paths, sizes, versions, revocation — without installing it; exit 1 with the reason when it would be refused.</source>
        <translation>按安装时的方式校验插件文件（.tbx）——签名、每个文件的哈希、路径、大小、版本、吊销——但不安装；会被拒绝时以退出码 1 给出原因。</translation>
    </message>
    <message>
        <source>the package file</source>
        <translation>插件文件</translation>
    </message>
    <message>
        <source>The package file (.tbx).</source>
        <translation>插件文件（.tbx）。</translation>
    </message>
</context>
<context>
    <name>WithdrawCommand</name>
    <message>
        <source>Withdraw a filed application the office has not decided, with --reason (queued for the server).</source>
        <translation>撤回税务机关尚未作出决定的已提交申请，需 --reason（排队发往服务器）。</translation>
    </message>
    <message>
        <source>Why it is withdrawn.</source>
        <translation>撤回原因。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The workspace is being changed by another Taxbox program; try again.</source>
        <translation>另一个 Taxbox 程序正在修改工作区，请稍后重试。</translation>
    </message>
    <message>
        <source>A user name has 1 to 64 characters and no spaces at either end.</source>
        <translation>用户名须为 1 到 64 个字符，首尾不能有空格。</translation>
    </message>
    <message>
        <source>A user name may not contain control characters.</source>
        <translation>用户名不能包含控制字符。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A workspace already exists at %1.</source>
        <translation>%1 处已有工作区。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>There is no workspace at %1; create one first.</source>
        <translation>%1 处没有工作区，请先创建。</translation>
    </message>
    <message>
        <source>This workspace has several accounts; say which one.</source>
        <translation>此工作区有多个账户，请指定账户。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>密码错误次数过多。请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>This is not the recovery key of this workspace.</source>
        <translation>这不是此工作区的恢复密钥。</translation>
    </message>
    <message>
        <source>The workspace has no account &quot;%1&quot;.</source>
        <translation>工作区中没有账户“%1”。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>The workspace folder (default: %1).</source>
        <translation>工作区文件夹（默认：%1）。</translation>
    </message>
    <message>
        <source>Read the password (and any new password or recovery key) from lines of standard input instead of the TAXBOX_PASSWORD environment variable.</source>
        <translation>从标准输入逐行读取密码（以及新密码或恢复密钥），而不是从环境变量 TAXBOX_PASSWORD 读取。</translation>
    </message>
    <message>
        <source>The account to act as (needed when the workspace has several).</source>
        <translation>以哪个账户操作（工作区有多个账户时必须指定）。</translation>
    </message>
    <message>
        <source>Give the %1 in the environment variable %2 or on standard input with --password-stdin.</source>
        <translation>请通过环境变量 %2 或配合 --password-stdin 从标准输入提供 %1。</translation>
    </message>
    <message>
        <source>--enterprise ENT is required.</source>
        <translation>必须提供 --enterprise ENT。</translation>
    </message>
    <message>
        <source>The server, e.g. https://taxbox.example.com.</source>
        <translation>服务器，例如 https://taxbox.example.com。</translation>
    </message>
    <message>
        <source>The account on the server.</source>
        <translation>服务器上的账户。</translation>
    </message>
    <message>
        <source>Trust the server certificate in this CA file (PEM).</source>
        <translation>信任此 CA 文件（PEM）中的服务器证书。</translation>
    </message>
    <message>
        <source>Also require this server public key: sha256//BASE64 of the key&apos;s DER (as curl&apos;s --pinnedpubkey).</source>
        <translation>同时要求服务器使用此公钥：sha256//密钥 DER 的 BASE64（同 curl 的 --pinnedpubkey）。</translation>
    </message>
    <message>
        <source>--server URL and --server-user NAME are required.</source>
        <translation>需要 --server 网址和 --server-user 用户名。</translation>
    </message>
    <message>
        <source>The content pack %1 is not in force: %2</source>
        <translation>内容包 %1 未启用：%2</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::BackupCommand</name>
    <message>
        <source>Write an encrypted backup of your enterprises; it is re-read and integrity-checked before this says done.</source>
        <translation>写入企业数据的加密备份；完成前会重新读取并校验完整性。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>必须提供 --out FILE。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::CloseCommand</name>
    <message>
        <source>Close a computed month: it is confirmed and can no longer change.</source>
        <translation>对已计算的月份结账：确认后不能再修改。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::EmployeeAddCommand</name>
    <message>
        <source>Add an employee from JSON: name, resident_id, hire_date, first_job, sixty_thousand_rule, declarations.</source>
        <translation>从 JSON 添加员工：name、resident_id、hire_date、first_job、sixty_thousand_rule、declarations。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::EmployeeListCommand</name>
    <message>
        <source>List the enterprise&apos;s employees.</source>
        <translation>列出企业的员工。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::EnterpriseAddCommand</name>
    <message>
        <source>Add an enterprise from JSON: name, credit_code, taxpayer_kind (small|general), region, address, phone, bank, bank_account, tax_office.</source>
        <translation>从 JSON 添加企业：name、credit_code、taxpayer_kind（small|general）、region、address、phone、bank、bank_account、tax_office。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::EnterpriseArchiveCommand</name>
    <message>
        <source>Archive an enterprise (kept, read-only, hidden from the list); --restore undoes it.</source>
        <translation>归档企业（数据保留、只读、不在列表中显示）；--restore 可撤销。</translation>
    </message>
    <message>
        <source>Bring the enterprise back from the archive.</source>
        <translation>从归档中恢复企业。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::EnterpriseEditCommand</name>
    <message>
        <source>Change an enterprise&apos;s profile: JSON with only the fields that change.</source>
        <translation>修改企业信息：JSON 中只需包含要修改的字段。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::EnterpriseGrantCommand</name>
    <message>
        <source>Give another account a role in an enterprise you administer.</source>
        <translation>在您管理的企业中为其他账户分配角色。</translation>
    </message>
    <message>
        <source>The account that receives the role.</source>
        <translation>获得该角色的账户。</translation>
    </message>
    <message>
        <source>viewer, accountant or admin.</source>
        <translation>viewer（查看者）、accountant（会计）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>--to NAME and --role viewer|accountant|admin are required.</source>
        <translation>必须提供 --to NAME 和 --role viewer|accountant|admin。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::EnterpriseListCommand</name>
    <message>
        <source>List the enterprises your account keeps.</source>
        <translation>列出您的账户管理的企业。</translation>
    </message>
    <message>
        <source>Include archived enterprises.</source>
        <translation>包括已归档的企业。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::EnterpriseShowCommand</name>
    <message>
        <source>Show an enterprise&apos;s profile and its audit log.</source>
        <translation>显示企业信息及其审计日志。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::EnterpriseTargetCommand</name>
    <message>
        <source>The enterprise&apos;s id or unified social credit code.</source>
        <translation>企业编号或统一社会信用代码。</translation>
    </message>
    <message>
        <source>Name one enterprise by its id or credit code.</source>
        <translation>请用编号或信用代码指定一家企业。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ExportCommand</name>
    <message>
        <source>Export the month&apos;s withholding return (扣缴申报表) as CSV or XLSX.</source>
        <translation>将当月扣缴申报表导出为 CSV 或 XLSX。</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv 或 xlsx（默认按文件扩展名）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>必须提供 --out FILE。</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation>--format 必须是 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>Run the payroll of %1 first.</source>
        <translation>请先计算 %1 的工资个税。</translation>
    </message>
    <message>
        <source>The 20-digit number.</source>
        <translation>20 位发票号码。</translation>
    </message>
    <message>
        <source>Name the invoice number and --out FILE.</source>
        <translation>请指定发票号码和 --out 文件。</translation>
    </message>
    <message>
        <source>Write an issued invoice as its signed XML file (--format xml), a PDF in the 数电票 layout (pdf) or an OFD file (ofd, GB/T 33190).</source>
        <translation>将已开发票输出为带签名的 XML 文件（--format xml）、数电票版式的 PDF（pdf）或 OFD 文件（ofd，GB/T 33190）。</translation>
    </message>
    <message>
        <source>xml (the signed 数电票 file), pdf or ofd.</source>
        <translation>xml（带签名的数电票文件）、pdf 或 ofd。</translation>
    </message>
    <message>
        <source>--format takes xml, pdf or ofd.</source>
        <translation>--format 的取值为 xml、pdf 或 ofd。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ImportCommand</name>
    <message>
        <source>Import a month&apos;s payroll from CSV or XLSX. A file with errors imports nothing unless --good-rows.</source>
        <translation>从 CSV 或 XLSX 导入当月工资。文件有错误时不导入任何内容，除非使用 --good-rows。</translation>
    </message>
    <message>
        <source>The .csv or .xlsx file.</source>
        <translation>.csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Column mapping as JSON, e.g. {&quot;income&quot;:&quot;应发工资&quot;}.</source>
        <translation>列对应关系（JSON），例如 {&quot;income&quot;:&quot;应发工资&quot;}。</translation>
    </message>
    <message>
        <source>Import the rows without errors and report the others.</source>
        <translation>导入没有错误的行，并报告其余各行。</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>请指定要导入的文件。</translation>
    </message>
    <message>
        <source>--map must be a JSON object.</source>
        <translation>--map 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Rows with errors: %1. Nothing was imported; correct them, or import the good rows with --good-rows.</source>
        <translation>有错误的行数：%1。未导入任何内容；请改正，或用 --good-rows 导入正确的行。</translation>
    </message>
    <message>
        <source>Issue the invoices of a CSV or XLSX list (one row per line item, rows with the same 序号 make one invoice). With errors nothing is issued unless --valid-only.</source>
        <translation>按 CSV 或 XLSX 清单开具发票（每行一个明细，序号相同的行为同一张发票）。有错误时一张也不开，除非使用 --valid-only。</translation>
    </message>
    <message>
        <source>Issue the valid invoices and report the others.</source>
        <translation>开具无误的发票，报告其余的错误。</translation>
    </message>
    <message>
        <source>Write the empty template to FILE instead of importing.</source>
        <translation>不导入，而是把空白模板写入 FILE。</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::IssueCommand</name>
    <message>
        <source>Issue one invoice (a JSON object) or a batch (a JSON array); prints the numbers issued.</source>
        <translation>开具一张发票（JSON 对象）或一批发票（JSON 数组），输出开具的号码。</translation>
    </message>
    <message>
        <source>In a batch with errors, issue the valid invoices (default: issue none).</source>
        <translation>批量中有错误时，开具无误的发票（默认：一张也不开）。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ListCommand</name>
    <message>
        <source>The invoice ledger, filtered, with totals by rate and month.</source>
        <translation>发票台账（可筛选），附按税率和月份的合计。</translation>
    </message>
    <message>
        <source>Issued on or after this date.</source>
        <translation>开票日期不早于此日期。</translation>
    </message>
    <message>
        <source>Issued on or before this date.</source>
        <translation>开票日期不晚于此日期。</translation>
    </message>
    <message>
        <source>Part of the buyer&apos;s name or credit code.</source>
        <translation>购买方名称或统一社会信用代码的一部分。</translation>
    </message>
    <message>
        <source>Part of the invoice number.</source>
        <translation>发票号码的一部分。</translation>
    </message>
    <message>
        <source>issued, partly_reversed, reversed or red.</source>
        <translation>issued、partly_reversed、reversed 或 red。</translation>
    </message>
    <message>
        <source>Total (including tax) at least.</source>
        <translation>价税合计不低于。</translation>
    </message>
    <message>
        <source>Total (including tax) at most.</source>
        <translation>价税合计不高于。</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2026-03-31.</source>
        <translation>--%1 需要形如 2026-03-31 的日期。</translation>
    </message>
    <message>
        <source>--status takes issued, partly_reversed, reversed or red.</source>
        <translation>--status 只能是 issued、partly_reversed、reversed 或 red。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ListKeepingCommand</name>
    <message>
        <source>The remembered buyers.</source>
        <translation>已保存的购买方。</translation>
    </message>
    <message>
        <source>The remembered products and services.</source>
        <translation>已保存的商品和服务。</translation>
    </message>
    <message>
        <source>Add or update buyers from a CSV or XLSX list (名称, 统一社会信用代码, 地址, 电话, 开户银行, 银行账号, 自然人); a list with errors changes nothing.</source>
        <translation>从 CSV 或 XLSX 清单添加或更新购买方（名称、统一社会信用代码、地址、电话、开户银行、银行账号、自然人）；清单有错误时不做任何修改。</translation>
    </message>
    <message>
        <source>Add or update products from a CSV or XLSX list (名称, 税收分类编码, 简称, 规格型号, 单位, 单价, 含税, 税率); a list with errors changes nothing.</source>
        <translation>从 CSV 或 XLSX 清单添加或更新商品（名称、税收分类编码、简称、规格型号、单位、单价、含税、税率）；清单有错误时不做任何修改。</translation>
    </message>
    <message>
        <source>Write the buyers to a CSV or XLSX list.</source>
        <translation>把购买方写入 CSV 或 XLSX 清单。</translation>
    </message>
    <message>
        <source>Write the products to a CSV or XLSX list.</source>
        <translation>把商品写入 CSV 或 XLSX 清单。</translation>
    </message>
    <message>
        <source>Forget a buyer (by name).</source>
        <translation>删除一个购买方（按名称）。</translation>
    </message>
    <message>
        <source>Forget a product (by name).</source>
        <translation>删除一个商品（按名称）。</translation>
    </message>
    <message>
        <source>The .csv or .xlsx file.</source>
        <translation>.csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The name.</source>
        <translation>名称。</translation>
    </message>
    <message>
        <source>Name the file or the name.</source>
        <translation>请指定文件或名称。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Only entries whose name holds TEXT, whose pinyin initials hold it (bjb finds 笔记本电脑), or whose code starts with it.</source>
        <translation>只列出名称包含 TEXT、拼音首字母包含 TEXT（bjb 可找到笔记本电脑）或编码以 TEXT 开头的条目。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::OpeningImportCommand</name>
    <message>
        <source>Import each employee&apos;s cumulative figures at the end of --period (the month before the first month Taxbox computes), from CSV or XLSX with the 扣缴端&apos;s columns.</source>
        <translation>从 CSV 或 XLSX（扣缴端的列）导入每位员工截至 --period 月末的累计数（即 Taxbox 首个计算月份的前一个月）。</translation>
    </message>
    <message>
        <source>The .csv or .xlsx file.</source>
        <translation>.csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>请指定要导入的文件。</translation>
    </message>
    <message>
        <source>Rows with errors: %1. Nothing was imported; correct them and import the file again.</source>
        <translation>有错误的行：%1。未导入任何内容；请更正后重新导入。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::OpeningListCommand</name>
    <message>
        <source>List the employees&apos; opening cumulative figures at the end of --period.</source>
        <translation>列出员工截至 --period 月末的期初累计。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::PasswdCommand</name>
    <message>
        <source>Change your password (current: TAXBOX_PASSWORD, new: TAXBOX_NEW_PASSWORD, or two lines of standard input). Only the keyring changes; no data is re-encrypted.</source>
        <translation>修改密码（当前密码：TAXBOX_PASSWORD，新密码：TAXBOX_NEW_PASSWORD，或标准输入的两行）。只修改密钥库，不重新加密数据。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ReceivedAddCommand</name>
    <message>
        <source>Register a voucher typed by hand (JSON on standard input): 海关缴款书 (customs), 农产品 (agricultural), 通行费 (toll) or 旅客运输 (passenger); or, with --qr, an invoice known only by its scanned QR code.</source>
        <translation>登记手工录入的凭证（标准输入的 JSON）：海关缴款书（customs）、农产品（agricultural）、通行费（toll）或旅客运输（passenger）；或用 --qr 登记只扫描了二维码的发票。</translation>
    </message>
    <message>
        <source>A scanned QR payload.</source>
        <translation>扫描得到的二维码内容。</translation>
    </message>
    <message>
        <source>With --qr: the seller&apos;s name as printed.</source>
        <translation>与 --qr 一起使用：发票上印的销售方名称。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ReceivedConfirmCommand</name>
    <message>
        <source>用途确认: deduct a received invoice in a period (--deduct YYYY-MM), or not (--not-deduct REASON).</source>
        <translation>用途确认：在某所属期抵扣进项发票（--deduct YYYY-MM），或不抵扣（--not-deduct 原因）。</translation>
    </message>
    <message>
        <source>The number.</source>
        <translation>号码。</translation>
    </message>
    <message>
        <source>The period to deduct it in.</source>
        <translation>抵扣所属期。</translation>
    </message>
    <message>
        <source>Why it is not deducted.</source>
        <translation>不抵扣的原因。</translation>
    </message>
    <message>
        <source>Name the invoice number and either --deduct PERIOD or --not-deduct REASON.</source>
        <translation>请给出发票号码，并指定 --deduct 所属期 或 --not-deduct 原因 之一。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ReceivedExportCommand</name>
    <message>
        <source>Write the received-invoice ledger (filtered) to a .csv or .xlsx file.</source>
        <translation>将（筛选后的）进项发票台账写入 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The file to write (.csv or .xlsx).</source>
        <translation>要写入的文件（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>Name the file with --out.</source>
        <translation>请用 --out 指定文件。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ReceivedImportCommand</name>
    <message>
        <source>Register received invoices from XML or OFD files, folders or zip archives; each is checked, duplicates are skipped, and none is imported when any is refused (unless --skip-bad).</source>
        <translation>从 XML 或 OFD 文件、文件夹或 zip 压缩包登记进项发票；逐张查验，重复的跳过，任一张被拒时全部不导入（除非使用 --skip-bad）。</translation>
    </message>
    <message>
        <source>Files, folders or zip archives.</source>
        <translation>文件、文件夹或 zip 压缩包。</translation>
    </message>
    <message>
        <source>Import the good files even when others are refused.</source>
        <translation>即使有文件被拒，也导入合格的文件。</translation>
    </message>
    <message>
        <source>Name the files to import.</source>
        <translation>请指定要导入的文件。</translation>
    </message>
    <message>
        <source>No file could be imported; see &quot;refused&quot;.</source>
        <translation>没有文件可以导入；见“refused”。</translation>
    </message>
    <message>
        <source>%1 file(s) were refused, so none was imported: %2 Correct them, or import the good ones with --skip-bad.</source>
        <translation>有 %1 个文件被拒，因此全部未导入：%2 请更正，或用 --skip-bad 导入合格的文件。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ReceivedListCommand</name>
    <message>
        <source>The received invoices, filtered, with totals.</source>
        <translation>筛选后的进项发票及合计。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ReceivedRemoveCommand</name>
    <message>
        <source>Take a wrongly registered invoice off the ledger, with the reason (not one confirmed for deduction).</source>
        <translation>将误登记的发票从台账移除，并说明原因（已确认抵扣的不能移除）。</translation>
    </message>
    <message>
        <source>The number.</source>
        <translation>号码。</translation>
    </message>
    <message>
        <source>Why it is removed.</source>
        <translation>移除原因。</translation>
    </message>
    <message>
        <source>Name the invoice number.</source>
        <translation>请给出发票号码。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ReceivedShowCommand</name>
    <message>
        <source>One received invoice in full, with its checks.</source>
        <translation>一张进项发票的全部内容及查验结果。</translation>
    </message>
    <message>
        <source>The number.</source>
        <translation>号码。</translation>
    </message>
    <message>
        <source>Name the invoice number.</source>
        <translation>请给出发票号码。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::RecoverCommand</name>
    <message>
        <source>Set a new password with the recovery key (TAXBOX_RECOVERY_KEY and TAXBOX_NEW_PASSWORD, or two lines of standard input). Every enterprise stays open to the account.</source>
        <translation>用恢复密钥设置新密码（TAXBOX_RECOVERY_KEY 和 TAXBOX_NEW_PASSWORD，或标准输入的两行）。账户仍可打开所有企业。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::RedDecideCommand</name>
    <message>
        <source>As the buyer, confirm (or with --refuse, refuse) a seller&apos;s 红字确认单; sent by the next sync.</source>
        <translation>作为购买方确认（或用 --refuse 拒绝）销售方的红字确认单；下次同步时发送。</translation>
    </message>
    <message>
        <source>The confirmation&apos;s id.</source>
        <translation>确认单编号。</translation>
    </message>
    <message>
        <source>Refuse instead of confirming.</source>
        <translation>拒绝而不是确认。</translation>
    </message>
    <message>
        <source>Name the confirmation&apos;s id.</source>
        <translation>请指定确认单编号。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::RedIssueCommand</name>
    <message>
        <source>Issue the red-letter invoice of a confirmed 红字确认单.</source>
        <translation>根据已确认的红字确认单开具红字发票。</translation>
    </message>
    <message>
        <source>The confirmation&apos;s id.</source>
        <translation>确认单编号。</translation>
    </message>
    <message>
        <source>Name the confirmation&apos;s id.</source>
        <translation>请指定确认单编号。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::RedListCommand</name>
    <message>
        <source>红字确认单 asked for by this enterprise and received from sellers.</source>
        <translation>本企业申请的及收到的销售方红字确认单。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::RedRequestCommand</name>
    <message>
        <source>Ask the buyer to confirm a 红字确认单 for a blue invoice (all that remains, or --amount); sent by the next sync.</source>
        <translation>为一张蓝字发票向购买方申请红字确认单（剩余全部金额，或 --amount）；下次同步时发送。</translation>
    </message>
    <message>
        <source>The blue invoice.</source>
        <translation>蓝字发票。</translation>
    </message>
    <message>
        <source>The amount to reverse, including tax (default: all that remains).</source>
        <translation>红冲金额（含税，默认：剩余全部）。</translation>
    </message>
    <message>
        <source>Why: 销货退回, 开票有误, 服务中止, 销售折让…</source>
        <translation>原因：销货退回、开票有误、服务中止、销售折让…</translation>
    </message>
    <message>
        <source>Name the blue invoice&apos;s number.</source>
        <translation>请指定蓝字发票号码。</translation>
    </message>
    <message>
        <source>The buyer does not use this server and confirmed the 红字确认单 on the 电子税务局: its 20-digit number. The confirmation is recorded as confirmed.</source>
        <translation>购买方未使用本服务器，已在电子税务局确认红字确认单：填写其 20 位编号，该确认单即记为已确认。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ReopenCommand</name>
    <message>
        <source>Reopen a closed month; the reason goes into the audit log.</source>
        <translation>重新打开已结账的月份；原因记入审计日志。</translation>
    </message>
    <message>
        <source>Why the month is reopened.</source>
        <translation>重新打开的原因。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::RestoreCommand</name>
    <message>
        <source>Replace the workspace with a backup, atomically, after checking it opens with your password (or, with --recovery-key, the recovery key and a new password).</source>
        <translation>确认备份可用您的密码打开后（或配合 --recovery-key 使用恢复密钥和新密码），以原子方式用备份替换工作区。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>Unlock with the recovery key (TAXBOX_RECOVERY_KEY) and set a new password (TAXBOX_NEW_PASSWORD).</source>
        <translation>用恢复密钥（TAXBOX_RECOVERY_KEY）解锁并设置新密码（TAXBOX_NEW_PASSWORD）。</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>请指定备份文件。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::RunCommand</name>
    <message>
        <source>Compute the month&apos;s cumulative withholding for every employee and store it.</source>
        <translation>按累计预扣法计算每位员工当月预扣税额并保存。</translation>
    </message>
    <message>
        <source>Close the month after computing it (confirmed, no more changes).</source>
        <translation>计算后结账（确认后不再修改）。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::ShowCommand</name>
    <message>
        <source>One issued invoice in full, with its QR payload.</source>
        <translation>一张已开具发票的完整内容及二维码。</translation>
    </message>
    <message>
        <source>The 20-digit number.</source>
        <translation>20 位发票号码。</translation>
    </message>
    <message>
        <source>Name the invoice number.</source>
        <translation>请指定发票号码。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::UserAddCommand</name>
    <message>
        <source>Create another account; its password comes from TAXBOX_NEW_PASSWORD or the second line of standard input.</source>
        <translation>创建另一个账户；其密码来自 TAXBOX_NEW_PASSWORD 或标准输入的第二行。</translation>
    </message>
    <message>
        <source>The new account&apos;s name.</source>
        <translation>新账户的名称。</translation>
    </message>
    <message>
        <source>Name the new account.</source>
        <translation>请指定新账户的名称。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::VoidCommand</name>
    <message>
        <source>Fully digitalised e-invoices cannot be voided: explains how to reverse one with a red-letter invoice.</source>
        <translation>数电票不能作废：说明如何以红字发票冲销。</translation>
    </message>
    <message>
        <source>The 20-digit number.</source>
        <translation>20 位发票号码。</translation>
    </message>
    <message>
        <source>A 数电票 cannot be voided once issued. Reverse it with a red-letter invoice: taxbox-cli invoice red request NUMBER --reason TEXT, then (once the buyer confirmed) invoice red issue ID.</source>
        <translation>数电票开具后不能作废。请以红字发票冲销：taxbox-cli invoice red request 号码 --reason 原因，待购买方确认后执行 invoice red issue 编号。</translation>
    </message>
</context>
<context>
    <name>taxbox::cli::WorkspaceInitCommand</name>
    <message>
        <source>Create an encrypted workspace with its first account and print its recovery key, once.</source>
        <translation>创建加密工作区及其第一个账户，并只显示一次恢复密钥。</translation>
    </message>
    <message>
        <source>Name of the first account.</source>
        <translation>第一个账户的名称。</translation>
    </message>
    <message>
        <source>--user NAME is required.</source>
        <translation>必须提供 --user NAME。</translation>
    </message>
    <message>
        <source>Write the recovery key down and keep it safe. It is shown only now; with it, a forgotten password loses nothing.</source>
        <translation>请抄下恢复密钥并妥善保管。它只显示这一次；有了它，忘记密码也不会丢失任何数据。</translation>
    </message>
</context>
<context>
    <name>taxbox::server::Names</name>
    <message>
        <source>&quot;%1&quot; holds a control character.</source>
        <translation>“%1”含有控制字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have 1 to %2 characters, at least one visible.</source>
        <translation>“%1”须为 1 到 %2 个字符，且至少有一个可见字符。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui</name>
    <message>
        <source>Taxbox recovery key</source>
        <translation>Taxbox 恢复密钥</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账户：%1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>生成日期：%1</translation>
    </message>
    <message>
        <source>This key opens every enterprise of the account if the password is forgotten. Keep it away from this computer (on paper, or on a drive kept elsewhere), and never send it to anyone.</source>
        <translation>忘记密码时，这把密钥可以打开该账户的所有企业。请保存在这台电脑以外的地方（纸上，或另外存放的U盘等），切勿发送给任何人。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::AboutDialog</name>
    <message>
        <source>About Taxbox</source>
        <translation>关于 Taxbox</translation>
    </message>
    <message>
        <source>Taxbox 便民办税工具箱</source>
        <translation>Taxbox 便民办税工具箱</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>A desktop toolbox for taxpayers and the accountants who serve them: invoices, filings, tax calculations and refunds, prepared offline on an encrypted store.</source>
        <translation>为纳税人和会计人员打造的桌面工具箱：开票、申报、税款计算和退税，均可离线在加密存储中完成。</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>SQLCipher:</source>
        <translation>SQLCipher：</translation>
    </message>
    <message>
        <source>%1 (SQLite %2)</source>
        <translation>%1（SQLite %2）</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL：</translation>
    </message>
    <message>
        <source>libcurl:</source>
        <translation>libcurl：</translation>
    </message>
    <message>
        <source>GMP:</source>
        <translation>GMP：</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::AmountInWordsPage</name>
    <message>
        <source>Amount in words</source>
        <translation>金额大写</translation>
    </message>
    <message>
        <source>Write an amount in Chinese capital numerals (大写) for vouchers, contracts and invoices.</source>
        <translation>将金额转换为中文大写，用于凭证、合同和发票。</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 107000.53</source>
        <translation>例如 107000.53</translation>
    </message>
    <message>
        <source>&amp;Invoice form (圆 instead of 元)</source>
        <translation>发票写法（用“圆”代替“元”）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::AmountsDialog</name>
    <message>
        <source>empty = 0</source>
        <translation>空白即 0</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::BackupScheduler</name>
    <message>
        <source>Unlock Taxbox to make a backup.</source>
        <translation>请先解锁 Taxbox 再备份。</translation>
    </message>
    <message>
        <source>Choose a backup folder first.</source>
        <translation>请先选择备份文件夹。</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::CalculatorsPage</name>
    <message>
        <source>today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <source>Fill in the form; the result appears as you type.</source>
        <translation>填写表单，结果随输入即时显示。</translation>
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
        <source>The result is on the clipboard.</source>
        <translation>结果已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>计算结果</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Rule pack %1 %2 · computed %3</source>
        <translation>规则包 %1 %2 · 计算于 %3</translation>
    </message>
    <message>
        <source>There is no result to export yet.</source>
        <translation>还没有可导出的结果。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>复制为文本(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Tax calculators</source>
        <translation>税款计算器</translation>
    </message>
    <message>
        <source>Wages, remuneration, bonus and annual IIT, VAT, surtaxes, CIT, stamp duty and refunds, with the rules in force for the date.</source>
        <translation>工资、劳务、奖金和年度汇算个税，增值税、附加税费、企业所得税、印花税和退税，按所属日期适用有效规则。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>e.g. 13%</source>
        <translation>例如 13%</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::ChangePasswordDialog</name>
    <message>
        <source>Change the password of %1</source>
        <translation>修改 %1 的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>重复新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>The recovery key stays valid. If you sign in to a sync server with this password, change it there too.</source>
        <translation>恢复密钥仍然有效。如果您用此密码登录同步服务器，请在服务器上也修改密码。</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Current password: it is wrong.</source>
        <translation>当前密码：密码错误。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::ConfirmUseDialog</name>
    <message>
        <source>&amp;Deduct its input tax (%1) in the period</source>
        <translation>抵扣其进项税额 %1，所属期(&amp;D)</translation>
    </message>
    <message>
        <source>Confirm the use of invoice %1</source>
        <translation>确认发票 %1 的用途</translation>
    </message>
    <message>
        <source>e.g. 用于集体福利, 免税项目, 个人消费</source>
        <translation>如：用于集体福利、免税项目、个人消费</translation>
    </message>
    <message>
        <source>%1 · %2 · total ¥%3</source>
        <translation>%1 · %2 · 价税合计 ¥%3</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Do &amp;not deduct it, because</source>
        <translation>不抵扣，原因(&amp;N)</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::DesktopController</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Locked after %1 min without use.</source>
        <translation>已因 %1 分钟无操作而锁定。</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>欢迎，%1。</translation>
    </message>
    <message>
        <source>Taxbox</source>
        <translation>Taxbox 便民办税工具箱</translation>
    </message>
    <message>
        <source>Welcome. Everything you enter is erased when you press &quot;End visit&quot; or leave.</source>
        <translation>欢迎使用。点击“结束使用”或离开后，您录入的所有内容都会被清除。</translation>
    </message>
    <message>
        <source>Restored. Sync to send what the backup holds and to receive new invoice numbers.</source>
        <translation>已恢复。请同步，以上传备份中的数据并领取新的发票号码。</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in with its account.</source>
        <translation>备份已恢复。请用备份中的账户登录。</translation>
    </message>
    <message>
        <source>End visit and erase</source>
        <translation>结束使用并清除</translation>
    </message>
    <message>
        <source>Erase everything of this visit (enterprises, calculations, files saved here) and start again for the next person?</source>
        <translation>清除本次使用的全部内容（企业、计算结果、保存在本机的文件），为下一位使用者重新开始吗？</translation>
    </message>
    <message>
        <source>&amp;Erase and end</source>
        <translation>清除并结束(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>继续使用(&amp;K)</translation>
    </message>
    <message>
        <source>Close Taxbox</source>
        <translation>关闭 Taxbox</translation>
    </message>
    <message>
        <source>Only the hall&apos;s administrator can close Taxbox on this computer.</source>
        <translation>只有办税服务厅的管理员才能关闭本机上的 Taxbox。</translation>
    </message>
    <message>
        <source>Administrator &amp;password:</source>
        <translation>管理员密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Close Taxbox</source>
        <translation>关闭 Taxbox(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Administrator password: it is wrong.</source>
        <translation>管理员密码：密码错误。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::EmployeeDialog</name>
    <message>
        <source>First job this year (deduction from January)</source>
        <translation>年度首次取得工资（从 1 月起算减除费用）</translation>
    </message>
    <message>
        <source>60,000 rule (withheld by this employer all last year, wages ≤ 60,000)</source>
        <translation>6 万元规则（上年在本单位全年预扣且工资不超过 6 万元）</translation>
    </message>
    <message>
        <source>Degree continuing education</source>
        <translation>学历（学位）继续教育</translation>
    </message>
    <message>
        <source>Add an employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Only child</source>
        <translation>独生子女</translation>
    </message>
    <message>
        <source>Shared with siblings (monthly share)</source>
        <translation>非独生子女（按月分摊额）</translation>
    </message>
    <message>
        <source>Housing loan interest</source>
        <translation>住房贷款利息</translation>
    </message>
    <message>
        <source>Rent, municipality or provincial capital</source>
        <translation>住房租金：直辖市、省会等城市</translation>
    </message>
    <message>
        <source>Rent, city above 1 million people</source>
        <translation>住房租金：市辖区户籍人口超过 100 万的城市</translation>
    </message>
    <message>
        <source>Rent, other city</source>
        <translation>住房租金：其他城市</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Resident &amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Hired on:</source>
        <translation>任职受雇日期(&amp;H)：</translation>
    </message>
    <message>
        <source>Children in education:</source>
        <translation>子女教育人数：</translation>
    </message>
    <message>
        <source>Children under 3:</source>
        <translation>3 岁以下婴幼儿人数：</translation>
    </message>
    <message>
        <source>Elderly support:</source>
        <translation>赡养老人：</translation>
    </message>
    <message>
        <source>Monthly share:</source>
        <translation>每月分摊额：</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>住房：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>On a closed month&apos;s return: stays as filed</source>
        <translation>已在结账月份的报表中：须与已申报的一致</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::EnterpriseDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::EnterpriseForm</name>
    <message>
        <source>Taxpayer &amp;name:</source>
        <translation>纳税人名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Taxpayer &amp;kind:</source>
        <translation>纳税人类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Region code:</source>
        <translation>行政区划代码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>开户银行(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Tax office:</source>
        <translation>主管税务机关(&amp;T)：</translation>
    </message>
    <message>
        <source>six digits, e.g. 350100</source>
        <translation>六位数字，例如 350100</translation>
    </message>
    <message>
        <source>Bank acco&amp;unt:</source>
        <translation>银行账号(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::EnterprisesPage</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>归档(&amp;R)</translation>
    </message>
    <message>
        <source>Add an enterprise</source>
        <translation>添加企业</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Archived %1. Its records are kept; tick &quot;Show archived&quot; to see it.</source>
        <translation>已归档 %1。其记录仍然保留；勾选“显示已归档”即可查看。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Taxpayer kind</source>
        <translation>纳税人类型</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>您的角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>显示已归档(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业管理</translation>
    </message>
    <message>
        <source>The enterprises you keep: add one, correct its profile, archive one you no longer serve.</source>
        <translation>您管理的企业：添加企业、修改企业信息、归档不再服务的企业。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::FilingPage</name>
    <message>
        <source>Draft of correction %1</source>
        <translation>更正申报草稿（第 %1 版）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Filed (correction %1) on %2</source>
        <translation>已申报（更正，第 %1 版），%2</translation>
    </message>
    <message>
        <source>Filed on %1</source>
        <translation>已申报，%1</translation>
    </message>
    <message>
        <source>, accepted by the server (receipt %1)</source>
        <translation>，服务器已受理（回执 %1）</translation>
    </message>
    <message>
        <source>, refused by the server: %1</source>
        <translation>，服务器拒收：%1</translation>
    </message>
    <message>
        <source>, waiting for the next sync</source>
        <translation>，等待下次同步发送</translation>
    </message>
    <message>
        <source>File with warnings?</source>
        <translation>有提示，仍要申报吗？</translation>
    </message>
    <message>
        <source>The return has warnings:

%1

File it as it is?</source>
        <translation>申报表有以下提示：

%1

按现状申报吗？</translation>
    </message>
    <message>
        <source>File the return?</source>
        <translation>申报这张申报表？</translation>
    </message>
    <message>
        <source>Once filed, the return cannot be changed; a mistake is fixed by a correction (更正申报). File it?</source>
        <translation>申报后申报表不能修改，错误须通过更正申报纠正。确定申报吗？</translation>
    </message>
    <message>
        <source>VAT return (general taxpayer)</source>
        <translation>增值税及附加税费申报表（一般纳税人）</translation>
    </message>
    <message>
        <source>VAT return (small-scale taxpayer)</source>
        <translation>增值税及附加税费申报表（小规模纳税人）</translation>
    </message>
    <message>
        <source>CIT prepayment (A200000)</source>
        <translation>企业所得税预缴申报表（A200000）</translation>
    </message>
    <message>
        <source>Stamp duty</source>
        <translation>印花税</translation>
    </message>
    <message>
        <source>IIT withholding</source>
        <translation>个人所得税扣缴申报</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>所属期(&amp;P)：</translation>
    </message>
    <message>
        <source>2025-01 or 2025Q1</source>
        <translation>2025-01 或 2025Q1</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Fill the return from the invoices, payroll and entered data (F5). Your changes stay.</source>
        <translation>根据发票、工资表和已录入的数据填写申报表（F5）。您的手工修改保持不变。</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>申报(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>更正(&amp;C)</translation>
    </message>
    <message>
        <source>更正申报: a new version of the filed return</source>
        <translation>更正申报：为已申报的申报表新建一版</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Reason for changes:</source>
        <translation>修改原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Why a typed value differs from the generated one (kept with the return)</source>
        <translation>手工填写的数值与生成值不同的原因（随申报表保存）</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Choose an enterprise first.</source>
        <translation>请先选择企业。</translation>
    </message>
    <message>
        <source>Generated from the store.</source>
        <translation>已根据本地数据生成。</translation>
    </message>
    <message>
        <source>Generate the return first.</source>
        <translation>请先生成申报表。</translation>
    </message>
    <message>
        <source>Filed: sent to the server with the next sync.</source>
        <translation>已申报：下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Export the return</source>
        <translation>导出申报表</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Choose an enterprise to prepare its returns.</source>
        <translation>请选择要编制申报表的企业。</translation>
    </message>
    <message>
        <source>No return for this period yet: press Generate (F5) to fill it from the store.</source>
        <translation>本所属期尚无申报表：按“生成”（F5）根据本地数据填写。</translation>
    </message>
    <message>
        <source> — tax to pay: %1</source>
        <translation> — 应补（退）税额：%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>栏次</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Every check holds.</source>
        <translation>全部校验通过。</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>公式：%1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Typed by %1 (generated: %2): %3</source>
        <translation>%1 手工填写（生成值：%2）：%3</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>Why does %1 differ from the generated value? (kept with the return)</source>
        <translation>%1 为什么与生成值不同？（原因随申报表保存）</translation>
    </message>
    <message>
        <source>Tax returns</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Generate each return from the invoices, payroll and books, check it as the tax bureau does, file and correct it, and see what is due.</source>
        <translation>根据发票、工资和账簿生成各税种申报表，按税务机关的规则校验，申报与更正，并查看申报期限。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Taxbox</source>
        <translation>欢迎使用 Taxbox</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Recovery key not saved?</source>
        <translation>尚未保存恢复密钥？</translation>
    </message>
    <message>
        <source>Without the recovery key a forgotten password locks your data for good, and it is never shown again. Have you saved it?</source>
        <translation>没有恢复密钥，一旦忘记密码，数据将永远无法打开，而且恢复密钥不会再次显示。您保存好了吗？</translation>
    </message>
    <message>
        <source>&amp;Go back and save it</source>
        <translation>返回保存(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;I have saved it</source>
        <translation>我已保存(&amp;I)</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::IdentifierCheckPage</name>
    <message>
        <source>Identifier check</source>
        <translation>证照号码校验</translation>
    </message>
    <message>
        <source>Check a unified social credit code, resident identity number or e-invoice number, and see what it says.</source>
        <translation>校验统一社会信用代码、居民身份号码或数电票号码，并查看其中包含的信息。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>号码(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. 91350100M000100Y43</source>
        <translation>例如 91350100M000100Y43</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Resident identity number</source>
        <translation>居民身份号码</translation>
    </message>
    <message>
        <source>E-invoice number (数电票)</source>
        <translation>数电票号码</translation>
    </message>
    <message>
        <source>✗ Not a valid %1: %2</source>
        <translation>✗ 不是有效的%1：%2</translation>
    </message>
    <message>
        <source>✓ Valid %1</source>
        <translation>✓ 有效的%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::InvoicePage</name>
    <message>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Partly reversed</source>
        <translation>部分红冲</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已全额红冲</translation>
    </message>
    <message>
        <source>Red-letter</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <source>Special (专票)</source>
        <translation>增值税专用发票（专票）</translation>
    </message>
    <message>
        <source>Ordinary (普票)</source>
        <translation>普通发票（普票）</translation>
    </message>
    <message>
        <source>Waiting for the buyer</source>
        <translation>待购买方确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Red invoice issued</source>
        <translation>已开红字发票</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>ledger.xlsx</source>
        <translation>发票台账.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Open an enterprise to issue invoices.</source>
        <translation>请先打开一家企业再开票。</translation>
    </message>
    <message>
        <source>Totals appear when the invoice is complete.</source>
        <translation>填写完整后显示合计。</translation>
    </message>
    <message>
        <source>Amount %1   Tax %2   Total ¥%3 (%4)</source>
        <translation>金额 %1   税额 %2   价税合计 ¥%3（%4）</translation>
    </message>
    <message>
        <source>Open an enterprise first.</source>
        <translation>请先打开一家企业。</translation>
    </message>
    <message>
        <source>Invoice %1 issued: ¥%2 to %3.</source>
        <translation>已开具发票 %1：¥%2，购买方 %3。</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <source>Ledger exported to %1.</source>
        <translation>台账已导出到 %1。</translation>
    </message>
    <message>
        <source>Choose an invoice in the ledger first.</source>
        <translation>请先在台账中选择一张发票。</translation>
    </message>
    <message>
        <source>Save the invoice as PDF</source>
        <translation>将发票保存为 PDF</translation>
    </message>
    <message>
        <source>Save the invoice as XML</source>
        <translation>将发票保存为 XML</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Invoice XML (*.xml)</source>
        <translation>发票 XML (*.xml)</translation>
    </message>
    <message>
        <source>Invoice %1 saved to %2.</source>
        <translation>发票 %1 已保存到 %2。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>To buyer</source>
        <translation>发给购买方</translation>
    </message>
    <message>
        <source>From seller</source>
        <translation>来自销售方</translation>
    </message>
    <message>
        <source>Red-letter invoice %1 issued: ¥%2.</source>
        <translation>已开具红字发票 %1：¥%2。</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>开票(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>台账(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Red-letter</source>
        <translation>红字(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>票种(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>购买方(&amp;B)：</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>开户银行：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>银行账号：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>备注(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Drawer:</source>
        <translation>开票人(&amp;D)：</translation>
    </message>
    <message>
        <source>Buyer is an individual</source>
        <translation>购买方为自然人</translation>
    </message>
    <message>
        <source>Add line (Ins)</source>
        <translation>添加行 (Ins)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Issue (Ctrl+Enter)</source>
        <translation>开具 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>税收分类编码</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Incl. tax</source>
        <translation>含税</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣行</translation>
    </message>
    <message>
        <source>buyer or credit code</source>
        <translation>购买方或统一社会信用代码</translation>
    </message>
    <message>
        <source>number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remaining / reverses</source>
        <translation>剩余可冲 / 所冲蓝票</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;XML…</source>
        <translation>保存 XML(&amp;X)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Red-letter &amp;request…</source>
        <translation>申请红字确认单(&amp;R)…</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Blue invoice</source>
        <translation>蓝字发票</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>拒绝(&amp;F)</translation>
    </message>
    <message>
        <source>Issue red-letter &amp;invoice</source>
        <translation>开具红字发票(&amp;I)</translation>
    </message>
    <message>
        <source>Issue fully digitalised e-invoices offline, the ledger, red-letter invoices, XML and PDF files, printing.</source>
        <translation>离线开具数电票，发票台账，红字发票，XML 与 PDF 文件，打印。</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>专票</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普票</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>开票时间</translation>
    </message>
    <message>
        <source>Invoice count</source>
        <translation>张数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 entries imported.</source>
        <translation>已导入 %1 条。</translation>
    </message>
    <message>
        <source>Import buyers</source>
        <translation>导入购买方</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx)</source>
        <translation>清单 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export buyers</source>
        <translation>导出购买方</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <source>buyers.xlsx</source>
        <translation>购买方.xlsx</translation>
    </message>
    <message>
        <source>products.xlsx</source>
        <translation>商品.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>B&amp;uyers and products</source>
        <translation>客户与商品(&amp;U)</translation>
    </message>
    <message>
        <source>Buyers (edit a cell to change it):</source>
        <translation>购买方（直接编辑单元格即可修改）：</translation>
    </message>
    <message>
        <source>Products and services (edit a cell to change it):</source>
        <translation>商品和服务（直接编辑单元格即可修改）：</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Refused by the server (see 数据同步)</source>
        <translation>服务器拒收（见“数据同步”）</translation>
    </message>
    <message>
        <source>name; earlier buyers complete by name, pinyin initials or credit code</source>
        <translation>名称；以往购买方可按名称、拼音首字母或信用代码补全</translation>
    </message>
    <message>
        <source>a remembered product by name, pinyin initials (bjb → 笔记本) or tax code; Enter adds it</source>
        <translation>按名称、拼音首字母（bjb → 笔记本）或税收分类编码查找已保存的商品，回车添加</translation>
    </message>
    <message>
        <source>Import the tax classification code table</source>
        <translation>导入税收分类编码表</translation>
    </message>
    <message>
        <source>%1 tax classification codes imported.</source>
        <translation>已导入 %1 个税收分类编码。</translation>
    </message>
    <message>
        <source>%1 tax classification codes imported; %2 rows without a valid code skipped.</source>
        <translation>已导入 %1 个税收分类编码；跳过 %2 行无效编码。</translation>
    </message>
    <message>
        <source>tax code: part of a name, pinyin initials or the code</source>
        <translation>税收分类：名称的一部分、拼音首字母或编码</translation>
    </message>
    <message>
        <source>Code table…</source>
        <translation>编码表…</translation>
    </message>
    <message>
        <source>Import the tax bureau&apos;s 商品和服务税收分类编码表 (CSV or XLSX) for every enterprise</source>
        <translation>导入税务机关发布的商品和服务税收分类编码表（CSV 或 XLSX），供所有企业使用</translation>
    </message>
    <message>
        <source>Void (number used by another invoice)</source>
        <translation>作废（号码已被另一张发票使用）</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Issued: invoice %1, ¥%2 to %3. The form is ready for the next one.</source>
        <translation>已开具：发票 %1，¥%2，购买方 %3。可以接着开下一张。</translation>
    </message>
    <message>
        <source>This workspace was restored or copied: its invoice numbers are not used again. Sync to send its invoices and receive a new number range.</source>
        <translation>此工作区是恢复或复制而来的，其发票号码不再使用。请同步，上传本机发票并领取新号段。</translation>
    </message>
    <message>
        <source>This computer has no invoice numbers yet (本机尚未领取发票号码). Sign in under 数据同步 and request numbers; then invoices can be issued here, offline too.</source>
        <translation>本机尚未领取发票号码。请在“数据同步”中登录并申请号码，之后即可在本机开票（离线也可以）。</translation>
    </message>
    <message>
        <source>Only %1 invoice numbers left on this computer: sync to receive a new range before they run out.</source>
        <translation>本机仅剩 %1 个发票号码，请在用完之前同步领取新号段。</translation>
    </message>
    <message>
        <source>Issue the invoice (Ctrl+Return)</source>
        <translation>开具发票（Ctrl+回车）</translation>
    </message>
    <message>
        <source>Red-letter confirmation for %1 is ready: issue the red invoice on the red-letter tab.</source>
        <translation>%1 的红字确认单已就绪：请在“红字确认单”页开具红字发票。</translation>
    </message>
    <message>
        <source>The red-letter request for %1 goes to the buyer with the next sync.</source>
        <translation>%1 的红字确认申请将在下次同步时发送给购买方。</translation>
    </message>
    <message>
        <source>Go to 数据同步</source>
        <translation>前往数据同步</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::LoginDialog</name>
    <message>
        <source>Unlock Taxbox</source>
        <translation>解锁 Taxbox</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Forgot the password? Use the recovery key</source>
        <translation>忘记密码？使用恢复密钥(&amp;F)</translation>
    </message>
    <message>
        <source>Wrong passwords in a row: %1.</source>
        <translation>已连续输错密码 %1 次。</translation>
    </message>
    <message>
        <source>To protect the data, the next try is possible in %1 s.</source>
        <translation>为保护数据，%1 秒后才能再次尝试。</translation>
    </message>
    <message>
        <source>After more wrong passwords each try waits longer. Forgot it? Use the recovery key below.</source>
        <translation>继续输错，每次等待时间会更长。忘记密码？请使用下方的恢复密钥。</translation>
    </message>
    <message>
        <source>Not tried: wait until the countdown ends.</source>
        <translation>未尝试：请等待倒计时结束。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::MainWindow</name>
    <message>
        <source>The translation for %1 could not be loaded.</source>
        <translation>无法加载 %1 的翻译。</translation>
    </message>
    <message>
        <source>Taxbox 便民办税工具箱</source>
        <translation>Taxbox 便民办税工具箱</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>工具箱</translation>
    </message>
    <message>
        <source>Back to the toolbox (Alt+Home)</source>
        <translation>返回工具箱（Alt+Home）</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Taxbox</source>
        <translation>关于 Taxbox(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;End visit</source>
        <translation>结束使用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>End visit and erase</source>
        <translation>结束使用并清除</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Erase everything of this visit and start again for the next person</source>
        <translation>清除本次使用的全部内容，为下一位使用者重新开始</translation>
    </message>
    <message>
        <source>Lock Taxbox now (Ctrl+L); your password unlocks it</source>
        <translation>立即锁定 Taxbox（Ctrl+L）；输入密码即可解锁</translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation>最近一次成功备份：%1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message>
        <source>Security and &amp;backup…</source>
        <translation>安全与备份(&amp;B)…</translation>
    </message>
    <message>
        <source>No enterprise yet</source>
        <translation>尚无企业</translation>
    </message>
    <message>
        <source>No one has used this computer for a while: in %1 s everything of this visit is erased. Move the mouse or press a key to go on.</source>
        <translation>本机已有一段时间无人操作：%1 秒后将清除本次使用的全部内容。移动鼠标或按任意键即可继续使用。</translation>
    </message>
    <message>
        <source>VAT (general)</source>
        <translation>增值税（一般纳税人）</translation>
    </message>
    <message>
        <source>VAT (small-scale)</source>
        <translation>增值税（小规模纳税人）</translation>
    </message>
    <message>
        <source>CIT prepayment</source>
        <translation>企业所得税预缴</translation>
    </message>
    <message>
        <source>Stamp duty</source>
        <translation>印花税</translation>
    </message>
    <message>
        <source>IIT withholding</source>
        <translation>个人所得税扣缴申报</translation>
    </message>
    <message>
        <source>Filed %1</source>
        <translation>已申报 %1</translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s), late fee %1</source>
        <translation>
            <numerusform>逾期 %n 天，滞纳金 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open, %n day(s) left</source>
        <translation>
            <numerusform>未申报，剩余 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due this month: by %1 (%n day(s) left)</source>
        <translation>
            <numerusform>本月申报：截止 %1（剩余 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source> (estimated: no published calendar)</source>
        <translation>（推算：尚未公布征期日历）</translation>
    </message>
    <message>
        <source>%1 filed, %2 open, %3 late</source>
        <translation>已申报 %1，未申报 %2，逾期 %3</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>申报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Choose a tool.</source>
        <translation>请选择工具。</translation>
    </message>
    <message>
        <source>No enterprise is open.</source>
        <translation>没有打开的企业。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>Nothing is installed at a kiosk: %1 was not opened.</source>
        <translation>自助终端上不安装任何内容：未打开 %1。</translation>
    </message>
    <message>
        <source>Taxbox cannot open %1: it opens app-square packages (.tbx) and invoices (.xml, .ofd).</source>
        <translation>无法打开 %1：本程序可打开应用广场的应用包（.tbx）和发票（.xml、.ofd）。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::NativePluginPage</name>
    <message>
        <source>%1 has no library for this computer (%2).</source>
        <translation>%1 没有适用于本机（%2）的库文件。</translation>
    </message>
    <message>
        <source>%1 is not a Taxbox plugin of API %2: %3.</source>
        <translation>%1 不是接口版本 %2 的 Taxbox 插件：%3。</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2.</source>
        <translation>无法加载 %1：%2。</translation>
    </message>
    <message>
        <source>%1 made no tool.</source>
        <translation>%1 没有提供工具界面。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::PayrollImportDialog</name>
    <message>
        <source>Import &amp;all</source>
        <translation>全部导入(&amp;A)</translation>
    </message>
    <message>
        <source>Import payroll</source>
        <translation>导入工资表</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import the &amp;good rows</source>
        <translation>只导入正确的行(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Register employee…</source>
        <translation>登记员工(&amp;R)…</translation>
    </message>
    <message>
        <source>Add the chosen person as an employee; the file is then read again</source>
        <translation>将所选人员登记为员工，然后重新读取文件</translation>
    </message>
    <message>
        <source>%1: not a registered employee</source>
        <translation>%1：未登记的员工</translation>
    </message>
    <message>
        <source>Import the &amp;ready rows (%1)</source>
        <translation>只导入可导入的行(&amp;R)（%1）</translation>
    </message>
    <message>
        <source>Rows ready to import: %1.</source>
        <translation>可导入的行：%1。</translation>
    </message>
    <message>
        <source>Rows ready to import: %1. Not imported: %2 (below): rows with errors and people who are not employees yet. Nothing is imported from such a file unless you choose to import the ready rows.</source>
        <translation>可导入的行：%1。不能导入：%2（见下方）：有错误的行，或尚未登记为员工的人员。除非您选择只导入可导入的行，否则不会从此文件导入任何内容。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::PayrollPage</name>
    <message>
        <source>Import payroll</source>
        <translation>导入工资表</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <source>Why is the month reopened? (kept in the audit log)</source>
        <translation>为什么重新打开该月？（记入审计日志）</translation>
    </message>
    <message>
        <source>withholding-return-%1.xlsx</source>
        <translation>扣缴申报表-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the withholding return</source>
        <translation>导出扣缴申报表</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Choose an enterprise first.</source>
        <translation>请先选择企业。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>身份证件号码</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>任职受雇日期</translation>
    </message>
    <message>
        <source>Special additional deductions / month</source>
        <translation>每月专项附加扣除</translation>
    </message>
    <message>
        <source>No payroll yet</source>
        <translation>尚未录入工资</translation>
    </message>
    <message>
        <source>Imported, not computed</source>
        <translation>已导入，未计算</translation>
    </message>
    <message>
        <source>Computed, open</source>
        <translation>已计算，未结账</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结账</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Imported %1 rows for %2.</source>
        <translation>已为 %2 导入 %1 行。</translation>
    </message>
    <message>
        <source>Computed %1 for %2 employees.</source>
        <translation>已计算 %1，共 %2 名员工。</translation>
    </message>
    <message>
        <source>Add &amp;employee…</source>
        <translation>添加员工(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lose month</source>
        <translation>结账(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Payroll IIT withholding</source>
        <translation>工资薪金个税扣缴</translation>
    </message>
    <message>
        <source>Employees, the monthly payroll from a spreadsheet, cumulative withholding, closing the month, and the withholding return.</source>
        <translation>员工信息、从电子表格导入月度工资、累计预扣、月度结账和扣缴申报表。</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>payroll-template.xlsx</source>
        <translation>工资导入模板.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>工资表</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save an empty import template (XLSX or CSV)</source>
        <translation>保存空白导入模板（XLSX 或 CSV）</translation>
    </message>
    <message>
        <source>Import the opening cumulative figures</source>
        <translation>导入期初累计</translation>
    </message>
    <message>
        <source>January starts from nothing: opening figures are for a first month after January. Choose the first month Taxbox computes.</source>
        <translation>一月从零开始，无需期初累计；期初累计用于一月之后开始使用的情形。请选择 Taxbox 首个计算的月份。</translation>
    </message>
    <message>
        <source>Nothing was imported: row %1, %2: %3 (%4 rows with errors in all).</source>
        <translation>未导入任何内容：第 %1 行，%2：%3（共 %4 行有错误）。</translation>
    </message>
    <message>
        <source>Opening cumulative figures up to %1 imported for %2 employees.</source>
        <translation>已导入 %2 位员工截至 %1 的期初累计。</translation>
    </message>
    <message>
        <source>Started after January: import each employee&apos;s cumulative figures up to the month before this one (期初累计, the 扣缴端&apos;s 上期累计)</source>
        <translation>一月之后开始使用：导入每位员工截至本月前一个月的累计数（期初累计，即扣缴端的上期累计）</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Remove %1 (%2) and their wages in the months still open? Someone who has left but is on a filed month cannot be removed; they simply get no more wages.</source>
        <translation>删除 %1（%2）及其在未结账月份的工资吗？已在已申报月份中的离职人员不能删除，不再录入其工资即可。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Income of %1</source>
        <translation>%1 收入额</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation>已选：%1（%2）</translation>
    </message>
    <message>
        <source>Choose an employee in the table.</source>
        <translation>请在表中选择一名员工。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>The payroll of %1 is closed. Reopen it explicitly (the reopening is audited) to change it.</source>
        <translation>%1 的工资已结账。如需修改，请先重新打开（重新打开会记入审计日志）。</translation>
    </message>
    <message>
        <source>Wages of %1, %2</source>
        <translation>%1 的工资，%2</translation>
    </message>
    <message>
        <source>Amounts of this month in yuan. An empty special additional deduction takes %1&apos;s declarations (%2 a month).</source>
        <translation>本月金额，单位：元。专项附加扣除留空时按 %1 的申报信息计算（每月 %2）。</translation>
    </message>
    <message>
        <source>from the declarations</source>
        <translation>按申报信息</translation>
    </message>
    <message>
        <source>Saved the wages of %1; compute the month again.</source>
        <translation>已保存 %1 的工资，请重新计算该月。</translation>
    </message>
    <message>
        <source>Opening figures of %1 up to %2</source>
        <translation>%1 截至 %2 的期初累计</translation>
    </message>
    <message>
        <source>The cumulative figures from January to %1 as the 扣缴端 shows them (上期累计). Taxbox continues from them in %2.</source>
        <translation>一月至 %1 的累计数，与扣缴端显示的上期累计一致。Taxbox 将在 %2 接着这些数计算。</translation>
    </message>
    <message>
        <source>Saved the opening figures of %1 up to %2.</source>
        <translation>已保存 %1 截至 %2 的期初累计。</translation>
    </message>
    <message>
        <source>Import &amp;openings…</source>
        <translation>导入期初累计(&amp;O)…</translation>
    </message>
    <message>
        <source>Enter &amp;wages…</source>
        <translation>录入工资(&amp;W)…</translation>
    </message>
    <message>
        <source>Type or correct the chosen employee&apos;s wages of this month (or double-click them)</source>
        <translation>录入或更正所选员工本月的工资（也可双击该员工）</translation>
    </message>
    <message>
        <source>Opening &amp;figures…</source>
        <translation>期初累计(&amp;F)…</translation>
    </message>
    <message>
        <source>Type the chosen employee&apos;s cumulative figures up to the month before this one</source>
        <translation>录入所选员工截至上月的累计数</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>修改(&amp;H)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>删除(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::PluginBridge</name>
    <message>
        <source>%1 may not do this (%2): you did not grant “%3”.</source>
        <translation>%1 不能执行此操作（%2）：您没有授予“%3”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file of this package.</source>
        <translation>“%1”不是本安装包中的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (at most 4 MB).</source>
        <translation>无法读取“%1”（最大 4 MB）。</translation>
    </message>
    <message>
        <source>No enterprise is open.</source>
        <translation>没有打开的企业。</translation>
    </message>
    <message>
        <source>invoices.totals takes &quot;from&quot; and &quot;to&quot; months (2026-01).</source>
        <translation>invoices.totals 需要起止月份“from”和“to”（如 2026-01）。</translation>
    </message>
    <message>
        <source>There is no calculator &quot;%1&quot;.</source>
        <translation>没有名为“%1”的计算器。</translation>
    </message>
    <message>
        <source>A plugin writes at most 16 MB at once.</source>
        <translation>插件每次最多写入 16 MB。</translation>
    </message>
    <message>
        <source>Files cannot be written here.</source>
        <translation>此处不能写入文件。</translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Taxbox offers no method &quot;%1&quot;.</source>
        <translation>Taxbox 没有提供方法“%1”。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::PluginPage</name>
    <message>
        <source>This plugin asked for something you did not grant (%1: %2). Grant it in the app square if you want it to.</source>
        <translation>此插件请求了您未授予的权限（%1：%2）。如需使用，请在应用广场中授予。</translation>
    </message>
    <message>
        <source>A plugin from %1.</source>
        <translation>来自 %1 的插件。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::ReceivedInvoicesPage</name>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Deduct in %1</source>
        <translation>%1 抵扣</translation>
    </message>
    <message>
        <source>Not deducted: %1</source>
        <translation>不抵扣：%1</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>专票</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普票</translation>
    </message>
    <message>
        <source>Customs payment</source>
        <translation>海关缴款书</translation>
    </message>
    <message>
        <source>Farm produce</source>
        <translation>农产品</translation>
    </message>
    <message>
        <source>Toll</source>
        <translation>通行费</translation>
    </message>
    <message>
        <source>Passenger ticket</source>
        <translation>旅客运输</translation>
    </message>
    <message>
        <source>Registered invoice %1 (¥%2, %3).</source>
        <translation>已登记发票 %1（¥%2，%3）。</translation>
    </message>
    <message>
        <source>Choose invoice files</source>
        <translation>选择发票文件</translation>
    </message>
    <message>
        <source>Invoice files (*.xml *.ofd *.zip)</source>
        <translation>发票文件 (*.xml *.ofd *.zip)</translation>
    </message>
    <message>
        <source>Choose a folder of invoices</source>
        <translation>选择发票所在文件夹</translation>
    </message>
    <message>
        <source>Export the received invoices</source>
        <translation>导出进项发票</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 invoices to %2.</source>
        <translation>已将 %1 张发票导出到 %2。</translation>
    </message>
    <message>
        <source>Import the good files?</source>
        <translation>导入合格的文件？</translation>
    </message>
    <message>
        <source>%1 file(s) were refused (listed on the page). Import the other %2 now and correct the refused ones later?</source>
        <translation>有 %1 个文件被拒（见页面列表）。现在导入其余 %2 个，稍后再更正被拒的文件吗？</translation>
    </message>
    <message>
        <source>Choose an enterprise first.</source>
        <translation>请先选择企业。</translation>
    </message>
    <message>
        <source>The QR code&apos;s check code %1 does not match: scan it again (or the code was changed).</source>
        <translation>二维码校验码 %1 不符：请重新扫描（或二维码被改动过）。</translation>
    </message>
    <message>
        <source>Invoice %1: %2.</source>
        <translation>发票 %1：%2。</translation>
    </message>
    <message>
        <source>Imported %1 invoice(s).</source>
        <translation>已导入 %1 张发票。</translation>
    </message>
    <message>
        <source>%1 already registered, skipped.</source>
        <translation>%1 张已登记，已跳过。</translation>
    </message>
    <message>
        <source>Nothing was imported, because these files were refused:</source>
        <translation>以下文件被拒，因此全部未导入：</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>被拒：</translation>
    </message>
    <message>
        <source>%1 invoice(s) · amount ¥%2 · tax ¥%3 · deductible input tax ¥%4</source>
        <translation>共 %1 张 · 金额 ¥%2 · 税额 ¥%3 · 可抵扣进项税额 ¥%4</translation>
    </message>
    <message>
        <source>&amp;Scan a QR code:</source>
        <translation>扫描二维码(&amp;S)：</translation>
    </message>
    <message>
        <source>point the barcode gun at the invoice&apos;s QR code, or paste its text and press Enter</source>
        <translation>用扫码枪扫描发票二维码，或粘贴其内容后按回车</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Confirm use…</source>
        <translation>确认用途(&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>已抵扣</translation>
    </message>
    <message>
        <source>Not deducted</source>
        <translation>不抵扣</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>销售方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>Received invoices</source>
        <translation>进项发票</translation>
    </message>
    <message>
        <source>Import and check the invoices suppliers sent (files, folders, zips or a scanner gun) and confirm their use for the VAT return.</source>
        <translation>导入并查验供应商发来的发票（文件、文件夹、压缩包或扫码枪），确认用途，用于增值税申报。</translation>
    </message>
    <message>
        <source>(QR code only: import its file for the details)</source>
        <translation>（仅二维码：导入其文件以补全明细）</translation>
    </message>
    <message>
        <source>Registered voucher %1: deductible input tax ¥%2.</source>
        <translation>已登记凭证 %1：可抵扣进项税额 ¥%2。</translation>
    </message>
    <message>
        <source>Other &amp;vouchers…</source>
        <translation>其他凭证(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::RecoverPasswordDialog</name>
    <message>
        <source>Forgot the password</source>
        <translation>忘记密码</translation>
    </message>
    <message>
        <source>The recovery key you were given when the account %1 was created opens it again with a new password. Every enterprise stays as it was.</source>
        <translation>创建账户 %1 时给您的恢复密钥可以用新密码重新打开该账户，所有企业保持不变。</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>恢复密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>重复新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Set the new password and &amp;unlock</source>
        <translation>设置新密码并解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Recovery key: type the key as it was written down.</source>
        <translation>恢复密钥：请按记录的内容输入密钥。</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>恢复密钥：%1</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::RedRequestDialog</name>
    <message>
        <source>The buyer uses this Taxbox server: ask them to &amp;confirm it there</source>
        <translation>购买方也使用本 Taxbox 服务器：请其在系统中确认(&amp;C)</translation>
    </message>
    <message>
        <source>The buyer confirmed it on the 电子税务局 (or does not use this server): record it</source>
        <translation>购买方已在电子税务局确认（或未使用本服务器）：录入确认单</translation>
    </message>
    <message>
        <source>Red-letter confirmation (红字确认单)</source>
        <translation>红字确认单</translation>
    </message>
    <message>
        <source>Invoice %1 to %2, ¥%3 including tax, issued %4.</source>
        <translation>发票 %1，购买方 %2，价税合计 ¥%3，开具于 %4。</translation>
    </message>
    <message>
        <source>Goods returned (销货退回)</source>
        <translation>销货退回</translation>
    </message>
    <message>
        <source>Issued in error (开票有误)</source>
        <translation>开票有误</translation>
    </message>
    <message>
        <source>Service stopped (服务中止)</source>
        <translation>服务中止</translation>
    </message>
    <message>
        <source>Sales allowance (销售折让)</source>
        <translation>销售折让</translation>
    </message>
    <message>
        <source>empty: all that remains</source>
        <translation>留空：冲红全部剩余金额</translation>
    </message>
    <message>
        <source>20 digits, as the 电子税务局 shows it</source>
        <translation>20 位数字，以电子税务局显示为准</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>冲红原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Amount to reverse (tax included):</source>
        <translation>冲红金额（含税）(&amp;A)：</translation>
    </message>
    <message>
        <source>The buyer is an individual: no confirmation is needed.</source>
        <translation>购买方为自然人，无需确认。</translation>
    </message>
    <message>
        <source>The buyer&apos;s confirmation</source>
        <translation>购买方确认</translation>
    </message>
    <message>
        <source>红字确认单 &amp;number:</source>
        <translation>红字确认单编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reason: say why the invoice is reversed.</source>
        <translation>冲红原因：请说明冲红的原因。</translation>
    </message>
    <message>
        <source>Amount to reverse</source>
        <translation>冲红金额</translation>
    </message>
    <message>
        <source>红字确认单 number: type the number the buyer confirmed.</source>
        <translation>红字确认单编号：请填写购买方已确认的编号。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::RefundsPage</name>
    <message>
        <source>Export the application</source>
        <translation>导出申请表</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>申请退税金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Statutory clock</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Prepare:</source>
        <translation>生成：</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>退税情形</translation>
    </message>
    <message>
        <source>Manufacturing and three other industries (制造业等4个行业)</source>
        <translation>制造业等4个行业</translation>
    </message>
    <message>
        <source>Real-estate development (房地产开发经营)</source>
        <translation>房地产开发经营</translation>
    </message>
    <message>
        <source>Other taxpayers (其他纳税人)</source>
        <translation>其他纳税人</translation>
    </message>
    <message>
        <source>Tax credit level</source>
        <translation>纳税缴费信用级别</translation>
    </message>
    <message>
        <source>Enjoyed 即征即退 or 先征后返 since 2019-04-01</source>
        <translation>2019年4月1日起享受过即征即退或先征后返（退）政策</translation>
    </message>
    <message>
        <source>Qualifying input kept elsewhere</source>
        <translation>其他来源计入比例的进项税额</translation>
    </message>
    <message>
        <source>All input kept elsewhere</source>
        <translation>其他来源全部进项税额</translation>
    </message>
    <message>
        <source>The exports of the month (export date in it). The declaration takes them with the month&apos;s filed VAT return.</source>
        <translation>本月出口（出口日期在本月内）。免抵退申报依据这些出口和本月已申报的增值税申报表。</translation>
    </message>
    <message>
        <source>Add export</source>
        <translation>添加出口</translation>
    </message>
    <message>
        <source>Remove export</source>
        <translation>删除出口</translation>
    </message>
    <message>
        <source>Save register</source>
        <translation>保存出口明细</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>添加缴款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Offset against next year&apos;s tax</source>
        <translation>抵缴下一年度应纳税款</translation>
    </message>
    <message>
        <source>Prepare from the books</source>
        <translation>从账簿生成</translation>
    </message>
    <message>
        <source>Reason to withdraw:</source>
        <translation>撤回原因：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>等待同步</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>已送达服务器</translation>
    </message>
    <message>
        <source>Prepare an application from the books, or choose one in the list to see its figures and steps.</source>
        <translation>从账簿生成申请，或在列表中选择一份查看数额和进度。</translation>
    </message>
    <message>
        <source>Amount claimed:</source>
        <translation>申请退税金额：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Amount approved:</source>
        <translation>核准退税金额：</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <source>Choose an enterprise first.</source>
        <translation>请先选择企业。</translation>
    </message>
    <message>
        <source>Prepared; a check fails — see the details.</source>
        <translation>已生成；有校验未通过——请查看详情。</translation>
    </message>
    <message>
        <source>Prepared: %1 to claim.</source>
        <translation>已生成：申请退税 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The export register of %1 holds %n export(s).</source>
        <translation>
            <numerusform>%1 的出口明细共 %n 笔。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an application in the list.</source>
        <translation>请在列表中选择一份申请。</translation>
    </message>
    <message>
        <source>Filed: it goes to the tax office with the next sync.</source>
        <translation>已提交：下次同步时送达税务机关。</translation>
    </message>
    <message>
        <source>Withdrawn: the tax office learns it with the next sync.</source>
        <translation>已撤回：下次同步时告知税务机关。</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>便捷退税</translation>
    </message>
    <message>
        <source>Prepare retained-credit, export, overpayment and CIT settlement refunds from the books, file them and follow each to the money.</source>
        <translation>从账簿生成留抵退税、免抵退、误收多缴和汇算清缴退税申请，提交并跟踪到款。</translation>
    </message>
    <message>
        <source>Month (a year for CIT):</source>
        <translation>所属月份（汇算填年度）：</translation>
    </message>
    <message>
        <source>No refund fraud or false special invoices (36 months)</source>
        <translation>前36个月无骗取退税、虚开专票</translation>
    </message>
    <message>
        <source>Evasion penalties (36 months)</source>
        <translation>前36个月因偷税受处罚次数</translation>
    </message>
    <message>
        <source>Credit at the prior year-end</source>
        <translation>上年末期末留抵税额</translation>
    </message>
    <message>
        <source>Empty: from the December return</source>
        <translation>留空：取12月申报表</translation>
    </message>
    <message>
        <source>Input kept elsewhere since 2019-04</source>
        <translation>2019年4月以来其他来源的进项税额</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::RestoreBackupDialog</name>
    <message>
        <source>I forgot that password: use the &amp;recovery key</source>
        <translation>忘记了那个密码：使用恢复密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Made on %1 by %2 (Taxbox %3)</source>
        <translation>%2 于 %1 创建（Taxbox %3）</translation>
    </message>
    <message>
        <source>Enterprises in it: %1; every file checked intact.</source>
        <translation>包含企业：%1 家；所有文件均已校验完好。</translation>
    </message>
    <message>
        <source>Enterprises of that workspace not in it (the maker could not open them): %1.</source>
        <translation>原工作区中未包含的企业（创建者无权打开）：%1 家。</translation>
    </message>
    <message>
        <source>Restoring replaces everything in this workspace with the backup: what was entered after %1 is lost unless it was synced. Invoice numbers of the backup are not used again; sync to receive new ones.</source>
        <translation>恢复会用备份替换此工作区的全部内容：%1 之后录入的数据，除非已同步，否则将丢失。备份中的发票号码不会再使用，请同步以领取新号码。</translation>
    </message>
    <message>
        <source>&amp;Account in the backup:</source>
        <translation>备份中的账户(&amp;A)：</translation>
    </message>
    <message>
        <source>Its &amp;password then:</source>
        <translation>当时的密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>恢复密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Replace this workspace</source>
        <translation>替换此工作区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Account in the backup: say whose password opens it.</source>
        <translation>备份中的账户：请填写用哪个账户的密码打开。</translation>
    </message>
    <message>
        <source>New password: at least %1 characters.</source>
        <translation>新密码：至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Account in the backup</source>
        <translation>备份中的账户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1：%2 未做任何更改。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::SettingsDialog</name>
    <message>
        <source>Security and backup</source>
        <translation>安全与备份</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>无操作多久后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every 4 hours</source>
        <translation>每 4 小时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Last good backup: %1
%2</source>
        <translation>最近一次成功备份：%1
%2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>尚未备份。</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Shows what a backup holds before anything is replaced</source>
        <translation>替换任何内容之前，先显示备份中包含的内容</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Taxbox backups (*.zip)</source>
        <translation>Taxbox 备份 (*.zip)</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::SquarePage</name>
    <message>
        <source>Install a package</source>
        <translation>安装插件</translation>
    </message>
    <message>
        <source>Taxbox packages (*.tbx)</source>
        <translation>Taxbox 插件包 (*.tbx)</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Permissions granted</source>
        <translation>已授予的权限</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <source>It asks to (tick what you grant):</source>
        <translation>它申请（勾选您授予的）：</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Choose a package file to see who published it, what it is and what it asks to do. It is checked before anything is installed.</source>
        <translation>选择插件文件，查看发布者、用途和申请的权限。安装前会先完成校验。</translation>
    </message>
    <message>
        <source>Native plugin</source>
        <translation>原生插件</translation>
    </message>
    <message>
        <source>Web plugin</source>
        <translation>网页插件</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>内容包</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>发布者：</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>校验：</translation>
    </message>
    <message>
        <source>signed by its publisher and approved by the square; every file matches</source>
        <translation>发布者已签名、应用广场已批准；所有文件一致</translation>
    </message>
    <message>
        <source>Choose a package file first.</source>
        <translation>请先选择插件文件。</translation>
    </message>
    <message>
        <source>Installed %1 %2.</source>
        <translation>已安装 %1 %2。</translation>
    </message>
    <message>
        <source>Choose an installed package.</source>
        <translation>请选择已安装的插件。</translation>
    </message>
    <message>
        <source>App square</source>
        <translation>应用广场</translation>
    </message>
    <message>
        <source>Plugins and content packs, reviewed by the square and checked before they are installed: what each may do, updates, and their state.</source>
        <translation>经应用广场审核、安装前校验的插件和内容包：各自的权限、更新和状态。</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>下载 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Square (%n update(s))</source>
        <translation>
            <numerusform>应用广场（%n 个更新）</numerusform>
        </translation>
    </message>
    <message>
        <source>Square</source>
        <translation>应用广场</translation>
    </message>
    <message>
        <source>Search names, keywords or pinyin initials (e.g. fcs)</source>
        <translation>搜索名称、关键词或拼音首字母（如 fcs）</translation>
    </message>
    <message>
        <source>Search the square</source>
        <translation>搜索广场</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Get…</source>
        <translation>获取…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Sign in to the firm&apos;s server on the sync page, then search the square here. Offline, install a package file (Installed tab).</source>
        <translation>请先在“数据同步”页登录本所服务器，再在此搜索应用广场。离线时可安装安装包文件（“已安装”标签页）。</translation>
    </message>
    <message>
        <source>Sign in to the firm&apos;s server on the sync page first.</source>
        <translation>请先在“数据同步”页登录本所服务器。</translation>
    </message>
    <message>
        <source>Reading the square…</source>
        <translation>正在读取应用广场…</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>%1 installed: update waiting</source>
        <translation>已安装 %1：有可用更新</translation>
    </message>
    <message>
        <source>The square has nothing that matches.</source>
        <translation>应用广场中没有匹配的应用。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in the square.</source>
        <translation>
            <numerusform>应用广场中有 %n 个应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a package in the square (signed in to the server).</source>
        <translation>请在应用广场中选择一个应用（需已登录服务器）。</translation>
    </message>
    <message>
        <source>The square could not be read (below).</source>
        <translation>无法读取应用广场（原因见下方）。</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>更新…</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>截图</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::SyncPage</name>
    <message>
        <source>Waiting</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Received (sent again)</source>
        <translation>已接收（重复发送）</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Conflict: this computer&apos;s version kept</source>
        <translation>冲突：已保留本机版本</translation>
    </message>
    <message>
        <source>Conflict: the server&apos;s version taken</source>
        <translation>冲突：已采用服务器版本</translation>
    </message>
    <message>
        <source>Conflict: decide</source>
        <translation>冲突：待处理</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced: %1 received, %2 already there, %3 refused, %4 in conflict.</source>
        <translation>同步完成：接收 %1 项，已存在 %2 项，拒绝 %3 项，冲突 %4 项。</translation>
    </message>
    <message>
        <source>This computer&apos;s version is queued again on top of the server&apos;s; sync to deliver it.</source>
        <translation>本机版本已在服务器版本之上重新排队，同步后送达。</translation>
    </message>
    <message>
        <source>The server&apos;s version stands; this computer&apos;s change is closed.</source>
        <translation>以服务器版本为准，本机的修改已关闭。</translation>
    </message>
    <message>
        <source>No server is set up: everything stays on this computer.</source>
        <translation>未设置服务器：所有数据仅保存在本机。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>已以 %2 身份登录 %1。</translation>
    </message>
    <message>
        <source>Not signed in to the server: working offline.</source>
        <translation>未登录服务器：正在离线工作。</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>从未同步。</translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>上次同步：%1。</translation>
    </message>
    <message>
        <source>%1 waiting, %2 in conflict.</source>
        <translation>%1 项待发送，%2 项冲突。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <source>Sync: %1 in conflict</source>
        <translation>同步：%1 项冲突</translation>
    </message>
    <message>
        <source>Sync: offline, %1 waiting</source>
        <translation>同步：离线，%1 项待发送</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation>同步：离线</translation>
    </message>
    <message>
        <source>Sync: error</source>
        <translation>同步：出错</translation>
    </message>
    <message>
        <source>Sync: %1 waiting</source>
        <translation>同步：%1 项待发送</translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <translation>同步：已是最新</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>服务器(&amp;R)：</translation>
    </message>
    <message>
        <source>https://taxbox.example.com</source>
        <translation>https://taxbox.example.com</translation>
    </message>
    <message>
        <source>&amp;Account on the server:</source>
        <translation>服务器账户(&amp;A)：</translation>
    </message>
    <message>
        <source>the same as this computer&apos;s by default</source>
        <translation>默认与本机账户相同</translation>
    </message>
    <message>
        <source>&amp;CA file (private CA only):</source>
        <translation>CA 证书文件(&amp;C)（仅私有 CA）：</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificates</source>
        <translation>留空：使用系统证书</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>filled in by your login when the server is set up</source>
        <translation>设置服务器后，登录时自动使用</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keep this computer&apos;s version</source>
        <translation>保留本机版本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the server&apos;s version</source>
        <translation>采用服务器版本(&amp;T)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Server&apos;s note</source>
        <translation>服务器说明</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Deliver what was prepared offline exactly once, see what the server answered, and settle conflicts.</source>
        <translation>将离线准备的数据恰好一次地送达服务器，查看服务器的应答，并处理冲突。</translation>
    </message>
    <message>
        <source>Payroll %1</source>
        <translation>%1 工资</translation>
    </message>
    <message>
        <source>Enterprise details</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <source>Changed on the server after this computer&apos;s version (server receipt %1).</source>
        <translation>本机版本之后，服务器上已有修改（服务器回执 %1）。</translation>
    </message>
    <message>
        <source>Enterprise added</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <source>Enterprise details changed</source>
        <translation>修改企业信息</translation>
    </message>
    <message>
        <source>Enterprise archived</source>
        <translation>归档企业</translation>
    </message>
    <message>
        <source>Enterprise restored</source>
        <translation>恢复企业</translation>
    </message>
    <message>
        <source>Payroll month closed</source>
        <translation>工资月度结账</translation>
    </message>
    <message>
        <source>Payroll month reopened</source>
        <translation>工资月度反结账</translation>
    </message>
    <message>
        <source>Invoice numbers %1 to %2 granted to this computer.</source>
        <translation>发票号码 %1 至 %2 已分配给本机。</translation>
    </message>
    <message>
        <source>%1 hours offline, ¥%2 since the last sync</source>
        <translation>离线 %1 小时，自上次同步起 ¥%2</translation>
    </message>
    <message>
        <source>Invoice numbers of this computer:</source>
        <translation>本机发票号段：</translation>
    </message>
    <message>
        <source>count </source>
        <translation>数量 </translation>
    </message>
    <message>
        <source>&amp;Request numbers</source>
        <translation>申请号码(&amp;R)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>号段</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Offline limits</source>
        <translation>离线限额</translation>
    </message>
    <message>
        <source>Fully digitalised e-invoices (数电票: 专票 and 普票)</source>
        <translation>数电票（专票与普票共用）</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <source>Red-letter invoice issued</source>
        <translation>开具红字发票</translation>
    </message>
    <message>
        <source>Red-letter confirmation requested</source>
        <translation>申请红字确认单</translation>
    </message>
    <message>
        <source>Red-letter confirmation (individual buyer)</source>
        <translation>红字确认单（自然人购买方）</translation>
    </message>
    <message>
        <source>Red-letter confirmation answered</source>
        <translation>答复红字确认单</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>发票 %1</translation>
    </message>
    <message>
        <source>Red-letter confirmation %1</source>
        <translation>红字确认单 %1</translation>
    </message>
    <message>
        <source>Conflict: number already used, this invoice voided</source>
        <translation>冲突：号码已被使用，本机发票已作废</translation>
    </message>
    <message>
        <source>Invoices voided</source>
        <translation>发票已作废</translation>
    </message>
    <message>
        <source>The server already holds other invoices under these numbers, so the ones issued here again are void (the invoice ledger shows them as such). Do not hand them out; issue them again with new numbers:
%1</source>
        <translation>服务器上已有使用这些号码的其他发票，本机重复开具的发票已作废（发票台账中标为作废）。请勿交付，并用新号码重新开具：
%1</translation>
    </message>
    <message>
        <source>none (restored from a backup: sync and request new numbers)</source>
        <translation>无（从备份恢复：请同步并申请新号码）</translation>
    </message>
    <message>
        <source>none (copied from another folder or computer: sync and request new numbers)</source>
        <translation>无（从其他文件夹或电脑复制而来：请同步并申请新号码）</translation>
    </message>
    <message>
        <source>%1 invoice(s) from suppliers on the server added to 进项发票.</source>
        <translation>服务器上的供应商开来的 %1 张发票已加入进项发票。</translation>
    </message>
    <message>
        <source>Return filed</source>
        <translation>申报表已申报</translation>
    </message>
    <message>
        <source>Return %1 %2</source>
        <translation>申报表 %1 %2</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerKiosk</name>
    <message>
        <source>Administrator password:</source>
        <translation>管理员密码：</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerRefundPage</name>
    <message>
        <source>Departure tax refund for overseas travellers</source>
        <translation>境外旅客离境退税</translation>
    </message>
    <message>
        <source>离境退税: what your purchases refund, why not, and the steps at the store, customs and the counter.</source>
        <translation>离境退税：购物能退多少、为何不能退，以及在商店、海关和退税柜台的步骤。</translation>
    </message>
    <message>
        <source>other / tax-free</source>
        <translation>其他 / 免税</translation>
    </message>
    <message>
        <source>This is not the QR code of a Chinese e-invoice (数电票). Type the purchase in instead.</source>
        <translation>这不是数电票的二维码，请手工填写这笔购物。</translation>
    </message>
    <message>
        <source>Enter your purchases: the date, the store, the price on the invoice and the VAT rate.</source>
        <translation>请填写购物：日期、商店、发票上的价格和税率。</translation>
    </message>
    <message>
        <source>You can expect about ¥%1 back.</source>
        <translation>预计可退约 ¥%1。</translation>
    </message>
    <message>
        <source>These purchases are not refundable.</source>
        <translation>这些购物不能退税。</translation>
    </message>
    <message>
        <source>Refund %1 − agency fee %2 = %3 yuan.</source>
        <translation>退税额 %1 − 手续费 %2 = %3 元。</translation>
    </message>
    <message>
        <source>Cash or bank transfer, as you choose.</source>
        <translation>可自选现金或银行转账。</translation>
    </message>
    <message>
        <source>Paid by bank transfer only.</source>
        <translation>只能银行转账。</translation>
    </message>
    <message>
        <source>With refund at purchase, leave China by %1.</source>
        <translation>即买即退须于 %1 前离境。</translation>
    </message>
    <message>
        <source>Store by store, day by day</source>
        <translation>按商店、按日期</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>不符合的原因</translation>
    </message>
    <message>
        <source>Documents to carry</source>
        <translation>需携带的资料</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理步骤</translation>
    </message>
    <message>
        <source>Guidance only: the refund agency&apos;s calculation governs. Rules: %1.</source>
        <translation>仅供参考：以退税代理机构的计算为准。规则：%1。</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>保存摘要</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be written to %1.</source>
        <translation>无法将摘要写入 %1。</translation>
    </message>
    <message>
        <source>Departure tax refund: my summary</source>
        <translation>离境退税：我的摘要</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>应退税额</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>退税手续费</translation>
    </message>
    <message>
        <source>Net refund</source>
        <translation>实退税额</translation>
    </message>
    <message>
        <source>Leave China by</source>
        <translation>承诺离境日期</translation>
    </message>
    <message>
        <source>For overseas visitors: check which purchases refund VAT when you leave China, how much you get back, and what to do at the store, at customs and at the refund counter. Nothing you enter is kept.</source>
        <translation>面向境外旅客：查看哪些购物离境时可以退增值税、能退多少，以及在商店、海关和退税柜台要做什么。您填写的内容不会保存。</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>外国护照</translation>
    </message>
    <message>
        <source>Hong Kong / Macao permit (港澳居民来往内地通行证)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit (台湾居民来往大陆通行证)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Passport of the People&apos;s Republic of China</source>
        <translation>中华人民共和国护照</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): I take the refund at the store against my credit card</source>
        <translation>即买即退：在商店凭本人信用卡先行领取退税款</translation>
    </message>
    <message>
        <source>Scan an invoice QR code:</source>
        <translation>扫描发票二维码：</translation>
    </message>
    <message>
        <source>point the scanner at the invoice&apos;s QR code, or type its text</source>
        <translation>用扫码枪对准发票二维码，或输入其内容</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Add a purchase</source>
        <translation>添加购物</translation>
    </message>
    <message>
        <source>Remove the purchase</source>
        <translation>删除这笔购物</translation>
    </message>
    <message>
        <source>Print summary (PDF)…</source>
        <translation>打印摘要（PDF）…</translation>
    </message>
    <message>
        <source>New traveller</source>
        <translation>下一位旅客</translation>
    </message>
    <message>
        <source>year-month-day, e.g. %1</source>
        <translation>年-月-日，例如 %1</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::VerifyInvoicePage</name>
    <message>
        <source>File form</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>Issuer&apos;s signature</source>
        <translation>开票方签名</translation>
    </message>
    <message>
        <source>Number range</source>
        <translation>号段</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Amounts and tax</source>
        <translation>金额与税额</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Choose an invoice file</source>
        <translation>选择发票文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>✔ The invoice is genuine and unchanged.</source>
        <translation>✔ 发票真实且未被修改。</translation>
    </message>
    <message>
        <source>✘ The invoice does not hold.</source>
        <translation>✘ 发票查验未通过。</translation>
    </message>
    <message>
        <source>Trusted server &amp;key:</source>
        <translation>受信任的服务器密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>optional: the issuing server&apos;s public key (base64)</source>
        <translation>可选：签发号段的服务器公钥（base64）</translation>
    </message>
    <message>
        <source>&amp;Open an invoice file…</source>
        <translation>打开发票文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>查验项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Verify an invoice</source>
        <translation>查验发票</translation>
    </message>
    <message>
        <source>The invoice is unchanged and consistent, but its issuer was not confirmed: give the issuing server&apos;s key above to check it.</source>
        <translation>发票内容完整、前后一致，但未核实开票方：请在上方填写开票服务器的公钥后再查验。</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <source>Red-letter reference</source>
        <translation>红字信息</translation>
    </message>
    <message>
        <source>Invoice files (*.xml *.ofd *.pdf);;Invoice XML (*.xml);;OFD (*.ofd)</source>
        <translation>发票文件 (*.xml *.ofd *.pdf);;发票 XML (*.xml);;OFD (*.ofd)</translation>
    </message>
    <message>
        <source>✔ Everything that can be checked here holds.</source>
        <translation>✔ 可在此查验的各项均通过。</translation>
    </message>
    <message>
        <source>special VAT invoice</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <source>ordinary invoice</source>
        <translation>普通发票</translation>
    </message>
    <message>
        <source>No. %1 · %2 · issued %3 · total ¥%4</source>
        <translation>号码 %1 · %2 · 开票日期 %3 · 价税合计 ¥%4</translation>
    </message>
    <message>
        <source>No. %1 · %2 · issued %3 · %4 → %5 · total ¥%6</source>
        <translation>号码 %1 · %2 · 开票日期 %3 · %4 → %5 · 价税合计 ¥%6</translation>
    </message>
    <message>
        <source>Not checked here:</source>
        <translation>未在此查验：</translation>
    </message>
    <message>
        <source>&amp;Scan a QR code:</source>
        <translation>扫描二维码(&amp;S)：</translation>
    </message>
    <message>
        <source>point the barcode gun at the invoice&apos;s QR code, or paste its text and press Enter</source>
        <translation>用扫码枪扫描发票二维码，或粘贴其内容后按回车</translation>
    </message>
    <message>
        <source>Check an invoice: a supplier&apos;s XML or OFD file, a scanned QR code, or a Taxbox file&apos;s signatures; a changed byte is found.</source>
        <translation>查验发票：供应商发来的 XML 或 OFD 文件、扫描的二维码，或 Taxbox 文件的签名；任何一个字节的改动都能发现。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::VoucherDialog</name>
    <message>
        <source>&amp;Tax:</source>
        <translation>税额(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Travel by:</source>
        <translation>交通方式(&amp;T)：</translation>
    </message>
    <message>
        <source>Used to make goods taxed at 13% (deduction rate 10%)</source>
        <translation>用于生产 13% 税率的货物（扣除率 10%）</translation>
    </message>
    <message>
        <source>Register a voucher</source>
        <translation>登记抵扣凭证</translation>
    </message>
    <message>
        <source>海关进口增值税专用缴款书 (customs)</source>
        <translation>海关进口增值税专用缴款书</translation>
    </message>
    <message>
        <source>农产品收购/销售发票 (farm produce)</source>
        <translation>农产品收购/销售发票</translation>
    </message>
    <message>
        <source>通行费发票 (toll)</source>
        <translation>通行费发票</translation>
    </message>
    <message>
        <source>旅客运输 (passenger ticket)</source>
        <translation>旅客运输凭证</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>航空</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水路</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>凭证种类(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Seller or payee:</source>
        <translation>销售方/收款方(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Credit code (optional):</source>
        <translation>信用代码（可不填）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Purchase price:</source>
        <translation>买价(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Fare including tax:</source>
        <translation>票价（含税）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Amount without tax:</source>
        <translation>金额（不含税）(&amp;A)：</translation>
    </message>
    <message>
        <source>Dutiable &amp;value:</source>
        <translation>完税价格(&amp;V)：</translation>
    </message>
</context>
</TS>
