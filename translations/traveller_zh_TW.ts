<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Decimal</name>
    <message>
        <source>%1 &quot;%2&quot; is not a rate: type it as 13%, 13 or 0.13 (from 0 to 100%).</source>
        <translation>%1「%2」不是稅率：請輸入 13%、13 或 0.13（0 至 100%）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; at most %4 are allowed.</source>
        <translation>%1「%2」小數點後有 %3 位；最多 %4 位。</translation>
    </message>
    <message>
        <source>Cannot divide %1 by zero.</source>
        <translation>不能以零除 %1。</translation>
    </message>
    <message>
        <source>%1 yuan is beyond the largest amount Taxbox can record.</source>
        <translation>%1 元超出可記錄的最大金額。</translation>
    </message>
</context>
<context>
    <name>DecimalTextParser</name>
    <message>
        <source>%1 is empty; enter a number such as 1234.56.</source>
        <translation>%1為空；請輸入數字，例如 1234.56。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid number: %3 (at character %4).</source>
        <translation>%1「%2」不是有效的數字：%3（第 %4 個字元）。</translation>
    </message>
    <message>
        <source>thousands separators must group exactly three digits</source>
        <translation>千分位分隔符必須每三位一組</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>無效的字元「%1」</translation>
    </message>
    <message>
        <source>digits are required before the decimal point</source>
        <translation>小數點前須有數字</translation>
    </message>
    <message>
        <source>digits are required after the decimal point</source>
        <translation>小數點後須有數字</translation>
    </message>
