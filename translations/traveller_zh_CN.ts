<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Decimal</name>
    <message>
        <source>%1 &quot;%2&quot; is not a rate: type it as 13%, 13 or 0.13 (from 0 to 100%).</source>
        <translation>%1“%2”不是税率：请输入 13%、13 或 0.13（0 至 100%）。</translation>
    </message>
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
    <name>Money</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; money is exact to the fen (at most 2 digits).</source>
        <translation>%1“%2”的小数点后有 %3 位；金额精确到分（最多 2 位小数）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large; the largest amount is %3.</source>
        <translation>%1“%2”过大；最大金额为 %3。</translation>
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
</TS>
