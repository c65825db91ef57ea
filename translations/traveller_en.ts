<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Decimal</name>
    <message>
        <source>%1 &quot;%2&quot; is not a rate: type it as 13%, 13 or 0.13 (from 0 to 100%).</source>
        <translation>%1 &quot;%2&quot; is not a rate: type it as 13%, 13 or 0.13 (from 0 to 100%).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; at most %4 are allowed.</source>
        <translation>%1 &quot;%2&quot; has %3 digits after the decimal point; at most %4 are allowed.</translation>
    </message>
    <message>
        <source>Cannot divide %1 by zero.</source>
        <translation>Cannot divide %1 by zero.</translation>
    </message>
    <message>
        <source>%1 yuan is beyond the largest amount Taxbox can record.</source>
        <translation>%1 yuan is beyond the largest amount Taxbox can record.</translation>
    </message>
</context>
<context>
    <name>DecimalTextParser</name>
    <message>
        <source>%1 is empty; enter a number such as 1234.56.</source>
        <translation>%1 is empty; enter a number such as 1234.56.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid number: %3 (at character %4).</source>
        <translation>%1 &quot;%2&quot; is not a valid number: %3 (at character %4).</translation>
    </message>
    <message>
        <source>thousands separators must group exactly three digits</source>
        <translation>thousands separators must group exactly three digits</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>unexpected character &quot;%1&quot;</translation>
    </message>
    <message>
        <source>digits are required before the decimal point</source>
        <translation>digits are required before the decimal point</translation>
    </message>
    <message>
        <source>digits are required after the decimal point</source>
        <translation>digits are required after the decimal point</translation>
    </message>
