<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the system's).</source>
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
        <source>"%1" is required.</source>
        <translation>缺少必填字段“%1”。</translation>
    </message>
    <message>
        <source>"%1" must be an amount such as "1234.50".</source>
        <translation>“%1”必须是金额，例如“1234.50”。</translation>
    </message>
    <message>
        <source>"%1" must be a string.</source>
        <translation>“%1”必须是字符串。</translation>
    </message>
    <message>
        <source>"%1" must be true or false.</source>
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
        <source>Run "%1 COMMAND --help" for the options of a command.</source>
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
        <source>Unknown language "%1"; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>No command given. Run "%1 --help" for the list of commands.</source>
        <translation>未指定命令。运行“%1 --help”查看命令列表。</translation>
    </message>
    <message>
        <source>"%1" needs a subcommand. Run "%2 %1 --help" for the list.</source>
        <translation>“%1”需要子命令。运行“%2 %1 --help”查看列表。</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run "%2 --help" for the list of commands.</source>
        <translation>未知命令“%1”。运行“%2 --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Run "%1 %2 --help".</source>
        <translation>请运行“%1 %2 --help”。</translation>
    </message>
    <message>
        <source>Too many arguments for "%1": %2. Run "%3 %1 --help".</source>
        <translation>“%1”的参数过多：%2。请运行“%3 %1 --help”。</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Cannot read the input file "%1": %2.</source>
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
        <source>The JSON request on %1 is malformed at byte %2: %3.</source>
        <translation>%1中的 JSON 请求在第 %2 字节处格式错误：%3。</translation>
    </message>
    <message>
        <source>The JSON request on %1 must be an object ({…}).</source>
        <translation>%1中的 JSON 请求必须是对象（{…}）。</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>%1 "%2" has %3 digits after the decimal point; at most %4 are allowed.</source>
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
</context>
<context>
    <name>DecimalTextParser</name>
    <message>
        <source>%1 is empty; enter a number such as 1234.56.</source>
        <translation>%1为空；请输入数字，例如 1234.56。</translation>
    </message>
    <message>
        <source>%1 "%2" is not a valid number: %3 (at character %4).</source>
        <translation>%1“%2”不是有效数字：%3（第 %4 个字符）。</translation>
    </message>
    <message>
        <source>thousands separators must group exactly three digits</source>
        <translation>千位分隔符之间必须正好是三位数字</translation>
    </message>
    <message>
        <source>unexpected character "%1"</source>
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
    <name>IdCheckCommand</name>
    <message>
        <source>Check a unified social credit code, resident identity number or e-invoice number. Without CODE, reads {"code": "…", "type": "uscc"} as JSON.</source>
        <translation>校验统一社会信用代码、居民身份号码或数电票号码。未给出 CODE 时，读取 JSON：{"code": "…", "type": "uscc"}。</translation>
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
        <source>Unknown kind "%1"; use uscc, resident_id or invoice_number.</source>
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
</context>
<context>
    <name>InvoiceNumber</name>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>A fully digitalised e-invoice number has 20 digits; "%1" has %2.</source>
        <translation>数电票号码应为 20 位数字；“%1”有 %2 位。</translation>
    </message>
    <message>
        <source>Character %1 ("%2") of the invoice number is not a digit.</source>
        <translation>发票号码第 %1 位（“%2”）不是数字。</translation>
    </message>
    <message>
        <source>Digits 3–4 of the invoice number ("%1") are not a province code.</source>
        <translation>发票号码第 3–4 位（“%1”）不是省级代码。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 "%2" has %3 digits after the decimal point; money is exact to the fen (at most 2 digits).</source>
        <translation>%1“%2”的小数点后有 %3 位；金额精确到分（最多 2 位小数）。</translation>
    </message>
    <message>
        <source>%1 "%2" is too large; the largest amount is %3.</source>
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
        <source>Write an amount in Chinese capital numerals (人民币大写). Without AMOUNT, reads {"amount": "1409.50", "invoice": false} as JSON.</source>
        <translation>将金额写成人民币大写。未给出 AMOUNT 时，读取 JSON：{"amount": "1409.50", "invoice": false}。</translation>
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
    <name>ResidentIdNumber</name>
    <message>
        <source>Resident identity number</source>
        <translation>居民身份号码</translation>
    </message>
    <message>
        <source>The resident identity number must have 18 characters; "%1" has %2.</source>
        <translation>居民身份号码应为 18 位；“%1”有 %2 位。</translation>
    </message>
    <message>
        <source>Character %1 ("%2") of the resident identity number is not allowed; the first 17 are digits and the last is a digit or X.</source>
        <translation>居民身份号码第 %1 位（“%2”）不合法；前 17 位为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <source>The resident identity number starts with "%1", which is not a province code.</source>
        <translation>居民身份号码以“%1”开头，这不是省级行政区划代码。</translation>
    </message>
    <message>
        <source>Characters 7–14 of the resident identity number ("%1") are not a real birth date.</source>
        <translation>居民身份号码第 7–14 位（“%1”）不是真实的出生日期。</translation>
    </message>
    <message>
        <source>The check character of the resident identity number is "%1" but the first 17 digits require "%2"; a digit was probably mistyped.</source>
        <translation>居民身份号码的校验码是“%1”，但按前 17 位应为“%2”；可能有数字输错了。</translation>
    </message>
</context>
<context>
    <name>UnifiedSocialCreditCode</name>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>The unified social credit code must have 18 characters; "%1" has %2.</source>
        <translation>统一社会信用代码应为 18 位；“%1”有 %2 位。</translation>
    </message>
    <message>
        <source>Character %1 ("%2") of the unified social credit code is not allowed; only digits and the capital letters A–Y except I, O, S, V and Z are used.</source>
        <translation>统一社会信用代码第 %1 位（“%2”）不合法；只能使用数字和除 I、O、S、V、Z 以外的大写字母 A–Y。</translation>
    </message>
    <message>
        <source>The check character of the unified social credit code is "%1" but the first 17 characters require "%2"; a character was probably mistyped.</source>
        <translation>统一社会信用代码的校验码是“%1”，但按前 17 位应为“%2”；可能有字符输错了。</translation>
    </message>
    <message>
        <source>Characters 3–8 of the unified social credit code are the registering office's region code and must be digits; character %1 is "%2".</source>
        <translation>统一社会信用代码第 3–8 位是登记管理机关行政区划码，必须为数字；第 %1 位是“%2”。</translation>
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
        <source>Choose a tool. Invoicing, filing, tax calculators and refunds join this page as they arrive.</source>
        <translation>请选择工具。开票、申报、税款计算和退税功能上线后会陆续出现在这里。</translation>
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
</context>
</TS>
