<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Decimal</name>
    <message>
        <source>%1 &quot;%2&quot; is not a rate: type it as 13%, 13 or 0.13 (from 0 to 100%).</source>
        <translation>%1 «%2» — не ставка: введите 13%, 13 или 0.13 (от 0 до 100%).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; at most %4 are allowed.</source>
        <translation>%1 «%2»: %3 знаков после запятой; допускается не более %4.</translation>
    </message>
    <message>
        <source>Cannot divide %1 by zero.</source>
        <translation>Нельзя делить %1 на ноль.</translation>
    </message>
    <message>
        <source>%1 yuan is beyond the largest amount Taxbox can record.</source>
        <translation>%1 юаней — больше максимальной суммы.</translation>
    </message>
</context>
<context>
    <name>DecimalTextParser</name>
    <message>
        <source>%1 is empty; enter a number such as 1234.56.</source>
        <translation>%1: пусто; введите число, например 1234.56.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid number: %3 (at character %4).</source>
        <translation>%1 «%2» — неверное число: %3 (символ %4).</translation>
    </message>
    <message>
        <source>thousands separators must group exactly three digits</source>
        <translation>разделители разрядов — ровно через три цифры</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>недопустимый символ «%1»</translation>
    </message>
    <message>
        <source>digits are required before the decimal point</source>
        <translation>нужны цифры до запятой</translation>
    </message>
    <message>
        <source>digits are required after the decimal point</source>
        <translation>нужны цифры после запятой</translation>
    </message>
