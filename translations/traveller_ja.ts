<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Decimal</name>
    <message>
        <source>%1 &quot;%2&quot; is not a rate: type it as 13%, 13 or 0.13 (from 0 to 100%).</source>
        <translation>%1「%2」は税率ではありません。13%、13、0.13 のように入力してください（0〜100%）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; at most %4 are allowed.</source>
        <translation>%1「%2」は小数点以下 %3 桁です。%4 桁までです。</translation>
    </message>
    <message>
        <source>Cannot divide %1 by zero.</source>
        <translation>%1 を 0 で割ることはできません。</translation>
    </message>
    <message>
        <source>%1 yuan is beyond the largest amount Taxbox can record.</source>
        <translation>%1 元は記録できる最大額を超えています。</translation>
    </message>
</context>
<context>
    <name>DecimalTextParser</name>
    <message>
        <source>%1 is empty; enter a number such as 1234.56.</source>
        <translation>%1 が空です。1234.56 のような数値を入力してください。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid number: %3 (at character %4).</source>
        <translation>%1「%2」は正しい数値ではありません：%3（%4 文字目）。</translation>
    </message>
    <message>
        <source>thousands separators must group exactly three digits</source>
        <translation>桁区切りは 3 桁ごとです</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>使えない文字「%1」</translation>
    </message>
    <message>
        <source>digits are required before the decimal point</source>
        <translation>小数点の前に数字が必要です</translation>
    </message>
    <message>
        <source>digits are required after the decimal point</source>
        <translation>小数点の後に数字が必要です</translation>
    </message>
