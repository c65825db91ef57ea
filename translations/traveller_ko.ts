<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Decimal</name>
    <message>
        <source>%1 &quot;%2&quot; is not a rate: type it as 13%, 13 or 0.13 (from 0 to 100%).</source>
        <translation>%1 「%2」은(는) 세율이 아닙니다. 13%, 13 또는 0.13처럼 입력하세요(0~100%).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; at most %4 are allowed.</source>
        <translation>%1 「%2」은(는) 소수점 이하 %3자리입니다. 최대 %4자리까지입니다.</translation>
    </message>
    <message>
        <source>Cannot divide %1 by zero.</source>
        <translation>%1을(를) 0으로 나눌 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 yuan is beyond the largest amount Taxbox can record.</source>
        <translation>%1위안은 기록할 수 있는 최대 금액을 넘습니다.</translation>
    </message>
</context>
<context>
    <name>DecimalTextParser</name>
    <message>
        <source>%1 is empty; enter a number such as 1234.56.</source>
        <translation>%1이(가) 비어 있습니다. 1234.56 같은 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid number: %3 (at character %4).</source>
        <translation>%1 「%2」은(는) 올바른 숫자가 아닙니다: %3(%4번째 문자).</translation>
    </message>
    <message>
        <source>thousands separators must group exactly three digits</source>
        <translation>천 단위 구분 기호는 세 자리마다 넣어야 합니다</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>잘못된 문자 「%1」</translation>
    </message>
    <message>
        <source>digits are required before the decimal point</source>
        <translation>소수점 앞에 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>digits are required after the decimal point</source>
        <translation>소수점 뒤에 숫자가 필요합니다</translation>
    </message>