</context>
<context>
    <name>DepartureRefund</name>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>Price including VAT</translation>
    </message>
    <message>
        <source>VAT rate of the goods</source>
        <translation>VAT rate of the goods</translation>
    </message>
    <message>
        <source>Date of your last entry into China</source>
        <translation>Date of your last entry into China</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Departure date</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退)</source>
        <translation>Refund at purchase (即买即退)</translation>
    </message>
    <message>
        <source>Agency fee rate</source>
        <translation>Agency fee rate</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is before &quot;%3&quot; (%4).</source>
        <translation>&quot;%1&quot; (%2) is before &quot;%3&quot; (%4).</translation>
    </message>
    <message>
        <source>At most %1 purchases can be checked at once.</source>
        <translation>At most %1 purchases can be checked at once.</translation>
    </message>
    <message>
        <source>Purchase %1: </source>
        <translation>Purchase %1: </translation>
    </message>
    <message>
        <source>%1must be an object with date, store, amount and rate.</source>
        <translation>%1must be an object with date, store, amount and rate.</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must name the store in 1 to %3 characters.</source>
        <translation>%1&quot;%2&quot; must name the store in 1 to %3 characters.</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be more than 0.</source>
        <translation>%1&quot;%2&quot; must be more than 0.</translation>
    </message>
    <message>
        <source>Holders of a PRC passport are not overseas travellers: the refund is for foreign nationals and residents of Hong Kong, Macao and Taiwan.</source>
        <translation>Holders of a PRC passport are not overseas travellers: the refund is for foreign nationals and residents of Hong Kong, Macao and Taiwan.</translation>
    </message>
    <message>
        <source>You entered on %1 and leave on %2, %3 days later: the refund is for travellers who stay no more than %4 days.</source>
        <translation>You entered on %1 and leave on %2, %3 days later: the refund is for travellers who stay no more than %4 days.</translation>
    </message>
    <message>
        <source>%1, %2: goods taxed at %3 are not refundable goods (refunds are for goods taxed at %4).</source>
        <translation>%1, %2: goods taxed at %3 are not refundable goods (refunds are for goods taxed at %4).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: bought before your last entry (%2); only purchases after it count.</source>
        <translation>%1: bought before your last entry (%2); only purchases after it count.</translation>
    </message>
    <message>
        <source>%1: after your departure date (%2).</source>
        <translation>%1: after your departure date (%2).</translation>
    </message>
    <message>
        <source>%1: bought %2 days before you leave; goods must leave China within %3 days of purchase.</source>
        <translation>%1: bought %2 days before you leave; goods must leave China within %3 days of purchase.</translation>
    </message>
    <message>
        <source>%1: bought %2 days after your entry; stores may not issue the form after %3 days.</source>
        <translation>%1: bought %2 days after your entry; stores may not issue the form after %3 days.</translation>
    </message>
    <message>
        <source>%1: %2 yuan bought there that day; the minimum for one store on one day is %3 yuan.</source>
        <translation>%1: %2 yuan bought there that day; the minimum for one store on one day is %3 yuan.</translation>
    </message>
    <message>
        <source>%1: %2 ≥ %3 (minimum for one store on one day)</source>
        <translation>%1: %2 ≥ %3 (minimum for one store on one day)</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Gross refund = %1</source>
        <translation>Gross refund = %1</translation>
    </message>
    <message>
        <source>Agency fee = %1 × %2 = %3</source>
        <translation>Agency fee = %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Net refund = %1 − %2 = %3</source>
        <translation>Net refund = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>%1 ≤ %2: cash or bank transfer, as you choose</source>
        <translation>%1 ≤ %2: cash or bank transfer, as you choose</translation>
    </message>
    <message>
        <source>%1 &gt; %2: bank transfer only</source>
        <translation>%1 &gt; %2: bank transfer only</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退) was not offered nationwide on %1; claim the refund when you leave.</source>
        <translation>Refund at purchase (即买即退) was not offered nationwide on %1; claim the refund when you leave.</translation>
    </message>
    <message>
        <source>Leave by %1: %2 + %3 days</source>
        <translation>Leave by %1: %2 + %3 days</translation>
    </message>
    <message>
        <source>You plan to leave on %1, after %2: with 即买即退 the agency then takes the prepaid refund back from your card.</source>
        <translation>You plan to leave on %1, after %2: with 即买即退 the agency then takes the prepaid refund back from your card.</translation>
    </message>
    <message>
        <source>At the store: show your passport or travel permit and ask for the VAT invoice and the Departure Tax Refund Application Form (离境退税申请单) for each store and day.</source>
        <translation>At the store: show your passport or travel permit and ask for the VAT invoice and the Departure Tax Refund Application Form (离境退税申请单) for each store and day.</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): sign the consent form, let the store pre-authorise your own credit card, and receive %1 yuan at once. Leave China by %2 from a designated port, or the agency charges your card within 3 working days.</source>
        <translation>Refund at purchase (即买即退): sign the consent form, let the store pre-authorise your own credit card, and receive %1 yuan at once. Leave China by %2 from a designated port, or the agency charges your card within 3 working days.</translation>
    </message>
    <message>
        <source>Keep the goods unused. Carry them in your hand luggage, or show them to customs before you check them in.</source>
        <translation>Keep the goods unused. Carry them in your hand luggage, or show them to customs before you check them in.</translation>
    </message>
    <message>
        <source>At the departure port, before check-in: show the goods, the form, the invoice and your passport at the customs refund desk; customs stamps the form.</source>
        <translation>At the departure port, before check-in: show the goods, the form, the invoice and your passport at the customs refund desk; customs stamps the form.</translation>
    </message>
    <message>
        <source>Forms under %1 yuan of sales are only spot-checked (from 2026-07-01).</source>
        <translation>Forms under %1 yuan of sales are only spot-checked (from 2026-07-01).</translation>
    </message>
    <message>
        <source>After customs: drop the stamped form in the 即买即退 mailbox or hand it in at the refund counter.</source>
        <translation>After customs: drop the stamped form in the 即买即退 mailbox or hand it in at the refund counter.</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; take the refund in cash (up to %1 yuan) or by bank transfer.</source>
        <translation>At the refund agency counter after security: show your passport, the stamped form and the invoice; take the refund in cash (up to %1 yuan) or by bank transfer.</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; above %1 yuan the refund is paid by bank transfer only.</source>
        <translation>At the refund agency counter after security: show your passport, the stamped form and the invoice; above %1 yuan the refund is paid by bank transfer only.</translation>
    </message>
    <message>
        <source>There is no refund after you leave: allow time for the queues at customs and at the counter.</source>
        <translation>There is no refund after you leave: allow time for the queues at customs and at the counter.</translation>
    </message>
    <message>
        <source>Your passport or travel permit (the one you entered with)</source>
        <translation>Your passport or travel permit (the one you entered with)</translation>
    </message>
    <message>
        <source>The VAT invoices (paper or electronic)</source>
        <translation>The VAT invoices (paper or electronic)</translation>
    </message>
    <message>
        <source>The Departure Tax Refund Application Forms (离境退税申请单)</source>
        <translation>The Departure Tax Refund Application Forms (离境退税申请单)</translation>
    </message>
    <message>
        <source>The goods, unused</source>
        <translation>The goods, unused</translation>
    </message>
    <message>
        <source>A credit card in your own name, and the signed consent form</source>
        <translation>A credit card in your own name, and the signed consent form</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>%1 must be a number such as 1234.50.</source>
        <translation>%1 must be a number such as 1234.50.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 must not be negative.</translation>
    </message>
    <message>
        <source>%1 must be a rate such as 13%.</source>
        <translation>%1 must be a rate such as 13%.</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1 must be more than 0.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 must be a string.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 must be true or false.</translation>
    </message>
    <message>
        <source>%1 is required: one of %2.</source>
        <translation>%1 is required: one of %2.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 must be one of %2.</translation>
    </message>
    <message>
        <source>%1 must be a date such as 2025-03-31.</source>
        <translation>%1 must be a date such as 2025-03-31.</translation>
    </message>
    <message>
        <source>%1 must be a non-empty list.</source>
        <translation>%1 must be a non-empty list.</translation>
    </message>
    <message>
        <source>%1 is not an input of this calculator.</source>
        <translation>%1 is not an input of this calculator.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; money is exact to the fen (at most 2 digits).</source>
        <translation>%1 &quot;%2&quot; has %3 digits after the decimal point; money is exact to the fen (at most 2 digits).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large; the largest amount is %3.</source>
        <translation>%1 &quot;%2&quot; is too large; the largest amount is %3.</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerKiosk</name>
    <message>
        <source>Administrator password:</source>
        <translation>Administrator password:</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerRefundPage</name>
    <message>
        <source>Departure tax refund for overseas travellers</source>
        <translation>Departure tax refund for overseas travellers</translation>
    </message>
    <message>
        <source>离境退税: what your purchases refund, why not, and the steps at the store, customs and the counter.</source>
        <translation>离境退税: what your purchases refund, why not, and the steps at the store, customs and the counter.</translation>
    </message>
    <message>
        <source>other / tax-free</source>
        <translation>other / tax-free</translation>
    </message>
    <message>
        <source>This is not the QR code of a Chinese e-invoice (数电票). Type the purchase in instead.</source>
        <translation>This is not the QR code of a Chinese e-invoice (数电票). Type the purchase in instead.</translation>
    </message>
    <message>
        <source>Enter your purchases: the date, the store, the price on the invoice and the VAT rate.</source>
        <translation>Enter your purchases: the date, the store, the price on the invoice and the VAT rate.</translation>
    </message>
    <message>
        <source>You can expect about ¥%1 back.</source>
        <translation>You can expect about ¥%1 back.</translation>
    </message>
    <message>
        <source>These purchases are not refundable.</source>
        <translation>These purchases are not refundable.</translation>
    </message>
    <message>
        <source>Refund %1 − agency fee %2 = %3 yuan.</source>
        <translation>Refund %1 − agency fee %2 = %3 yuan.</translation>
    </message>
    <message>
        <source>Cash or bank transfer, as you choose.</source>
        <translation>Cash or bank transfer, as you choose.</translation>
    </message>
    <message>
        <source>Paid by bank transfer only.</source>
        <translation>Paid by bank transfer only.</translation>
    </message>
    <message>
        <source>With refund at purchase, leave China by %1.</source>
        <translation>With refund at purchase, leave China by %1.</translation>
    </message>
    <message>
        <source>Store by store, day by day</source>
        <translation>Store by store, day by day</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Why not</translation>
    </message>
    <message>
        <source>Documents to carry</source>
        <translation>Documents to carry</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Guidance only: the refund agency&apos;s calculation governs. Rules: %1.</source>
        <translation>Guidance only: the refund agency&apos;s calculation governs. Rules: %1.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be written to %1.</source>
        <translation>The summary could not be written to %1.</translation>
    </message>
    <message>
        <source>Departure tax refund: my summary</source>
        <translation>Departure tax refund: my summary</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Agency fee</translation>
    </message>
    <message>
        <source>Net refund</source>
        <translation>Net refund</translation>
    </message>
    <message>
        <source>Leave China by</source>
        <translation>Leave China by</translation>
    </message>
    <message>
        <source>For overseas visitors: check which purchases refund VAT when you leave China, how much you get back, and what to do at the store, at customs and at the refund counter. Nothing you enter is kept.</source>
        <translation>For overseas visitors: check which purchases refund VAT when you leave China, how much you get back, and what to do at the store, at customs and at the refund counter. Nothing you enter is kept.</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Foreign passport</translation>
    </message>
    <message>
        <source>Hong Kong / Macao permit (港澳居民来往内地通行证)</source>
        <translation>Hong Kong / Macao permit (港澳居民来往内地通行证)</translation>
    </message>
    <message>
        <source>Taiwan permit (台湾居民来往大陆通行证)</source>
        <translation>Taiwan permit (台湾居民来往大陆通行证)</translation>
    </message>
    <message>
        <source>Passport of the People&apos;s Republic of China</source>
        <translation>Passport of the People&apos;s Republic of China</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): I take the refund at the store against my credit card</source>
        <translation>Refund at purchase (即买即退): I take the refund at the store against my credit card</translation>
    </message>
    <message>
        <source>Scan an invoice QR code:</source>
        <translation>Scan an invoice QR code:</translation>
    </message>
    <message>
        <source>point the scanner at the invoice&apos;s QR code, or type its text</source>
        <translation>point the scanner at the invoice&apos;s QR code, or type its text</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Add a purchase</source>
        <translation>Add a purchase</translation>
    </message>
    <message>
        <source>Remove the purchase</source>
        <translation>Remove the purchase</translation>
    </message>
    <message>
        <source>Print summary (PDF)…</source>
        <translation>Print summary (PDF)…</translation>
    </message>
    <message>
        <source>New traveller</source>
        <translation>New traveller</translation>
    </message>
    <message>
        <source>year-month-day, e.g. %1</source>
        <translation>year-month-day, e.g. %1</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
</context>
</TS>