</context>
<context>
    <name>DepartureRefund</name>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Дата покупки</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>Цена с НДС</translation>
    </message>
    <message>
        <source>VAT rate of the goods</source>
        <translation>Ставка НДС товара</translation>
    </message>
    <message>
        <source>Date of your last entry into China</source>
        <translation>Дата последнего въезда в Китай</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Дата выезда</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退)</source>
        <translation>Возврат в магазине (即买即退)</translation>
    </message>
    <message>
        <source>Agency fee rate</source>
        <translation>Ставка комиссии агента</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is before &quot;%3&quot; (%4).</source>
        <translation>«%1» (%2) раньше, чем «%3» (%4).</translation>
    </message>
    <message>
        <source>At most %1 purchases can be checked at once.</source>
        <translation>За один раз можно проверить не более %1 покупок.</translation>
    </message>
    <message>
        <source>Purchase %1: </source>
        <translation>Покупка %1: </translation>
    </message>
    <message>
        <source>%1must be an object with date, store, amount and rate.</source>
        <translation>%1нужны дата, магазин, сумма и ставка.</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must name the store in 1 to %3 characters.</source>
        <translation>%1«%2»: название магазина от 1 до %3 символов.</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be more than 0.</source>
        <translation>%1«%2» должно быть больше 0.</translation>
    </message>
    <message>
        <source>Holders of a PRC passport are not overseas travellers: the refund is for foreign nationals and residents of Hong Kong, Macao and Taiwan.</source>
        <translation>Владельцы паспорта КНР не считаются иностранными туристами: возврат положен иностранцам и жителям Гонконга, Макао и Тайваня.</translation>
    </message>
    <message>
        <source>You entered on %1 and leave on %2, %3 days later: the refund is for travellers who stay no more than %4 days.</source>
        <translation>Вы въехали %1 и выезжаете %2, через %3 дн.: возврат положен тем, кто пробыл не более %4 дней.</translation>
    </message>
    <message>
        <source>%1, %2: goods taxed at %3 are not refundable goods (refunds are for goods taxed at %4).</source>
        <translation>%1, %2: товары со ставкой %3 не подлежат возврату (возврат — для товаров со ставкой %4).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: bought before your last entry (%2); only purchases after it count.</source>
        <translation>%1: куплено до последнего въезда (%2); учитываются только покупки после него.</translation>
    </message>
    <message>
        <source>%1: after your departure date (%2).</source>
        <translation>%1: позже даты выезда (%2).</translation>
    </message>
    <message>
        <source>%1: bought %2 days before you leave; goods must leave China within %3 days of purchase.</source>
        <translation>%1: куплено за %2 дн. до выезда; товар должен покинуть Китай в течение %3 дней после покупки.</translation>
    </message>
    <message>
        <source>%1: bought %2 days after your entry; stores may not issue the form after %3 days.</source>
        <translation>%1: куплено через %2 дн. после въезда; после %3 дней магазин не выдаёт форму.</translation>
    </message>
    <message>
        <source>%1: %2 yuan bought there that day; the minimum for one store on one day is %3 yuan.</source>
        <translation>%1: в этот день куплено на %2 юаней; минимум для одного магазина за один день — %3 юаней.</translation>
    </message>
    <message>
        <source>%1: %2 ≥ %3 (minimum for one store on one day)</source>
        <translation>%1: %2 ≥ %3 (минимум для магазина за день)</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Gross refund = %1</source>
        <translation>Сумма возврата = %1</translation>
    </message>
    <message>
        <source>Agency fee = %1 × %2 = %3</source>
        <translation>Комиссия = %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Net refund = %1 − %2 = %3</source>
        <translation>К получению = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>%1 ≤ %2: cash or bank transfer, as you choose</source>
        <translation>%1 ≤ %2: наличными или переводом — на выбор</translation>
    </message>
    <message>
        <source>%1 &gt; %2: bank transfer only</source>
        <translation>%1 &gt; %2: только банковский перевод</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退) was not offered nationwide on %1; claim the refund when you leave.</source>
        <translation>%1 возврат в магазине (即买即退) ещё не действовал по всей стране; оформите возврат при выезде.</translation>
    </message>
    <message>
        <source>Leave by %1: %2 + %3 days</source>
        <translation>Выехать до %1: %2 + %3 дн.</translation>
    </message>
    <message>
        <source>You plan to leave on %1, after %2: with 即买即退 the agency then takes the prepaid refund back from your card.</source>
        <translation>Вы выезжаете %1, позже %2: при 即买即退 агент спишет выданный возврат с вашей карты.</translation>
    </message>
    <message>
        <source>At the store: show your passport or travel permit and ask for the VAT invoice and the Departure Tax Refund Application Form (离境退税申请单) for each store and day.</source>
        <translation>В магазине: покажите паспорт или пропуск и попросите счёт с НДС и форму заявления на возврат (离境退税申请单) — для каждого магазина и дня.</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): sign the consent form, let the store pre-authorise your own credit card, and receive %1 yuan at once. Leave China by %2 from a designated port, or the agency charges your card within 3 working days.</source>
        <translation>Возврат в магазине (即买即退): подпишите согласие, магазин блокирует сумму на вашей кредитной карте, и вы сразу получаете %1 юаней. Покиньте Китай до %2 через указанный пункт пропуска, иначе агент в течение 3 рабочих дней спишет деньги с карты.</translation>
    </message>
    <message>
        <source>Keep the goods unused. Carry them in your hand luggage, or show them to customs before you check them in.</source>
        <translation>Не пользуйтесь товаром. Везите его в ручной клади или покажите таможне до сдачи в багаж.</translation>
    </message>
    <message>
        <source>At the departure port, before check-in: show the goods, the form, the invoice and your passport at the customs refund desk; customs stamps the form.</source>
        <translation>В пункте выезда, до регистрации: покажите товар, форму, счёт и паспорт на таможенной стойке возврата; таможня ставит штамп на форму.</translation>
    </message>
    <message>
        <source>Forms under %1 yuan of sales are only spot-checked (from 2026-07-01).</source>
        <translation>Формы с продажами менее %1 юаней проверяются выборочно (с 2026-07-01).</translation>
    </message>
    <message>
        <source>After customs: drop the stamped form in the 即买即退 mailbox or hand it in at the refund counter.</source>
        <translation>После таможни: опустите форму со штампом в ящик 即买即退 или сдайте её у стойки возврата.</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; take the refund in cash (up to %1 yuan) or by bank transfer.</source>
        <translation>У стойки агента по возврату после досмотра: покажите паспорт, форму со штампом и счёт; получите возврат наличными (до %1 юаней) или переводом.</translation>
    </message>
    <message>
        <source>At the refund agency counter after security: show your passport, the stamped form and the invoice; above %1 yuan the refund is paid by bank transfer only.</source>
        <translation>У стойки агента по возврату после досмотра: покажите паспорт, форму со штампом и счёт; свыше %1 юаней возврат — только банковским переводом.</translation>
    </message>
    <message>
        <source>There is no refund after you leave: allow time for the queues at customs and at the counter.</source>
        <translation>После выезда вернуть НДС нельзя: заложите время на очереди на таможне и у стойки.</translation>
    </message>
    <message>
        <source>Your passport or travel permit (the one you entered with)</source>
        <translation>Паспорт или пропуск (тот, с которым вы въехали)</translation>
    </message>
    <message>
        <source>The VAT invoices (paper or electronic)</source>
        <translation>Счета с НДС (бумажные или электронные)</translation>
    </message>
    <message>
        <source>The Departure Tax Refund Application Forms (离境退税申请单)</source>
        <translation>Формы заявления на возврат (离境退税申请单)</translation>
    </message>
    <message>
        <source>The goods, unused</source>
        <translation>Товары, не бывшие в употреблении</translation>
    </message>
    <message>
        <source>A credit card in your own name, and the signed consent form</source>
        <translation>Кредитная карта на ваше имя и подписанное согласие</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>%1 must be a number such as 1234.50.</source>
        <translation>%1: введите число, например 1234.50.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1: обязательное поле.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 не может быть отрицательным.</translation>
    </message>
    <message>
        <source>%1 must be a rate such as 13%.</source>
        <translation>%1: введите ставку, например 13%.</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1 должно быть больше 0.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 должно быть текстом.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1: целое число от %2 до %3.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1: да или нет.</translation>
    </message>
    <message>
        <source>%1 is required: one of %2.</source>
        <translation>%1: выберите одно из %2.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 должно быть одним из %2.</translation>
    </message>
    <message>
        <source>%1 must be a date such as 2025-03-31.</source>
        <translation>%1: введите дату, например 2025-03-31.</translation>
    </message>
    <message>
        <source>%1 must be a non-empty list.</source>
        <translation>%1: список не должен быть пустым.</translation>
    </message>
    <message>
        <source>%1 is not an input of this calculator.</source>
        <translation>%1 не является полем этого расчёта.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; money is exact to the fen (at most 2 digits).</source>
        <translation>%1 «%2»: %3 знаков после запятой; сумма указывается до фэня (не более 2 знаков).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large; the largest amount is %3.</source>
        <translation>%1 «%2» слишком велико; максимум — %3.</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerKiosk</name>
    <message>
        <source>Administrator password:</source>
        <translation>Пароль администратора:</translation>
    </message>