</context>
<context>
    <name>DepartureRefund</name>
    <message>
        <source>Purchases</source>
        <translation>구매 내역</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>구매 날짜</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>부가세 포함 가격</translation>
    </message>
    <message>
        <source>VAT rate of the goods</source>
        <translation>상품의 부가가치세율</translation>
    </message>
    <message>
        <source>Date of your last entry into China</source>
        <translation>마지막 중국 입국일</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>출국일</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退)</source>
        <translation>즉시 환급(即买即退)</translation>
    </message>
    <message>
        <source>Agency fee rate</source>
        <translation>환급 대행 수수료율</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>신분증</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is before &quot;%3&quot; (%4).</source>
        <translation>「%1」(%2)이(가) 「%3」(%4)보다 이릅니다.</translation>
    </message>
    <message>
        <source>At most %1 purchases can be checked at once.</source>
        <translation>한 번에 최대 %1건까지 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Purchase %1: </source>
        <translation>구매 %1: </translation>
    </message>
    <message>
        <source>%1must be an object with date, store, amount and rate.</source>
        <translation>%1날짜, 매장, 금액, 세율이 필요합니다.</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must name the store in 1 to %3 characters.</source>
        <translation>%1「%2」은(는) 1~%3자의 매장 이름이어야 합니다.</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be more than 0.</source>
        <translation>%1「%2」은(는) 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Holders of a PRC passport are not overseas travellers: the refund is for foreign nationals and residents of Hong Kong, Macao and Taiwan.</source>
        <translation>중화인민공화국 여권 소지자는 해외 여행자가 아닙니다. 환급은 외국인과 홍콩·마카오·대만 주민이 대상입니다.</translation>
    </message>
    <message>
        <source>You entered on %1 and leave on %2, %3 days later: the refund is for travellers who stay no more than %4 days.</source>
        <translation>%1에 입국해 %2에 출국하면 %3일 체류입니다. 환급은 %4일 이하 체류한 여행자가 대상입니다.</translation>
    </message>
    <message>
        <source>%1, %2: goods taxed at %3 are not refundable goods (refunds are for goods taxed at %4).</source>
        <translation>%1, %2: 세율 %3 상품은 환급 대상이 아닙니다(대상은 세율 %4 상품).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: bought before your last entry (%2); only purchases after it count.</source>
        <translation>%1: 마지막 입국일(%2) 이전 구매입니다. 입국 후 구매만 해당됩니다.</translation>
    </message>
    <message>
        <source>%1: after your departure date (%2).</source>
        <translation>%1: 출국일(%2) 이후입니다.</translation>
    </message>
    <message>
        <source>%1: bought %2 days before you leave; goods must leave China within %3 days of purchase.</source>
        <translation>%1: 출국 %2일 전 구매입니다. 상품은 구매 후 %3일 이내에 출국해야 합니다.</translation>
    </message>
    <message>
        <source>%1: bought %2 days after your entry; stores may not issue the form after %3 days.</source>
        <translation>%1: 입국 %2일 후 구매입니다. %3일이 지나면 매장은 신청서를 발급할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 yuan bought there that day; the minimum for one store on one day is %3 yuan.</source>
        <translation>%1: 그날 해당 매장 구매액은 %2위안입니다. 같은 날 같은 매장에서 %3위안 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>%1: %2 ≥ %3 (minimum for one store on one day)</source>
        <translation>%1: %2 ≥ %3 (같은 날·같은 매장 최저액)</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Gross refund = %1</source>
        <translation>환급액 = %1</translation>
    </message>
    <message>
        <source>Agency fee = %1 × %2 = %3</source>
        <translation>수수료 = %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Net refund = %1 − %2 = %3</source>
        <translation>실제 환급액 = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>%1 ≤ %2: cash or bank transfer, as you choose</source>
        <translation>%1 ≤ %2: 현금 또는 계좌 이체 선택 가능</translation>
    </message>
    <message>
        <source>%1 &gt; %2: bank transfer only</source>
        <translation>%1 &gt; %2: 계좌 이체만 가능</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退) was not offered nationwide on %1; claim the refund when you leave.</source>
        <translation>%1에는 즉시 환급(即买即退)이 전국 시행 전이었습니다. 출국 시 환급을 신청하세요.</translation>
    </message>
    <message>
        <source>Leave by %1: %2 + %3 days</source>
        <translation>출국 기한 %1: %2 + %3일</translation>
    </message>
    <message>
        <source>You plan to leave on %1, after %2: with 即买即退 the agency then takes the prepaid refund back from your card.</source>
        <translation>%1 출국 예정으로 기한 %2 이후입니다. 즉시 환급(即买即退) 선지급금이 카드에서 회수됩니다.</translation>
    </message>
    <message>
        <source>At the store: show your passport or travel permit and ask for the VAT invoice and the Departure Tax Refund Application Form (离境退税申请单) for each store and day.</source>
        <translation>매장에서: 여권 또는 통행증을 제시하고 매장·날짜별로 부가가치세 영수증과 「출국 환급 신청서」(离境退税申请单)를 받으세요.</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): sign the consent form, let the store pre-authorise your own credit card, and receive %1 yuan at once. Leave China by %2 from a designated port, or the agency charges your card within 3 working days.</source>
        <translation>즉시 환급(即买即退): 동의서에 서명하고 본인 신용카드로 사전 승인을 받으면 즉시 %1위안을 받습니다. %2까지 지정 출국항에서 출국하지 않으면 영업일 3일 이내에 카드로 청구됩니다.</translation>
    </message>
    <message>
        <source>Keep the goods unused. Carry them in your hand luggage, or show them to customs before you check them in.</source>
        <translation>상품은 사용하지 마세요. 기내 수하물로 가져가거나 위탁 전에 세관 확인을 받으세요.</translation>
    </message>
    <message>
        <source>At the departure port, before check-in: show the goods, the form, the invoice and your passport at the customs refund desk; customs stamps the form.</source>
        <translation>출국항에서 체크인 전: 세관 환급 데스크에 상품, 신청서, 영수증, 여권을 제시하면 세관이 신청서에 확인 도장을 찍습니다.</translation>
    </message>
    <message>
        <source>Forms under %1 yuan of sales are only spot-checked (from 2026-07-01).</source>
        <translation>판매액 %1위안 미만 신청서는 표본 검사만 합니다(2026-07-01부터).</translation>
    </message>
    <message>
        <source>After customs: drop the stamped form in the 即买即退 mailbox or hand it in at the refund counter.</source>
        <translation>세관 확인 후: 도장을 받은 신청서를 즉시 환급(即买即退) 전용 우체통에 넣거나 환급 창구에 제출하세요.</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; take the refund in cash (up to %1 yuan) or by bank transfer.</source>
        <translation>보안 검색 후 환급 대행 창구에서: 여권, 도장 받은 신청서, 영수증을 제시하고 현금(%1위안까지) 또는 계좌 이체로 받으세요.</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; above %1 yuan the refund is paid by bank transfer only.</source>
        <translation>보안 검색 후 환급 대행 창구에서: 여권, 도장 받은 신청서, 영수증을 제시하세요. %1위안을 넘는 환급은 계좌 이체로만 지급됩니다.</translation>
    </message>
    <message>
        <source>There is no refund after you leave: allow time for the queues at customs and at the counter.</source>
        <translation>출국 후에는 환급받을 수 없습니다. 세관과 창구 대기 시간을 넉넉히 잡으세요.</translation>
    </message>
    <message>
        <source>Your passport or travel permit (the one you entered with)</source>
        <translation>여권 또는 통행증(입국 시 사용한 것)</translation>
    </message>
    <message>
        <source>The VAT invoices (paper or electronic)</source>
        <translation>부가가치세 영수증(종이 또는 전자)</translation>
    </message>
    <message>
        <source>The Departure Tax Refund Application Forms (离境退税申请单)</source>
        <translation>출국 환급 신청서(离境退税申请单)</translation>
    </message>
    <message>
        <source>The goods, unused</source>
        <translation>사용하지 않은 상품</translation>
    </message>
    <message>
        <source>A credit card in your own name, and the signed consent form</source>
        <translation>본인 명의 신용카드와 서명한 동의서</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>%1 must be a number such as 1234.50.</source>
        <translation>%1은(는) 1234.50 같은 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1을(를) 입력하세요.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1은(는) 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 must be a rate such as 13%.</source>
        <translation>%1은(는) 13% 같은 세율이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1은(는) 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1은(는) 문자여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1은(는) %2에서 %3 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1은(는) 예 또는 아니요여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is required: one of %2.</source>
        <translation>%1을(를) 선택하세요: %2 중 하나.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1은(는) %2 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a date such as 2025-03-31.</source>
        <translation>%1은(는) 2025-03-31 같은 날짜여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a non-empty list.</source>
        <translation>%1을(를) 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <source>%1 is not an input of this calculator.</source>
        <translation>%1은(는) 이 계산기의 입력 항목이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; money is exact to the fen (at most 2 digits).</source>
        <translation>%1 「%2」은(는) 소수점 이하 %3자리입니다. 금액은 소수 2자리까지입니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large; the largest amount is %3.</source>
        <translation>%1 「%2」이(가) 너무 큽니다. 최대 금액은 %3입니다.</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerKiosk</name>
    <message>
        <source>Administrator password:</source>
        <translation>관리자 비밀번호:</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerRefundPage</name>
    <message>
        <source>Departure tax refund for overseas travellers</source>
        <translation>해외 여행자 출국 시 세금 환급</translation>
    </message>
    <message>
        <source>离境退税: what your purchases refund, why not, and the steps at the store, customs and the counter.</source>
        <translation>离境退税(출국 환급): 환급액, 환급 불가 사유, 매장·세관·환급 창구에서의 절차.</translation>
    </message>
    <message>
        <source>other / tax-free</source>
        <translation>기타 / 면세</translation>
    </message>
    <message>
        <source>This is not the QR code of a Chinese e-invoice (数电票). Type the purchase in instead.</source>
        <translation>중국 전자 영수증(数电票)의 QR 코드가 아닙니다. 구매 내역을 직접 입력하세요.</translation>
    </message>
    <message>
        <source>Enter your purchases: the date, the store, the price on the invoice and the VAT rate.</source>
        <translation>구매 내역을 입력하세요: 날짜, 매장, 영수증 금액, 부가가치세율.</translation>
    </message>
    <message>
        <source>You can expect about ¥%1 back.</source>
        <translation>약 ¥%1을(를) 환급받을 수 있습니다.</translation>
    </message>
    <message>
        <source>These purchases are not refundable.</source>
        <translation>이 구매는 환급 대상이 아닙니다.</translation>
    </message>
    <message>
        <source>Refund %1 − agency fee %2 = %3 yuan.</source>
        <translation>환급액 %1 − 수수료 %2 = %3 위안.</translation>
    </message>
    <message>
        <source>Cash or bank transfer, as you choose.</source>
        <translation>현금 또는 계좌 이체 중 선택할 수 있습니다.</translation>
    </message>
    <message>
        <source>Paid by bank transfer only.</source>
        <translation>계좌 이체로만 지급됩니다.</translation>
    </message>
    <message>
        <source>With refund at purchase, leave China by %1.</source>
        <translation>즉시 환급(即买即退)은 %1까지 출국해야 합니다.</translation>
    </message>
    <message>
        <source>Store by store, day by day</source>
        <translation>매장별·날짜별</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>환급 불가 사유</translation>
    </message>
    <message>
        <source>Documents to carry</source>
        <translation>지참할 서류</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>절차</translation>
    </message>
    <message>
        <source>Guidance only: the refund agency&apos;s calculation governs. Rules: %1.</source>
        <translation>참고용입니다. 환급 대행 기관의 계산이 우선합니다. 규칙: %1.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>요약 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be written to %1.</source>
        <translation>요약을 %1에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Departure tax refund: my summary</source>
        <translation>출국 시 세금 환급: 나의 요약</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환급액</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>Net refund</source>
        <translation>실제 환급액</translation>
    </message>
    <message>
        <source>Leave China by</source>
        <translation>출국 기한</translation>
    </message>
    <message>
        <source>For overseas visitors: check which purchases refund VAT when you leave China, how much you get back, and what to do at the store, at customs and at the refund counter. Nothing you enter is kept.</source>
        <translation>해외 방문객을 위한 안내: 출국 시 부가가치세를 환급받을 수 있는 구매, 환급액, 매장·세관·환급 창구에서 할 일을 확인하세요. 입력한 내용은 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>외국 여권</translation>
    </message>
    <message>
        <source>Hong Kong / Macao permit (港澳居民来往内地通行证)</source>
        <translation>홍콩·마카오 주민 통행증(港澳居民来往内地通行证)</translation>
    </message>
    <message>
        <source>Taiwan permit (台湾居民来往大陆通行证)</source>
        <translation>대만 주민 통행증(台湾居民来往大陆通行证)</translation>
    </message>
    <message>
        <source>Passport of the People&apos;s Republic of China</source>
        <translation>중화인민공화국 여권</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): I take the refund at the store against my credit card</source>
        <translation>즉시 환급(即买即退): 본인 신용카드로 매장에서 환급금을 먼저 받기</translation>
    </message>
    <message>
        <source>Scan an invoice QR code:</source>
        <translation>영수증 QR 코드 스캔:</translation>
    </message>
    <message>
        <source>point the scanner at the invoice&apos;s QR code, or type its text</source>
        <translation>스캐너를 영수증 QR 코드에 대거나 내용을 입력하세요</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>영수증 번호</translation>
    </message>
    <message>
        <source>Add a purchase</source>
        <translation>구매 추가</translation>
    </message>
    <message>
        <source>Remove the purchase</source>
        <translation>이 구매 삭제</translation>
    </message>
    <message>
        <source>Print summary (PDF)…</source>
        <translation>요약 인쇄(PDF)…</translation>
    </message>
    <message>
        <source>New traveller</source>
        <translation>다음 여행자</translation>
    </message>
    <message>
        <source>year-month-day, e.g. %1</source>
        <translation>연-월-일, 예: %1</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>공지</translation>
    </message>
</context>
</TS>