</context>
<context>
    <name>DepartureRefund</name>
    <message>
        <source>Purchases</source>
        <translation>購物明細</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>購物日期</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>退稅商店</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>含稅價格</translation>
    </message>
    <message>
        <source>VAT rate of the goods</source>
        <translation>商品增值稅稅率</translation>
    </message>
    <message>
        <source>Date of your last entry into China</source>
        <translation>最後一次入境日期</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>離境日期</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退)</source>
        <translation>即買即退</translation>
    </message>
    <message>
        <source>Agency fee rate</source>
        <translation>退稅代理機構手續費率</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身分證件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is before &quot;%3&quot; (%4).</source>
        <translation>「%1」（%2）早於「%3」（%4）。</translation>
    </message>
    <message>
        <source>At most %1 purchases can be checked at once.</source>
        <translation>一次最多核對 %1 筆購物。</translation>
    </message>
    <message>
        <source>Purchase %1: </source>
        <translation>第 %1 筆購物：</translation>
    </message>
    <message>
        <source>%1must be an object with date, store, amount and rate.</source>
        <translation>%1應包含日期、商店、金額和稅率。</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must name the store in 1 to %3 characters.</source>
        <translation>%1「%2」應為 1 至 %3 個字元的商店名稱。</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be more than 0.</source>
        <translation>%1「%2」必須大於 0。</translation>
    </message>
    <message>
        <source>Holders of a PRC passport are not overseas travellers: the refund is for foreign nationals and residents of Hong Kong, Macao and Taiwan.</source>
        <translation>持中華人民共和國護照者不屬於境外旅客：離境退稅適用於外國人和港澳台同胞。</translation>
    </message>
    <message>
        <source>You entered on %1 and leave on %2, %3 days later: the refund is for travellers who stay no more than %4 days.</source>
        <translation>您於 %1 入境、%2 離境，間隔 %3 天：離境退稅僅適用於在境內連續居住不超過 %4 天的旅客。</translation>
    </message>
    <message>
        <source>%1, %2: goods taxed at %3 are not refundable goods (refunds are for goods taxed at %4).</source>
        <translation>%1，%2：適用 %3 稅率的商品不屬於退稅物品（退稅物品適用稅率為 %4）。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: bought before your last entry (%2); only purchases after it count.</source>
        <translation>%1：購物日期早於最後一次入境日期（%2），只有入境後的購物可以退稅。</translation>
    </message>
    <message>
        <source>%1: after your departure date (%2).</source>
        <translation>%1：晚於離境日期（%2）。</translation>
    </message>
    <message>
        <source>%1: bought %2 days before you leave; goods must leave China within %3 days of purchase.</source>
        <translation>%1：購物距離境 %2 天；退稅物品須在購買之日起 %3 天內離境。</translation>
    </message>
    <message>
        <source>%1: bought %2 days after your entry; stores may not issue the form after %3 days.</source>
        <translation>%1：購物日期距入境已 %2 天；超過 %3 天的，退稅商店不得開具申請單。</translation>
    </message>
    <message>
        <source>%1: %2 yuan bought there that day; the minimum for one store on one day is %3 yuan.</source>
        <translation>%1：當日在該店購物 %2 元；同一日同一退稅商店累計須達到 %3 元。</translation>
    </message>
    <message>
        <source>%1: %2 ≥ %3 (minimum for one store on one day)</source>
        <translation>%1：%2 ≥ %3（同日同店起退金額）</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Gross refund = %1</source>
        <translation>應退增值稅額 = %1</translation>
    </message>
    <message>
        <source>Agency fee = %1 × %2 = %3</source>
        <translation>退稅手續費 = %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Net refund = %1 − %2 = %3</source>
        <translation>實退稅額 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>%1 ≤ %2: cash or bank transfer, as you choose</source>
        <translation>%1 ≤ %2：可自選現金或銀行轉帳</translation>
    </message>
    <message>
        <source>%1 &gt; %2: bank transfer only</source>
        <translation>%1 &gt; %2：只能銀行轉帳</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退) was not offered nationwide on %1; claim the refund when you leave.</source>
        <translation>%1 即買即退尚未在全國推行；請在離境時申請退稅。</translation>
    </message>
    <message>
        <source>Leave by %1: %2 + %3 days</source>
        <translation>承諾離境日期 %1：%2 + %3 天</translation>
    </message>
    <message>
        <source>You plan to leave on %1, after %2: with 即买即退 the agency then takes the prepaid refund back from your card.</source>
        <translation>您計劃於 %1 離境，晚於 %2：即買即退的退稅代理機構將從您的信用卡扣回預付金。</translation>
    </message>
    <message>
        <source>At the store: show your passport or travel permit and ask for the VAT invoice and the Departure Tax Refund Application Form (离境退税申请单) for each store and day.</source>
        <translation>在退稅商店：出示護照或通行證，每店每日索取增值稅發票和《離境退稅申請單》（离境退税申请单）。</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): sign the consent form, let the store pre-authorise your own credit card, and receive %1 yuan at once. Leave China by %2 from a designated port, or the agency charges your card within 3 working days.</source>
        <translation>即買即退：簽署知情同意書，以本人信用卡辦理預授權，當場領取 %1 元。請於 %2 前從指定口岸離境，否則退稅代理機構將在 3 個工作日內從信用卡扣款。</translation>
    </message>
    <message>
        <source>Keep the goods unused. Carry them in your hand luggage, or show them to customs before you check them in.</source>
        <translation>退稅物品須保持未使用狀態；隨身攜帶，或在辦理託運前先交海關驗核。</translation>
    </message>
    <message>
        <source>At the departure port, before check-in: show the goods, the form, the invoice and your passport at the customs refund desk; customs stamps the form.</source>
        <translation>在離境口岸辦理值機前：向海關出示退稅物品、申請單、發票和護照，由海關驗核簽章。</translation>
    </message>
    <message>
        <source>Forms under %1 yuan of sales are only spot-checked (from 2026-07-01).</source>
        <translation>銷售額不足 %1 元的申請單由海關抽查（2026-07-01 起）。</translation>
    </message>
    <message>
        <source>After customs: drop the stamped form in the 即买即退 mailbox or hand it in at the refund counter.</source>
        <translation>海關驗核後：將簽章的申請單投入即買即退專屬郵筒或交退稅櫃檯。</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; take the refund in cash (up to %1 yuan) or by bank transfer.</source>
        <translation>在隔離區退稅代理機構櫃檯：出示護照、已簽章的申請單和發票；退稅額不超過 %1 元的，可選現金或銀行轉帳。</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; above %1 yuan the refund is paid by bank transfer only.</source>
        <translation>在隔離區退稅代理機構櫃檯：出示護照、已簽章的申請單和發票；超過 %1 元的，只能銀行轉帳。</translation>
    </message>
    <message>
        <source>There is no refund after you leave: allow time for the queues at customs and at the counter.</source>
        <translation>離境後不能再申請退稅：請為海關和櫃檯排隊預留時間。</translation>
    </message>
    <message>
        <source>Your passport or travel permit (the one you entered with)</source>
        <translation>護照或通行證（入境時使用的證件）</translation>
    </message>
    <message>
        <source>The VAT invoices (paper or electronic)</source>
        <translation>增值稅發票（紙本或電子）</translation>
    </message>
    <message>
        <source>The Departure Tax Refund Application Forms (离境退税申请单)</source>
        <translation>《離境退稅申請單》（离境退税申请单）</translation>
    </message>
    <message>
        <source>The goods, unused</source>
        <translation>未使用的退稅物品</translation>
    </message>
    <message>
        <source>A credit card in your own name, and the signed consent form</source>
        <translation>本人名下的信用卡及已簽署的知情同意書</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>%1 must be a number such as 1234.50.</source>
        <translation>%1 必須是數字，例如 1234.50。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>請填寫 %1。</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 不能為負數。</translation>
    </message>
    <message>
        <source>%1 must be a rate such as 13%.</source>
        <translation>%1 必須是稅率，例如 13%。</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1 必須大於 0。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必須是文字。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必須是 %2 至 %3 之間的整數。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必須是「是」或「否」。</translation>
    </message>
    <message>
        <source>%1 is required: one of %2.</source>
        <translation>請填寫 %1：%2 之一。</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 必須是 %2 之一。</translation>
    </message>
    <message>
        <source>%1 must be a date such as 2025-03-31.</source>
        <translation>%1 必須是日期，例如 2025-03-31。</translation>
    </message>
    <message>
        <source>%1 must be a non-empty list.</source>
        <translation>%1 不能為空。</translation>
    </message>
    <message>
        <source>%1 is not an input of this calculator.</source>
        <translation>%1 不是本計算器的欄位。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; money is exact to the fen (at most 2 digits).</source>
        <translation>%1「%2」小數點後有 %3 位；金額精確到分（最多 2 位）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large; the largest amount is %3.</source>
        <translation>%1「%2」過大；最大金額為 %3。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerKiosk</name>
    <message>
        <source>Administrator password:</source>
        <translation>管理員密碼：</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerRefundPage</name>
    <message>
        <source>Departure tax refund for overseas travellers</source>
        <translation>境外旅客離境退稅</translation>
    </message>
    <message>
        <source>离境退税: what your purchases refund, why not, and the steps at the store, customs and the counter.</source>
        <translation>離境退稅：購物能退多少、為何不能退，以及在商店、海關和退稅櫃檯的步驟。</translation>
    </message>
    <message>
        <source>other / tax-free</source>
        <translation>其他 / 免稅</translation>
    </message>
    <message>
        <source>This is not the QR code of a Chinese e-invoice (数电票). Type the purchase in instead.</source>
        <translation>這不是數電票（数电票）的 QR 碼，請手動填寫這筆購物。</translation>
    </message>
    <message>
        <source>Enter your purchases: the date, the store, the price on the invoice and the VAT rate.</source>
        <translation>請填寫購物：日期、商店、發票上的價格和稅率。</translation>
    </message>
    <message>
        <source>You can expect about ¥%1 back.</source>
        <translation>預計可退約 ¥%1。</translation>
    </message>
    <message>
        <source>These purchases are not refundable.</source>
        <translation>這些購物不能退稅。</translation>
    </message>
    <message>
        <source>Refund %1 − agency fee %2 = %3 yuan.</source>
        <translation>退稅額 %1 − 手續費 %2 = %3 元。</translation>
    </message>
    <message>
        <source>Cash or bank transfer, as you choose.</source>
        <translation>可自選現金或銀行轉帳。</translation>
    </message>
    <message>
        <source>Paid by bank transfer only.</source>
        <translation>只能銀行轉帳。</translation>
    </message>
    <message>
        <source>With refund at purchase, leave China by %1.</source>
        <translation>即買即退須於 %1 前離境。</translation>
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
        <translation>需攜帶的資料</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>辦理步驟</translation>
    </message>
    <message>
        <source>Guidance only: the refund agency&apos;s calculation governs. Rules: %1.</source>
        <translation>僅供參考：以退稅代理機構的計算為準。規則：%1。</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>儲存摘要</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be written to %1.</source>
        <translation>無法將摘要寫入 %1。</translation>
    </message>
    <message>
        <source>Departure tax refund: my summary</source>
        <translation>離境退稅：我的摘要</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>應退稅額</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>退稅手續費</translation>
    </message>
    <message>
        <source>Net refund</source>
        <translation>實退稅額</translation>
    </message>
    <message>
        <source>Leave China by</source>
        <translation>承諾離境日期</translation>
    </message>
    <message>
        <source>For overseas visitors: check which purchases refund VAT when you leave China, how much you get back, and what to do at the store, at customs and at the refund counter. Nothing you enter is kept.</source>
        <translation>面向境外旅客：查看哪些購物離境時可以退增值稅、能退多少，以及在商店、海關和退稅櫃檯要做什麼。您填寫的內容不會保存。</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>外國護照</translation>
    </message>
    <message>
        <source>Hong Kong / Macao permit (港澳居民来往内地通行证)</source>
        <translation>港澳居民來往內地通行證</translation>
    </message>
    <message>
        <source>Taiwan permit (台湾居民来往大陆通行证)</source>
        <translation>台灣居民來往大陸通行證</translation>
    </message>
    <message>
        <source>Passport of the People&apos;s Republic of China</source>
        <translation>中華人民共和國護照</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): I take the refund at the store against my credit card</source>
        <translation>即買即退：在商店憑本人信用卡先行領取退稅款</translation>
    </message>
    <message>
        <source>Scan an invoice QR code:</source>
        <translation>掃描發票 QR 碼：</translation>
    </message>
    <message>
        <source>point the scanner at the invoice&apos;s QR code, or type its text</source>
        <translation>用掃碼槍對準發票 QR 碼，或輸入其內容</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>發票號碼</translation>
    </message>
    <message>
        <source>Add a purchase</source>
        <translation>新增購物</translation>
    </message>
    <message>
        <source>Remove the purchase</source>
        <translation>刪除這筆購物</translation>
    </message>
    <message>
        <source>Print summary (PDF)…</source>
        <translation>列印摘要（PDF）…</translation>
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