</context>
<context>
    <name>taxbox::ui::TravellerRefundPage</name>
    <message>
        <source>Departure tax refund for overseas travellers</source>
        <translation>Возврат НДС иностранным туристам при выезде</translation>
    </message>
    <message>
        <source>离境退税: what your purchases refund, why not, and the steps at the store, customs and the counter.</source>
        <translation>离境退税: сколько вернут, почему нет, и шаги в магазине, на таможне и у стойки возврата.</translation>
    </message>
    <message>
        <source>other / tax-free</source>
        <translation>другая / без НДС</translation>
    </message>
    <message>
        <source>This is not the QR code of a Chinese e-invoice (数电票). Type the purchase in instead.</source>
        <translation>Это не QR-код китайского электронного счёта (数电票). Введите покупку вручную.</translation>
    </message>
    <message>
        <source>Enter your purchases: the date, the store, the price on the invoice and the VAT rate.</source>
        <translation>Введите покупки: дату, магазин, цену по счёту и ставку НДС.</translation>
    </message>
    <message>
        <source>You can expect about ¥%1 back.</source>
        <translation>Ориентировочно вам вернут около ¥%1.</translation>
    </message>
    <message>
        <source>These purchases are not refundable.</source>
        <translation>Эти покупки не подлежат возврату НДС.</translation>
    </message>
    <message>
        <source>Refund %1 − agency fee %2 = %3 yuan.</source>
        <translation>Возврат %1 − комиссия %2 = %3 юаней.</translation>
    </message>
    <message>
        <source>Cash or bank transfer, as you choose.</source>
        <translation>Наличными или банковским переводом — на ваш выбор.</translation>
    </message>
    <message>
        <source>Paid by bank transfer only.</source>
        <translation>Только банковским переводом.</translation>
    </message>
    <message>
        <source>With refund at purchase, leave China by %1.</source>
        <translation>При возврате в магазине (即买即退) покиньте Китай до %1.</translation>
    </message>
    <message>
        <source>Store by store, day by day</source>
        <translation>По магазинам и дням</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Почему нет</translation>
    </message>
    <message>
        <source>Documents to carry</source>
        <translation>Что взять с собой</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Guidance only: the refund agency&apos;s calculation governs. Rules: %1.</source>
        <translation>Только для ориентира: решает расчёт агента по возврату. Правила: %1.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Сохранить сводку</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be written to %1.</source>
        <translation>Не удалось записать сводку в %1.</translation>
    </message>
    <message>
        <source>Departure tax refund: my summary</source>
        <translation>Возврат НДС при выезде: моя сводка</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Комиссия агента</translation>
    </message>
    <message>
        <source>Net refund</source>
        <translation>К получению</translation>
    </message>
    <message>
        <source>Leave China by</source>
        <translation>Покинуть Китай до</translation>
    </message>
    <message>
        <source>For overseas visitors: check which purchases refund VAT when you leave China, how much you get back, and what to do at the store, at customs and at the refund counter. Nothing you enter is kept.</source>
        <translation>Для иностранных гостей: какие покупки дают возврат НДС при выезде из Китая, сколько вернут и что делать в магазине, на таможне и у стойки возврата. Введённые данные не сохраняются.</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Иностранный паспорт</translation>
    </message>
    <message>
        <source>Hong Kong / Macao permit (港澳居民来往内地通行证)</source>
        <translation>Пропуск жителя Гонконга / Макао (港澳居民来往内地通行证)</translation>
    </message>
    <message>
        <source>Taiwan permit (台湾居民来往大陆通行证)</source>
        <translation>Пропуск жителя Тайваня (台湾居民来往大陆通行证)</translation>
    </message>
    <message>
        <source>Passport of the People&apos;s Republic of China</source>
        <translation>Паспорт КНР</translation>
    </message>
    <message>
        <source>Refund at purchase (即买即退): I take the refund at the store against my credit card</source>
        <translation>Возврат в магазине (即买即退): получаю возврат сразу под залог моей кредитной карты</translation>
    </message>
    <message>
        <source>Scan an invoice QR code:</source>
        <translation>Сканировать QR-код счёта:</translation>
    </message>
    <message>
        <source>point the scanner at the invoice&apos;s QR code, or type its text</source>
        <translation>наведите сканер на QR-код счёта или введите его текст</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Номер счёта</translation>
    </message>
    <message>
        <source>Add a purchase</source>
        <translation>Добавить покупку</translation>
    </message>
    <message>
        <source>Remove the purchase</source>
        <translation>Удалить покупку</translation>
    </message>
    <message>
        <source>Print summary (PDF)…</source>
        <translation>Печать сводки (PDF)…</translation>
    </message>
    <message>
        <source>New traveller</source>
        <translation>Следующий турист</translation>
    </message>
    <message>
        <source>year-month-day, e.g. %1</source>
        <translation>год-месяц-день, например %1</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Объявления</translation>
    </message>
</context>
</TS>