</context>
<context>
    <name>DepartureRefund</name>
    <message>
        <source>Purchases</source>
        <translation>購入品</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>購入日</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店舗</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>税込価格</translation>
    </message>
    <message>
        <source>VAT rate of the goods</source>
        <translation>商品の増値税率</translation>
    </message>
    <message>
        <source>Date of your last entry into China</source>
        <translation>最後に中国へ入国した日</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>出国日</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退)</source>
        <translation>即時還付（即买即退）</translation>
    </message>
    <message>
        <source>Agency fee rate</source>
        <translation>還付代理機関の手数料率</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is before &quot;%3&quot; (%4).</source>
        <translation>「%1」（%2）が「%3」（%4）より前です。</translation>
    </message>
    <message>
        <source>At most %1 purchases can be checked at once.</source>
        <translation>一度に確認できる購入は %1 件までです。</translation>
    </message>
    <message>
        <source>Purchase %1: </source>
        <translation>購入 %1：</translation>
    </message>
    <message>
        <source>%1must be an object with date, store, amount and rate.</source>
        <translation>%1日付、店舗、金額、税率が必要です。</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must name the store in 1 to %3 characters.</source>
        <translation>%1「%2」は 1〜%3 文字の店舗名で入力してください。</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be more than 0.</source>
        <translation>%1「%2」は 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>Holders of a PRC passport are not overseas travellers: the refund is for foreign nationals and residents of Hong Kong, Macao and Taiwan.</source>
        <translation>中華人民共和国のパスポートをお持ちの方は対象外です。還付は外国籍の方と香港・マカオ・台湾の住民が対象です。</translation>
    </message>
    <message>
        <source>You entered on %1 and leave on %2, %3 days later: the refund is for travellers who stay no more than %4 days.</source>
        <translation>%1 に入国し %2 に出国、滞在 %3 日です。還付は滞在 %4 日以内の旅行者が対象です。</translation>
    </message>
    <message>
        <source>%1, %2: goods taxed at %3 are not refundable goods (refunds are for goods taxed at %4).</source>
        <translation>%1、%2：税率 %3 の商品は還付対象外です（対象は税率 %4 の商品）。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1: bought before your last entry (%2); only purchases after it count.</source>
        <translation>%1：最後の入国日（%2）より前の購入です。入国後の購入のみ対象です。</translation>
    </message>
    <message>
        <source>%1: after your departure date (%2).</source>
        <translation>%1：出国日（%2）より後です。</translation>
    </message>
    <message>
        <source>%1: bought %2 days before you leave; goods must leave China within %3 days of purchase.</source>
        <translation>%1：出国の %2 日前の購入です。商品は購入から %3 日以内に出国する必要があります。</translation>
    </message>
    <message>
        <source>%1: bought %2 days after your entry; stores may not issue the form after %3 days.</source>
        <translation>%1：入国から %2 日後の購入です。%3 日を超えると店舗は申請書を発行できません。</translation>
    </message>
    <message>
        <source>%1: %2 yuan bought there that day; the minimum for one store on one day is %3 yuan.</source>
        <translation>%1：その日の同店での購入は %2 元です。同じ日・同じ店舗で %3 元以上が必要です。</translation>
    </message>
    <message>
        <source>%1: %2 ≥ %3 (minimum for one store on one day)</source>
        <translation>%1：%2 ≥ %3（同日・同店舗の最低額）</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Gross refund = %1</source>
        <translation>還付額 = %1</translation>
    </message>
    <message>
        <source>Agency fee = %1 × %2 = %3</source>
        <translation>手数料 = %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Net refund = %1 − %2 = %3</source>
        <translation>実際の還付額 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>%1 ≤ %2: cash or bank transfer, as you choose</source>
        <translation>%1 ≤ %2：現金または銀行振込を選べます</translation>
    </message>
    <message>
        <source>%1 &gt; %2: bank transfer only</source>
        <translation>%1 &gt; %2：銀行振込のみ</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退) was not offered nationwide on %1; claim the refund when you leave.</source>
        <translation>%1 には即時還付（即买即退）は全国で実施されていませんでした。出国時に還付を申請してください。</translation>
    </message>
    <message>
        <source>Leave by %1: %2 + %3 days</source>
        <translation>出国期限 %1：%2 + %3 日</translation>
    </message>
    <message>
        <source>You plan to leave on %1, after %2: with 即买即退 the agency then takes the prepaid refund back from your card.</source>
        <translation>%1 に出国予定で、期限 %2 より後です。即时還付（即买即退）の前払金はカードから回収されます。</translation>
    </message>
    <message>
        <source>At the store: show your passport or travel permit and ask for the VAT invoice and the Departure Tax Refund Application Form (离境退税申请单) for each store and day.</source>
        <translation>店舗で：パスポートまたは通行証を提示し、店舗・日ごとに増値税インボイスと「離境退税申請書」（离境退税申请单）を受け取ってください。</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): sign the consent form, let the store pre-authorise your own credit card, and receive %1 yuan at once. Leave China by %2 from a designated port, or the agency charges your card within 3 working days.</source>
        <translation>即時還付（即买即退）：同意書に署名し、ご本人のクレジットカードで与信を行うと、その場で %1 元を受け取れます。%2 までに指定の出入国港から出国してください。期限を過ぎると 3 営業日以内にカードへ請求されます。</translation>
    </message>
    <message>
        <source>Keep the goods unused. Carry them in your hand luggage, or show them to customs before you check them in.</source>
        <translation>商品は未使用のままにしてください。手荷物で持ち込むか、預ける前に税関で確認を受けてください。</translation>
    </message>
    <message>
        <source>At the departure port, before check-in: show the goods, the form, the invoice and your passport at the customs refund desk; customs stamps the form.</source>
        <translation>出国港でチェックイン前に：税関の還付カウンターで商品、申請書、インボイス、パスポートを提示し、申請書に確認印を受けてください。</translation>
    </message>
    <message>
        <source>Forms under %1 yuan of sales are only spot-checked (from 2026-07-01).</source>
        <translation>販売額 %1 元未満の申請書は抜き取り検査のみです（2026-07-01 から）。</translation>
    </message>
    <message>
        <source>After customs: drop the stamped form in the 即买即退 mailbox or hand it in at the refund counter.</source>
        <translation>税関の後：確認印のある申請書を即時還付（即买即退）専用ポストに投函するか、還付カウンターに提出してください。</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; take the refund in cash (up to %1 yuan) or by bank transfer.</source>
        <translation>保安検査後の還付代理機関カウンターで：パスポート、確認印のある申請書、インボイスを提示し、現金（%1 元まで）または銀行振込で受け取ってください。</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; above %1 yuan the refund is paid by bank transfer only.</source>
        <translation>保安検査後の還付代理機関カウンターで：パスポート、確認印のある申請書、インボイスを提示してください。%1 元を超える還付は銀行振込のみです。</translation>
    </message>
    <message>
        <source>There is no refund after you leave: allow time for the queues at customs and at the counter.</source>
        <translation>出国後は還付を受けられません。税関とカウンターの待ち時間に余裕を持ってください。</translation>
    </message>
    <message>
        <source>Your passport or travel permit (the one you entered with)</source>
        <translation>パスポートまたは通行証（入国時に使用したもの）</translation>
    </message>
    <message>
        <source>The VAT invoices (paper or electronic)</source>
        <translation>増値税インボイス（紙または電子）</translation>
    </message>
    <message>
        <source>The Departure Tax Refund Application Forms (离境退税申请单)</source>
        <translation>離境退税申請書（离境退税申请单）</translation>
    </message>
    <message>
        <source>The goods, unused</source>
        <translation>未使用の商品</translation>
    </message>
    <message>
        <source>A credit card in your own name, and the signed consent form</source>
        <translation>ご本人名義のクレジットカードと署名済みの同意書</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>%1 must be a number such as 1234.50.</source>
        <translation>%1 は 1234.50 のような数値で入力してください。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 を入力してください。</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 は負の値にできません。</translation>
    </message>
    <message>
        <source>%1 must be a rate such as 13%.</source>
        <translation>%1 は 13% のような税率で入力してください。</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1 は 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 は文字で入力してください。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 は %2 から %3 までの整数で入力してください。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 は「はい」か「いいえ」です。</translation>
    </message>
    <message>
        <source>%1 is required: one of %2.</source>
        <translation>%1 を選んでください：%2 のいずれか。</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 は %2 のいずれかです。</translation>
    </message>
    <message>
        <source>%1 must be a date such as 2025-03-31.</source>
        <translation>%1 は 2025-03-31 のような日付で入力してください。</translation>
    </message>
    <message>
        <source>%1 must be a non-empty list.</source>
        <translation>%1 を 1 件以上入力してください。</translation>
    </message>
    <message>
        <source>%1 is not an input of this calculator.</source>
        <translation>%1 はこの計算の入力項目ではありません。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; money is exact to the fen (at most 2 digits).</source>
        <translation>%1「%2」は小数点以下 %3 桁です。金額は分（小数 2 桁）までです。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large; the largest amount is %3.</source>
        <translation>%1「%2」は大きすぎます。最大額は %3 です。</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerKiosk</name>
    <message>
        <source>Administrator password:</source>
        <translation>管理者パスワード：</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerRefundPage</name>
    <message>
        <source>Departure tax refund for overseas travellers</source>
        <translation>外国人旅行者の出国時税還付</translation>
    </message>
    <message>
        <source>离境退税: what your purchases refund, why not, and the steps at the store, customs and the counter.</source>
        <translation>离境退税（出国時税還付）：還付額、対象外の理由、店舗・税関・還付カウンターでの手順。</translation>
    </message>
    <message>
        <source>other / tax-free</source>
        <translation>その他 / 非課税</translation>
    </message>
    <message>
        <source>This is not the QR code of a Chinese e-invoice (数电票). Type the purchase in instead.</source>
        <translation>中国の電子インボイス（数电票）の QR コードではありません。購入内容を入力してください。</translation>
    </message>
    <message>
        <source>Enter your purchases: the date, the store, the price on the invoice and the VAT rate.</source>
        <translation>購入内容を入力してください：日付、店舗、インボイスの金額、増値税率。</translation>
    </message>
    <message>
        <source>You can expect about ¥%1 back.</source>
        <translation>還付額の目安は約 ¥%1 です。</translation>
    </message>
    <message>
        <source>These purchases are not refundable.</source>
        <translation>これらの購入は還付の対象外です。</translation>
    </message>
    <message>
        <source>Refund %1 − agency fee %2 = %3 yuan.</source>
        <translation>還付額 %1 − 手数料 %2 = %3 元。</translation>
    </message>
    <message>
        <source>Cash or bank transfer, as you choose.</source>
        <translation>現金または銀行振込を選べます。</translation>
    </message>
    <message>
        <source>Paid by bank transfer only.</source>
        <translation>銀行振込のみです。</translation>
    </message>
    <message>
        <source>With refund at purchase, leave China by %1.</source>
        <translation>即時還付（即买即退）の場合、%1 までに出国してください。</translation>
    </message>
    <message>
        <source>Store by store, day by day</source>
        <translation>店舗別・日付別</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>対象外の理由</translation>
    </message>
    <message>
        <source>Documents to carry</source>
        <translation>持参する書類</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Guidance only: the refund agency&apos;s calculation governs. Rules: %1.</source>
        <translation>目安です。還付代理機関の計算が優先します。規則：%1。</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>概要を保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be written to %1.</source>
        <translation>概要を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>Departure tax refund: my summary</source>
        <translation>出国時税還付：私の概要</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>還付額</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Net refund</source>
        <translation>実際の還付額</translation>
    </message>
    <message>
        <source>Leave China by</source>
        <translation>出国期限</translation>
    </message>
    <message>
        <source>For overseas visitors: check which purchases refund VAT when you leave China, how much you get back, and what to do at the store, at customs and at the refund counter. Nothing you enter is kept.</source>
        <translation>海外からのお客様へ：出国時に増値税が還付される購入品、還付額、店舗・税関・還付カウンターでの手続きを確認できます。入力内容は保存されません。</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>外国のパスポート</translation>
    </message>
    <message>
        <source>Hong Kong / Macao permit (港澳居民来往内地通行证)</source>
        <translation>香港・マカオ住民の通行証（港澳居民来往内地通行证）</translation>
    </message>
    <message>
        <source>Taiwan permit (台湾居民来往大陆通行证)</source>
        <translation>台湾住民の通行証（台湾居民来往大陆通行证）</translation>
    </message>
    <message>
        <source>Passport of the People&apos;s Republic of China</source>
        <translation>中華人民共和国のパスポート</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): I take the refund at the store against my credit card</source>
        <translation>即時還付（即买即退）：クレジットカードの与信で店舗で還付を受け取る</translation>
    </message>
    <message>
        <source>Scan an invoice QR code:</source>
        <translation>インボイスの QR コードを読み取る：</translation>
    </message>
    <message>
        <source>point the scanner at the invoice&apos;s QR code, or type its text</source>
        <translation>スキャナーをインボイスの QR コードに向けるか、内容を入力</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>インボイス番号</translation>
    </message>
    <message>
        <source>Add a purchase</source>
        <translation>購入を追加</translation>
    </message>
    <message>
        <source>Remove the purchase</source>
        <translation>この購入を削除</translation>
    </message>
    <message>
        <source>Print summary (PDF)…</source>
        <translation>概要を印刷（PDF）…</translation>
    </message>
    <message>
        <source>New traveller</source>
        <translation>次のお客様</translation>
    </message>
    <message>
        <source>year-month-day, e.g. %1</source>
        <translation>年-月-日（例：%1）</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>お知らせ</translation>
    </message>
</context>
</TS>
