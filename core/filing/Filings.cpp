#include "Filings.h"

#include "crypto/Crypto.h"
#include "enterprise/EnterpriseProfile.h"
#include "invoice/Invoice.h"
#include "invoice/InvoiceDocument.h"
#include "payroll/Payroll.h"
#include "refund/RefundApplications.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::filing {

namespace {

QString fenText(qint64 fen)
{
    return Decimal::fromMoney(Money::fromFen(fen)).toFixed(2);
}

Decimal decimalOf(const QJsonValue &value)
{
    if (value.isDouble())
        return Decimal::fromInteger(value.toInteger());
    return Decimal::parse(value.toString(), u"cell"_s, 12).value_or(Decimal());
}

void addAmount(QJsonObject &cells, const QString &cell, qint64 fen)
{
    cells.insert(cell, (decimalOf(cells.value(cell)) + Decimal::fromMoney(Money::fromFen(fen))).toFixed(2));
}

void addCount(QJsonObject &cells, const QString &cell, qint64 count)
{
    cells.insert(cell, cells.value(cell).toInteger() + count);
}

void addSource(QJsonObject &sources, const QString &cell, const QString &text)
{
    QJsonArray list = sources.value(cell).toArray();
    list.append(text);
    sources.insert(cell, list);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// Returns are signed in their own domain, so a signature over a return is never one over anything else.
QByteArray signingBytes(const QString &content)
{
    return "taxbox-filing-v1\n" + content.toUtf8();
}

bool isServiceCategory(const QString &category)
{
    return category == u"3" || category == u"4" || category == u"5";
}

/// Row of 附列资料（一） for an issued line of a general taxpayer: by rate, goods or services.
QString generalRow(const QString &rate, bool services)
{
    static const QHash<QString, std::pair<QString, QString>> rows{
        {u"0.13"_s, {u"1"_s, u"2"_s}},   {u"0.09"_s, {u"3"_s, u"4"_s}},   {u"0.06"_s, {u"5"_s, u"5"_s}},
        {u"0.05"_s, {u"9a"_s, u"9b"_s}}, {u"0.04"_s, {u"10"_s, u"10"_s}}, {u"0.03"_s, {u"11"_s, u"12"_s}},
        {u"0"_s, {u"18"_s, u"19"_s}}};
    const auto row = rows.value(rate);
    return services ? row.second : row.first;
}

QStringList monthsOf(const Period &period)
{
    QStringList months;
    for (QDate d = period.start; d <= period.end; d = d.addMonths(1))
        months.append(d.toString(u"yyyy-MM"_s));
    return months;
}

} // namespace

std::optional<Decimal> taxDueOf(const QString &form, const QJsonObject &cells)
{
    QStringList due;
    if (form == u"vat-general")
        due = {u"M34"_s, u"M34.j"_s};
    else if (form == u"vat-small")
        due = {u"M22.g"_s, u"M22.s"_s};
    else if (form == u"cit-prepay")
        due = {cells.contains(u"L32"_s) ? u"L32"_s : u"L16"_s};
    else
        due = {u"R.due"_s};
    if (!std::any_of(due.cbegin(), due.cend(), [&](const QString &cell) { return cells.contains(cell); }))
        return std::nullopt;
    Decimal total;
    for (const QString &cell : std::as_const(due))
        total = total + decimalOf(cells.value(cell));
    return total;
}

// ---------------------------------------------------------------------------------------------------
// Settings

QJsonObject FilingSettings::toJson() const
{
    return {{u"vat_period"_s, vatPeriod},
            {u"cit_period"_s, citPeriod},
            {u"stamp_duty_period"_s, stampDutyPeriod},
            {u"urban_rate"_s, urbanRate},
            {u"six_taxes_two_fees"_s, sixTaxesTwoFees},
            {u"filer"_s, filer},
            {u"restricted_industry"_s, restrictedIndustry}};
}

Result<FilingSettings> FilingSettings::fromJson(const QJsonObject &object, const FilingSettings &base)
{
    FilingSettings settings = base;
    struct Choice
    {
        const char16_t *key;
        QString *target;
        QStringList allowed;
        QString label;
    };
    const QList<Choice> choices{
        {u"vat_period", &settings.vatPeriod, {u""_s, u"month"_s, u"quarter"_s}, tr("VAT filing period")},
        {u"cit_period", &settings.citPeriod, {u"month"_s, u"quarter"_s}, tr("CIT prepayment period")},
        {u"stamp_duty_period", &settings.stampDutyPeriod, {u"month"_s, u"quarter"_s, u"year"_s}, tr("Stamp duty period")},
        {u"urban_rate", &settings.urbanRate, {u""_s, u"0.07"_s, u"0.05"_s, u"0.01"_s}, tr("Urban maintenance tax rate")},
        {u"six_taxes_two_fees",
         &settings.sixTaxesTwoFees,
         {u""_s, u"none"_s, u"small_scale"_s, u"small_low_profit"_s, u"individual_business"_s},
         tr("六税两费 relief")},
        {u"filer", &settings.filer, {u"enterprise"_s, u"individual_business"_s}, tr("Filer")}};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto choice = std::find_if(choices.cbegin(), choices.cend(), [&](const Choice &c) { return it.key() == c.key; });
        if (it.key() == u"restricted_industry") {
            if (!it.value().isBool())
                return fail(u"invalid_value"_s, tr("Restricted industry must be true or false."), it.key());
            settings.restrictedIndustry = it.value().toBool();
            continue;
        }
        if (choice == choices.cend())
            return fail(u"unknown_field"_s, tr("\"%1\" is not a filing setting.").arg(it.key()), it.key());
        if (!it.value().isString() || !choice->allowed.contains(it.value().toString()))
            return fail(
                u"invalid_value"_s,
                tr("%1 must be one of: %2.")
                    .arg(choice->label, choice->allowed.mid(choice->allowed.constFirst().isEmpty() ? 1 : 0).join(u", "_s)),
                it.key());
        *choice->target = it.value().toString();
    }
    return settings;
}

QString urbanRateForRegion(const QString &region)
{
    const int last = region.right(2).toInt();
    if (region.size() != 6 || last == 0)
        return u"0.07"_s;
    if (last <= 20 || last >= 81)
        return u"0.07"_s;
    return u"0.05"_s;
}

// ---------------------------------------------------------------------------------------------------
// FilingReturn

bool FilingReturn::hasErrors() const
{
    for (const QJsonValue &check : checks()) {
        if (check.toObject().value(u"severity"_s).toString() == u"error")
            return true;
    }
    return false;
}

QStringList FilingReturn::warningIds() const
{
    QStringList ids;
    for (const QJsonValue &check : checks()) {
        if (check.toObject().value(u"severity"_s).toString() == u"warning")
            ids.append(check.toObject().value(u"id"_s).toString());
    }
    return ids;
}

QJsonObject FilingReturn::toJson(bool full) const
{
    QJsonObject object{{u"id"_s, id},
                       {u"form"_s, form},
                       {u"period"_s, period},
                       {u"revision"_s, revision},
                       {u"state"_s, state},
                       {u"version"_s, version},
                       {u"errors"_s, hasErrors()},
                       {u"warnings"_s, QJsonArray::fromStringList(warningIds())},
                       {u"created_at"_s, createdAt},
                       {u"updated_at"_s, updatedAt}};
    if (!replaces.isEmpty())
        object.insert(u"replaces"_s, replaces);
    if (state == u"filed") {
        object.insert(u"filed_at"_s, filedAt);
        object.insert(u"filed_by"_s, filedBy);
        object.insert(u"sync_state"_s, syncState);
        if (!receipt.isEmpty())
            object.insert(u"receipt"_s, receipt);
        if (!syncError.isEmpty())
            object.insert(u"sync_error"_s, syncError);
    }
    if (const auto due = taxDueOf(form, cells()))
        object.insert(u"tax_due"_s, due->toFixed(2));
    if (full) {
        object.insert(u"cells"_s, cells());
        object.insert(u"checks"_s, checks());
        object.insert(u"explain"_s, result.value(u"explain"_s));
        object.insert(u"sources"_s, sources);
        object.insert(u"overrides"_s, overrides);
        object.insert(u"flags"_s, request.value(u"flags"_s));
        if (!confirmed.isEmpty())
            object.insert(u"confirmed_warnings"_s, QJsonArray::fromStringList(confirmed));
    }
    return object;
}

QJsonObject DueReturn::toJson() const
{
    QJsonObject object{
        {u"form"_s, form}, {u"period"_s, period}, {u"deadline"_s, deadline.toString(Qt::ISODate)}, {u"state"_s, state}};
    if (estimatedDeadline)
        object.insert(u"deadline_estimated"_s, true);
    if (!filedAt.isEmpty())
        object.insert(u"filed_at"_s, filedAt);
    if (!receipt.isEmpty())
        object.insert(u"receipt"_s, receipt);
    if (taxDue)
        object.insert(u"tax_due"_s, taxDue->toFixed(2));
    if (state == u"late") {
        object.insert(u"days_late"_s, daysLate);
        object.insert(u"late_fee"_s, lateFee.toFixed(2));
    }
    return object;
}

// ---------------------------------------------------------------------------------------------------
// Calendar

FilingCalendar::FilingCalendar(const FilingPack &pack)
    : m_pack(pack)
{ }

std::pair<QDate, bool> FilingCalendar::deadline(int year, int month) const
{
    const QDate first(year, month, 1);
    auto calendars = m_pack.rules().value(u"calendar.deadlines"_s, first);
    if (calendars) {
        const QJsonArray days = calendars->toObject().value(QString::number(year)).toArray();
        if (days.size() == 12)
            return {QDate(year, month, days.at(month - 1).toInt()), false};
    }
    // No published calendar: the statutory rule over the holidays and make-up days the pack knows.
    QSet<QDate> holidays;
    QSet<QDate> makeUpDays;
    if (auto listed = m_pack.rules().value(u"calendar.holidays"_s, first)) {
        for (const QJsonValue &day : listed->toObject().value(QString::number(year)).toArray())
            holidays.insert(QDate::fromString(day.toString(), Qt::ISODate));
        for (const QJsonValue &day : listed->toObject().value(QString::number(year) + u"_make_up"_s).toArray())
            makeUpDays.insert(QDate::fromString(day.toString(), Qt::ISODate));
    }
    return {statutoryDeadline(year, month, holidays, makeUpDays), true};
}

QDate FilingCalendar::statutoryDeadline(int year, int month, const QSet<QDate> &holidays, const QSet<QDate> &makeUpDays)
{
    const auto working = [&](QDate day) { return makeUpDays.contains(day) || (!holidays.contains(day) && day.dayOfWeek() <= 5); };
    const QDate base(year, month, 15);
    int holidayDays = 0;
    for (QDate day(year, month, 1); day <= base; day = day.addDays(1))
        holidayDays += holidays.contains(day) ? 1 : 0;
    QDate day = base;
    if (holidayDays >= 3) {
        for (int counted = 0; counted < holidayDays;) {
            day = day.addDays(1);
            counted += working(day) ? 1 : 0;
        }
        return day;
    }
    while (!working(day))
        day = day.addDays(1);
    return day;
}

std::pair<QDate, bool> FilingCalendar::deadlineOf(const Period &period) const
{
    const QDate month = period.end.addDays(1);
    if (period.kind == Period::Kind::Day) // 按次: within 15 days of the obligation
        return {period.end.addDays(15), false};
    if (period.kind == Period::Kind::Year && month.month() == 1)
        return deadline(month.year(), 1);
    return deadline(month.year(), month.month());
}

// ---------------------------------------------------------------------------------------------------
// Filings

Filings::Filings(store::EnterpriseStore &store, const FilingPack &pack, const rules::RulePack &taxRules)
    : m_store(store)
    , m_pack(pack)
    , m_taxRules(taxRules)
    , m_engine(pack, taxRules)
{ }

Result<FilingSettings> Filings::settings()
{
    auto stored = data(u"settings"_s, QString());
    if (!stored)
        return std::unexpected(stored.error());
    return FilingSettings::fromJson(stored->toObject(), FilingSettings{});
}

Result<FilingSettings> Filings::saveSettings(const QJsonObject &changes)
{
    auto current = settings();
    if (!current)
        return current;
    auto changed = FilingSettings::fromJson(changes, *current);
    if (!changed)
        return changed;
    if (auto saved = saveData(u"settings"_s, QString(), changed->toJson()); !saved)
        return std::unexpected(saved.error());
    return changed;
}

Result<QJsonValue> Filings::data(const QString &kind, const QString &period)
{
    auto query = m_store.database().prepare("SELECT data FROM filing_data WHERE kind = ? AND period = ?");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, kind).bind(2, period.isNull() ? u""_s : period);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return QJsonValue();
    const QJsonDocument document = QJsonDocument::fromJson(query->text(0).toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

Result<void> Filings::saveData(const QString &kind, const QString &period, const QJsonValue &value)
{
    if (auto allowed = m_store.require(Permission::Record, tr("enter data for returns")); !allowed)
        return allowed;
    static const QStringList kinds{u"settings"_s, u"income_statement"_s, u"stamp_documents"_s};
    if (!kinds.contains(kind))
        return fail(u"invalid_value"_s, tr("\"%1\" is not data a return reads (%2).").arg(kind, kinds.join(u", "_s)), u"kind"_s);
    if (kind != u"settings") {
        if (auto parsed = Period::parse(period); !parsed)
            return std::unexpected(parsed.error());
    }
    if (kind == u"stamp_documents" ? !value.isArray() : !value.isObject())
        return fail(u"invalid_value"_s,
                    kind == u"stamp_documents" ? tr("Stamp-duty documents are a list of documents.")
                                               : tr("The data must be an object of cells."),
                    u"data"_s);
    auto before = data(kind, period);
    if (!before)
        return std::unexpected(before.error());
    const QByteArray json = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto statement = m_store.database().prepare(
        "INSERT OR REPLACE INTO filing_data (kind, period, data, updated_at) VALUES (?, ?, ?, ?)"); // SQLCipher 3.4: no UPSERT
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, kind)
        .bind(2, period.isNull() ? u""_s : period)
        .bind(3, QString::fromUtf8(json))
        .bind(4, store::timestampNow());
    if (auto ran = statement->run(); !ran)
        return ran;
    const auto wrap = [](const QJsonValue &v) {
        return v.isUndefined() || v.isNull() ? QJsonObject() : QJsonObject{{u"data"_s, v}};
    };
    if (auto audited = m_store.recordChange({before->isNull() ? u"create"_s : u"update"_s,
                                             u"filing_data"_s,
                                             kind + u':' + period,
                                             wrap(*before),
                                             wrap(value),
                                             {}});
        !audited)
        return audited;
    return transaction->commit();
}

Result<QList<FilingReturn>> Filings::query(const std::string &where, const QStringList &values)
{
    const std::string sql
        = "SELECT f.id, f.form, f.period, f.revision, coalesce(f.replaces, ''), f.state, f.form_version, f.request, f.generated, "
          "f.sources, f.overrides, f.result, f.created_at, f.updated_at, coalesce(f.filed_at, ''), coalesce(f.filed_by, ''), "
          "coalesce(f.confirmed, ''), coalesce(f.signature, ''), coalesce(f.public_key, ''), coalesce(f.outbox_uuid, ''), "
          "coalesce(o.state, ''), coalesce(o.receipt, ''), coalesce(o.last_error, '') FROM filing_return f LEFT JOIN outbox o ON "
          "o.uuid = f.outbox_uuid "
        + where;
    auto statement = m_store.database().prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bind(static_cast<int>(i + 1), values.at(i));
    QList<FilingReturn> returns;
    auto rows = statement->forEachRow([&] {
        FilingReturn r;
        r.id = statement->text(0);
        r.form = statement->text(1);
        r.period = statement->text(2);
        r.revision = static_cast<int>(statement->int64(3));
        r.replaces = statement->text(4);
        r.state = statement->text(5);
        r.version = statement->text(6);
        r.request = parseObject(statement->text(7));
        r.generated = parseObject(statement->text(8));
        r.sources = parseObject(statement->text(9));
        r.overrides = parseObject(statement->text(10));
        r.result = parseObject(statement->text(11));
        r.createdAt = statement->text(12);
        r.updatedAt = statement->text(13);
        r.filedAt = statement->text(14);
        r.filedBy = statement->text(15);
        r.confirmed = statement->text(16).split(u',', Qt::SkipEmptyParts);
        r.signature = statement->text(17);
        r.publicKey = statement->text(18);
        r.outboxUuid = statement->text(19);
        r.syncState = statement->text(20);
        r.receipt = statement->text(21);
        r.syncError = statement->text(22);
        returns.append(r);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return returns;
}

Result<std::optional<FilingReturn>> Filings::find(const QString &form, const QString &period, const QString &state)
{
    auto found = state.isEmpty()
        ? query("WHERE f.form = ? AND f.period = ? ORDER BY f.revision DESC LIMIT 1", {form, period})
        : query("WHERE f.form = ? AND f.period = ? AND f.state = ? ORDER BY f.revision DESC LIMIT 1", {form, period, state});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<FilingReturn>();
    return std::optional<FilingReturn>(found->constFirst());
}

Result<FilingReturn> Filings::current(const QString &form, const QString &period)
{
    auto found = find(form, period);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(u"not_found"_s, tr("There is no %1 return for %2 yet; generate it first.").arg(form, period), u"period"_s);
    return **found;
}

Result<FilingReturn> Filings::revision(const QString &form, const QString &period, int number)
{
    auto found = query("WHERE f.form = ? AND f.period = ? AND f.revision = ?", {form, period, QString::number(number)});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(u"not_found"_s, tr("Return %1 %2 has no revision %3.").arg(form, period).arg(number), u"revision"_s);
    return found->constFirst();
}

Result<QList<FilingReturn>> Filings::list(const QString &period)
{
    return query("WHERE f.period LIKE ? ORDER BY f.period DESC, f.form, f.revision DESC", {period + u'%'});
}

// --- generation --------------------------------------------------------------------------------------

Result<void> Filings::deriveMissingCategories(const Period &period)
{
    // Lines issued before the store kept categories: read once from the invoice's signed content.
    auto missing = m_store.database().prepare("SELECT DISTINCT i.number, i.content FROM invoice_line l INDEXED BY "
                                              "invoice_line_uncategorised JOIN invoice i ON i.number = "
                                              "l.number WHERE l.category = '' AND i.issue_date BETWEEN ? AND ?");
    if (!missing)
        return std::unexpected(missing.error());
    missing->bind(1, period.start.toString(Qt::ISODate)).bind(2, period.end.toString(Qt::ISODate));
    QList<std::pair<QString, QStringList>> found;
    auto rows = missing->forEachRow([&] {
        auto invoice = invoice::Invoice::fromContent(parseObject(missing->text(1)));
        QStringList categories;
        if (invoice) {
            for (const auto &line : invoice->lines) {
                const QString first = line.input.taxCode.trimmed().left(1);
                categories.append(first.isEmpty() ? u"-"_s : first);
            }
        }
        found.append({missing->text(0), categories});
    });
    if (!rows)
        return rows;
    if (found.isEmpty())
        return {};
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update
        = m_store.database().prepare("UPDATE invoice_line SET category = ? WHERE number = ? AND line = ? AND category = ''");
    if (!update)
        return std::unexpected(update.error());
    for (const auto &[number, categories] : found) {
        for (qsizetype i = 0; i < categories.size(); ++i) {
            update->bind(1, categories.at(i)).bind(2, number).bind(3, static_cast<qint64>(i + 1));
            if (auto ran = update->run(); !ran)
                return ran;
        }
    }
    return transaction->commit();
}

Result<void> Filings::issuedInvoices(const QString &form, const Period &period, Generated &generated)
{
    if (auto derived = deriveMissingCategories(period); !derived)
        return derived;
    auto totals = m_store.database().prepare(
        "SELECT i.kind, l.rate, l.category IN ('3', '4', '5'), count(DISTINCT i.number), sum(l.amount_fen), sum(l.tax_fen) FROM "
        "invoice i JOIN invoice_line l ON l.number = i.number WHERE i.issue_date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM "
        "invoice_void v WHERE v.number = i.number) GROUP BY 1, 2, 3");
    if (!totals)
        return std::unexpected(totals.error());
    totals->bind(1, period.start.toString(Qt::ISODate)).bind(2, period.end.toString(Qt::ISODate));
    struct Total
    {
        QString kind;
        QString rate;
        bool services;
        qint64 invoices;
        qint64 amount;
        qint64 tax;
    };
    QList<Total> rows;
    auto read = totals->forEachRow([&] {
        rows.append(
            {totals->text(0), totals->text(1), totals->int64(2) != 0, totals->int64(3), totals->int64(4), totals->int64(5)});
    });
    if (!read)
        return read;
    const QString range = period.start.toString(Qt::ISODate) + u" … "_s + period.end.toString(Qt::ISODate);
    auto describe = [&](const Total &t) {
        return tr("Issued %1 %2 invoices at %3 (%4), %5: amount %6, tax %7")
            .arg(t.invoices)
            .arg(t.kind == u"special" ? tr("special") : tr("ordinary"), t.rate, t.services ? tr("services") : tr("goods"), range,
                 groupedAmount(Decimal::fromMoney(Money::fromFen(t.amount))),
                 groupedAmount(Decimal::fromMoney(Money::fromFen(t.tax))));
    };
    qint64 specialAmount = 0;
    qint64 specialTax = 0;
    qint64 otherAmount = 0;
    qint64 allSales = 0;
    for (const Total &t : std::as_const(rows)) {
        allSales += t.amount;
        (t.kind == u"special" ? specialAmount : otherAmount) += t.amount;
        if (t.kind == u"special")
            specialTax += t.tax;
    }
    generated.ledgerChecks.append(QJsonObject{{u"special_amount"_s, fenText(specialAmount)},
                                              {u"special_tax"_s, fenText(specialTax)},
                                              {u"other_amount"_s, fenText(otherAmount)}});
    if (form == u"vat-general") {
        for (const Total &t : std::as_const(rows)) {
            const QString row = generalRow(t.rate, t.services);
            if (row.isEmpty()) {
                addSource(generated.sources, u"M1"_s,
                          tr("Not placed on the return (rate %1 is not one of the general rates): ").arg(t.rate) + describe(t));
                continue;
            }
            const bool special = t.kind == u"special";
            const QString amountCell = u"A1.r%1.c%2"_s.arg(row, special ? u"1"_s : u"3"_s);
            addAmount(generated.cells, amountCell, t.amount);
            addSource(generated.sources, amountCell, describe(t));
            if (row != u"18" && row != u"19") {
                const QString taxCell = u"A1.r%1.c%2"_s.arg(row, special ? u"2"_s : u"4"_s);
                addAmount(generated.cells, taxCell, t.tax);
                addSource(generated.sources, taxCell, describe(t));
            }
        }
        return {};
    }
    // vat-small: within the threshold only sales on special invoices stay taxable; the rest is exempt
    // (line 10 for enterprises, 11 for sole traders).
    auto threshold = m_pack.parameter(u"vat_small.threshold_monthly"_s, period.end);
    if (!threshold)
        return std::unexpected(threshold.error());
    auto settings = this->settings();
    if (!settings)
        return std::unexpected(settings.error());
    const bool withinThreshold
        = Decimal::fromMoney(Money::fromFen(allSales)) <= *threshold * Decimal::fromInteger(period.months());
    const QString exemptLine = settings->filer == u"individual_business" ? u"M11"_s : u"M10"_s;
    for (const Total &t : std::as_const(rows)) {
        const QString column = t.services ? u".s"_s : u".g"_s;
        const bool special = t.kind == u"special";
        QStringList cells;
        if (t.rate == u"0")
            cells = {u"M12"_s + column};
        else if (withinThreshold && !special)
            cells = {exemptLine + column};
        else if (t.rate == u"0.05")
            cells = {u"M4.s"_s, special ? u"M5.s"_s : u"M6.s"_s};
        else
            cells = {u"M1"_s + column, (special ? u"M2"_s : u"M3"_s) + column};
        for (const QString &cell : std::as_const(cells)) {
            addAmount(generated.cells, cell, t.amount);
            addSource(generated.sources, cell, describe(t));
        }
    }
    return {};
}

Result<void> Filings::receivedInvoices(const Period &period, Generated &generated)
{
    // Amount and kind of invoices registered before the store kept them: read once from their documents.
    {
        auto missing = m_store.database().prepare(
            "SELECT number, document FROM received_invoice INDEXED BY received_invoice_unfilled WHERE amount_fen IS NULL");
        if (!missing)
            return std::unexpected(missing.error());
        QList<std::tuple<QString, qint64, QString>> found;
        auto rows = missing->forEachRow([&] {
            auto document = invoice::InvoiceDocument::fromJson(parseObject(missing->text(1)));
            found.append({missing->text(0), document ? qint64{document->amount.fen()} : 0,
                          document ? invoice::kindKey(document->kind) : u""_s});
        });
        if (!rows)
            return rows;
        if (!found.isEmpty()) {
            auto transaction = store::Transaction::begin(m_store.database());
            if (!transaction)
                return std::unexpected(transaction.error());
            auto update
                = m_store.database().prepare("UPDATE received_invoice SET amount_fen = ?, invoice_kind = ? WHERE number = ?");
            if (!update)
                return std::unexpected(update.error());
            for (const auto &[number, amount, kind] : found) {
                update->bind(1, amount).bind(2, kind).bind(3, number);
                if (auto ran = update->run(); !ran)
                    return ran;
            }
            if (auto committed = transaction->commit(); !committed)
                return committed;
        }
    }
    const QStringList months = monthsOf(period);
    auto totals = m_store.database().prepare(
        "SELECT voucher_type, invoice_kind, count(*), sum(amount_fen), sum(deductible_tax_fen) FROM received_invoice WHERE use = "
        "'deduct' AND use_period BETWEEN ? AND ? GROUP BY 1, 2");
    if (!totals)
        return std::unexpected(totals.error());
    totals->bind(1, months.constFirst()).bind(2, months.constLast());
    qint64 specialTax = 0;
    auto read = totals->forEachRow([&] {
        const QString type = totals->text(0);
        const QString kind = totals->text(1);
        const qint64 count = totals->int64(2);
        const qint64 amount = totals->int64(3);
        const qint64 tax = totals->int64(4);
        QStringList lines;
        if (type == u"invoice" && kind == u"special") {
            lines = {u"2"_s, u"35"_s};
            specialTax += tax;
        } else if (type == u"customs") {
            lines = {u"5"_s};
        } else if (type == u"agricultural") {
            lines = {u"6"_s};
        } else if (type == u"passenger") {
            lines = {u"8b"_s, u"10"_s};
        } else {
            lines = {u"8b"_s};
        }
        const QString text
            = tr("Received %1 %2 confirmed for deduction in %3 … %4: amount %5, deductible tax %6")
                  .arg(count)
                  .arg(type == u"invoice" ? (kind == u"special" ? tr("special invoices") : tr("ordinary invoices")) : type,
                       months.constFirst(), months.constLast(), groupedAmount(Decimal::fromMoney(Money::fromFen(amount))),
                       groupedAmount(Decimal::fromMoney(Money::fromFen(tax))));
        for (const QString &line : std::as_const(lines)) {
            addCount(generated.cells, u"A2.%1.n"_s.arg(line), count);
            addAmount(generated.cells, u"A2.%1.amount"_s.arg(line), amount);
            addAmount(generated.cells, u"A2.%1.tax"_s.arg(line), tax);
            for (const QString &column : {u"n"_s, u"amount"_s, u"tax"_s})
                addSource(generated.sources, u"A2.%1.%2"_s.arg(line, column), text);
        }
    });
    if (!read)
        return read;
    generated.ledgerChecks.append(QJsonObject{{u"confirmed_special_tax"_s, fenText(specialTax)}});
    return {};
}

Result<void> Filings::refundLinks(const Period &period, Generated &generated)
{
    refund::RefundApplications refunds(m_store);
    const auto refundRules = rules::RulePack::inForce(u"cn-refund"_s);
    if (!refundRules)
        return std::unexpected(refundRules.error());
    Decimal fob, nonCreditable, retained, exportRefund, exemptOffset;
    QStringList refundSources;
    for (const QString &month : monthsOf(period)) {
        // 免抵退 exports of the month: their sales (附列资料（一）第16行, with export invoices) and the tax that
        // cannot be credited (附列资料（二）第18栏), at the library's rates on each export date.
        auto entries = refunds.exportRegister(month);
        if (!entries)
            return std::unexpected(entries.error());
        if (!entries->isEmpty()) {
            auto figures = refund::RefundApplications::exportLines(*entries, **refundRules, period.end);
            if (!figures)
                return std::unexpected(figures.error());
            fob = fob + figures->fob;
            nonCreditable = nonCreditable + figures->nonCreditable;
        }
        // Refunds the office approved in the month.
        auto granted = refunds.grantedIn(month);
        if (!granted)
            return std::unexpected(granted.error());
        retained = retained + granted->retainedRefund;
        exportRefund = exportRefund + granted->exportRefund;
        exemptOffset = exemptOffset + granted->exemptOffset;
        refundSources += granted->sources;
    }
    const auto put = [&](const QString &cell, const Decimal &value, const QString &source) {
        if (value.isZero())
            return;
        generated.cells.insert(cell, value.toFixed(2));
        addSource(generated.sources, cell, source);
    };
    put(u"A1.r16.c3"_s, fob, tr("Export register for %1 (FOB in CNY)").arg(period.text()));
    put(u"A2.18.tax"_s, nonCreditable, tr("Export register for %1: FOB × (levy rate − refund rate)").arg(period.text()));
    for (const QString &cell : {u"A2.22.tax"_s, u"A5.r8"_s})
        put(cell, retained, refundSources.join(u"; "_s));
    put(u"M15"_s, exportRefund, refundSources.join(u"; "_s));
    for (const QString &cell : {u"A5.r1.c2"_s, u"A5.r2.c2"_s, u"A5.r3.c2"_s})
        put(cell, exemptOffset, refundSources.join(u"; "_s));
    return {};
}

Result<void> Filings::payroll(const Period &period, Generated &generated)
{
    auto month = payroll::Period::parse(period.text());
    if (!month)
        return std::unexpected(month.error());
    payroll::Payroll book(m_store, m_taxRules);
    auto withholdings = book.withholdings(*month);
    if (!withholdings)
        return std::unexpected(withholdings.error());
    int row = 0;
    for (const payroll::Withholding &w : std::as_const(*withholdings)) {
        const QString p = u"P.r%1."_s.arg(++row);
        const calc::WageMonth &m = w.month;
        const calc::WithholdingMonth &r = w.result;
        generated.cells.insert(p + u"name"_s, w.name);
        generated.cells.insert(p + u"id_type"_s, u"居民身份证"_s);
        generated.cells.insert(p + u"id_number"_s, w.residentId);
        generated.cells.insert(p + u"income"_s, fenText(m.incomeFen));
        generated.cells.insert(p + u"exempt_income"_s, fenText(m.exemptFen));
        // Payroll keeps 专项扣除 and 专项附加扣除 as sums: they go in the unsplit cells (the return warns).
        generated.cells.insert(p + u"special_unsplit"_s, fenText(m.specialFen));
        generated.cells.insert(p + u"additional_unsplit"_s, fenText(r.cumulativeAdditionalFen));
        generated.cells.insert(p + u"other"_s, fenText(m.otherFen));
        generated.cells.insert(p + u"relief"_s, fenText(m.reliefFen));
        // The cumulative figures before this month, as the payroll computed them (its openings included).
        generated.previous.insert(p + u"cum_income"_s,
                                  fenText(r.cumulativeIncomeFen - r.cumulativeExemptFen - (m.incomeFen - m.exemptFen)));
        generated.previous.insert(p + u"cum_basic"_s, fenText(r.cumulativeBasicFen - 500000));
        generated.previous.insert(p + u"cum_special"_s, fenText(r.cumulativeSpecialFen - m.specialFen));
        generated.previous.insert(p + u"cum_other"_s, fenText(r.cumulativeOtherFen - m.otherFen));
        generated.previous.insert(p + u"cum_relief"_s, fenText(r.cumulativeReliefFen - m.reliefFen));
        generated.previous.insert(p + u"cum_withheld"_s, fenText(r.withheldBeforeFen));
        generated.ledgerChecks.append(QJsonObject{{u"row"_s, row}, {u"payroll_withheld"_s, fenText(r.withheldFen)}});
        for (const QString &cell : {u"income"_s, u"special_unsplit"_s, u"additional_unsplit"_s})
            addSource(generated.sources, p + cell, tr("Payroll %1: %2").arg(period.text(), w.name));
    }
    return {};
}

Result<Filings::Generated> Filings::generateInputs(const QString &form, const Period &period)
{
    Generated generated;
    auto profile = m_store.profile();
    if (!profile)
        return std::unexpected(profile.error());
    auto settings = this->settings();
    if (!settings)
        return std::unexpected(settings.error());
    const bool small = profile->taxpayerKind == TaxpayerKind::SmallScale;
    if ((form == u"vat-general" && small) || (form == u"vat-small" && !small))
        return fail(u"wrong_form"_s,
                    tr("%1 is a %2: its VAT return is %3.")
                        .arg(profile->name, taxpayerKindName(profile->taxpayerKind), small ? u"vat-small"_s : u"vat-general"_s),
                    u"form"_s);
    const QString sixTaxes = !settings->sixTaxesTwoFees.isEmpty() ? settings->sixTaxesTwoFees
        : small                                                   ? u"small_scale"_s
                                                                  : u"none"_s;
    const QString urbanRate = settings->urbanRate.isEmpty() ? urbanRateForRegion(profile->region) : settings->urbanRate;
    if (form == u"vat-general" || form == u"vat-small") {
        generated.flags = {{u"urban_rate"_s, urbanRate}, {u"six_taxes_two_fees"_s, sixTaxes}};
        if (form == u"vat-small")
            generated.flags.insert(u"filer"_s, settings->filer);
        if (auto issued = issuedInvoices(form, period, generated); !issued)
            return std::unexpected(issued.error());
        if (form == u"vat-general") {
            if (auto received = receivedInvoices(period, generated); !received)
                return std::unexpected(received.error());
            if (auto refunds = refundLinks(period, generated); !refunds)
                return std::unexpected(refunds.error());
        }
    } else if (form == u"cit-prepay") {
        generated.flags = {{u"restricted_industry"_s, settings->restrictedIndustry}};
        auto statement = data(u"income_statement"_s, period.text());
        if (!statement)
            return std::unexpected(statement.error());
        const QJsonObject cells = statement->toObject();
        for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
            generated.cells.insert(it.key(), it.value());
            addSource(generated.sources, it.key(), tr("Income statement entered for %1").arg(period.text()));
        }
    } else if (form == u"stamp-duty") {
        generated.flags = {{u"six_taxes_two_fees"_s, small && settings->sixTaxesTwoFees.isEmpty() ? u"small_scale"_s : sixTaxes}};
        auto documents = data(u"stamp_documents"_s, period.text());
        if (!documents)
            return std::unexpected(documents.error());
        int row = 0;
        for (const QJsonValue &document : documents->toArray()) {
            const QJsonObject d = document.toObject();
            ++row;
            for (auto it = d.constBegin(); it != d.constEnd(); ++it) {
                generated.cells.insert(u"T.r%1.%2"_s.arg(row).arg(it.key()), it.value());
                addSource(generated.sources, u"T.r%1.%2"_s.arg(row).arg(it.key()),
                          tr("Stamp-duty document %1 entered for %2").arg(row).arg(period.text()));
            }
        }
    } else if (form == u"iit-withholding") {
        if (auto fromPayroll = payroll(period, generated); !fromPayroll)
            return std::unexpected(fromPayroll.error());
    }
    // The previous period's filed return carries balances and year-to-date totals (IIT carries from payroll).
    if (form != u"iit-withholding") {
        auto previous = find(form, period.previous().text(), u"filed"_s);
        if (!previous)
            return std::unexpected(previous.error());
        if (*previous)
            generated.previous = QJsonObject{{u"period"_s, (*previous)->period}, {u"cells"_s, (*previous)->cells()}};
    }
    return generated;
}

Result<FilingReturn> Filings::computeDraft(FilingReturn draft, const Generated &generated)
{
    QJsonObject cells = generated.cells;
    for (auto it = draft.overrides.constBegin(); it != draft.overrides.constEnd(); ++it) {
        const QJsonValue value = it.value().toObject().value(u"value"_s);
        if (value.isNull())
            cells.remove(it.key());
        else
            cells.insert(it.key(), value);
    }
    QJsonObject request{{u"period"_s, draft.period}, {u"cells"_s, cells}, {u"flags"_s, generated.flags}};
    if (!generated.previous.isEmpty())
        request.insert(u"previous"_s, generated.previous);
    auto computed = m_engine.compute(draft.form, request);
    if (!computed)
        return std::unexpected(computed.error());
    QJsonObject result = computed->toJson(true);
    QJsonArray checks = result.value(u"checks"_s).toArray();
    // 票表比对 (Part B §5.4): the return against the invoices Taxbox holds.
    QJsonObject ledger;
    for (const QJsonValue &fact : generated.ledgerChecks) {
        const QJsonObject f = fact.toObject();
        for (auto it = f.constBegin(); it != f.constEnd(); ++it)
            ledger.insert(it.key(), it.value());
    }
    auto sumOf = [&computed](const QStringList &cellIds) {
        Decimal total;
        for (const QString &cell : cellIds)
            total = total + computed->amount(cell);
        return total;
    };
    auto addCheck = [&checks](const QString &id, const QString &severity, const QStringList &cellIds, const QString &message) {
        checks.append(QJsonObject{{u"id"_s, id},
                                  {u"severity"_s, severity},
                                  {u"cells"_s, QJsonArray::fromStringList(cellIds)},
                                  {u"message"_s, message}});
    };
    if (draft.form == u"vat-general") {
        QStringList specialCells;
        QStringList otherCells;
        for (const QString &row : {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"8"_s, u"9a"_s, u"9b"_s, u"10"_s, u"11"_s, u"12"_s,
                                   u"13a"_s, u"13b"_s, u"13c"_s, u"16"_s, u"17"_s, u"18"_s, u"19"_s}) {
            specialCells.append(u"A1.r%1.c1"_s.arg(row));
            otherCells.append(u"A1.r%1.c3"_s.arg(row));
        }
        const Decimal issuedSpecial = decimalOf(ledger.value(u"special_amount"_s));
        if (sumOf(specialCells) < issuedSpecial)
            addCheck(
                u"BD-03"_s, u"error"_s, {u"A1.r1.c1"_s},
                tr("The return's sales on special invoices (%1) are less than the special invoices issued in the period (%2).")
                    .arg(groupedAmount(sumOf(specialCells)), groupedAmount(issuedSpecial)));
        const Decimal issuedOther = decimalOf(ledger.value(u"other_amount"_s));
        if (sumOf(otherCells) < issuedOther)
            addCheck(u"BD-04"_s, u"error"_s, {u"A1.r1.c3"_s},
                     tr("The return's sales on other invoices (%1) are less than the other invoices issued in the period (%2).")
                         .arg(groupedAmount(sumOf(otherCells)), groupedAmount(issuedOther)));
        const Decimal confirmed = decimalOf(ledger.value(u"confirmed_special_tax"_s));
        if (computed->amount(u"A2.2.tax"_s) + computed->amount(u"A2.3.tax"_s) > confirmed)
            addCheck(u"BD-06"_s, u"error"_s, {u"A2.2.tax"_s},
                     tr("Input tax declared on special invoices (%1) exceeds the special invoices confirmed for deduction in the "
                        "period (%2).")
                         .arg(groupedAmount(computed->amount(u"A2.2.tax"_s) + computed->amount(u"A2.3.tax"_s)),
                              groupedAmount(confirmed)));
    } else if (draft.form == u"vat-small") {
        const Decimal issuedSpecial = decimalOf(ledger.value(u"special_amount"_s));
        const Decimal onReturn = sumOf({u"M2.g"_s, u"M2.s"_s, u"M5.s"_s});
        if (onReturn < issuedSpecial)
            addCheck(
                u"BD-05"_s, u"error"_s, {u"M2.g"_s},
                tr("The return's sales on special invoices (%1) are less than the special invoices issued in the period (%2).")
                    .arg(groupedAmount(onReturn), groupedAmount(issuedSpecial)));
    } else if (draft.form == u"iit-withholding") {
        for (const QJsonValue &fact : generated.ledgerChecks) {
            const QJsonObject f = fact.toObject();
            const QString cell = u"P.r%1.due"_s.arg(f.value(u"row"_s).toInt());
            if (computed->amount(cell) != decimalOf(f.value(u"payroll_withheld"_s)))
                addCheck(
                    u"IIT-PAYROLL"_s, u"warning"_s, {cell},
                    tr("Row %1: the return withholds %2, the payroll %3.")
                        .arg(f.value(u"row"_s).toInt())
                        .arg(groupedAmount(computed->amount(cell)), groupedAmount(decimalOf(f.value(u"payroll_withheld"_s)))));
        }
    }
    if (generated.previous.isEmpty() && draft.form != u"iit-withholding" && draft.form != u"stamp-duty")
        addCheck(u"NO-PREVIOUS"_s, u"warning"_s, {},
                 tr("No filed return for the period before is in Taxbox: balances carried from it (留抵, 期初未缴, 本年累计) are "
                    "0 unless "
                    "typed."));
    result.insert(u"checks"_s, checks);
    draft.request = request;
    draft.generated = generated.cells;
    draft.sources = generated.sources;
    draft.version = computed->version;
    draft.result = result;
    draft.updatedAt = store::timestampNow();
    return draft;
}

Result<FilingReturn> Filings::storeDraft(const FilingReturn &draft, bool insert, const QString &action)
{
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto statement = insert
        ? m_store.database().prepare(
            "INSERT INTO filing_return (form_version, request, generated, sources, overrides, result, updated_at, id, form, "
            "period, revision, replaces, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?)")
        : m_store.database().prepare("UPDATE filing_return SET form_version = ?, request = ?, generated = ?, sources = ?, "
                                     "overrides = ?, result = ?, updated_at = ? WHERE id = ? AND state = 'draft'");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, draft.version)
        .bind(2, compact(draft.request))
        .bind(3, compact(draft.generated))
        .bind(4, compact(draft.sources))
        .bind(5, compact(draft.overrides))
        .bind(6, compact(draft.result))
        .bind(7, draft.updatedAt)
        .bind(8, draft.id);
    if (insert)
        statement->bind(9, draft.form)
            .bind(10, draft.period)
            .bind(11, static_cast<qint64>(draft.revision))
            .bind(12, draft.replaces.isEmpty() ? QString() : draft.replaces)
            .bind(13, draft.createdAt);
    if (auto ran = statement->run(); !ran)
        return std::unexpected(ran.error());
    if (auto audited = m_store.recordChange({action,
                                             u"filing_return"_s,
                                             draft.id,
                                             {},
                                             QJsonObject{{u"form"_s, draft.form},
                                                         {u"period"_s, draft.period},
                                                         {u"revision"_s, draft.revision},
                                                         {u"overrides"_s, draft.overrides}},
                                             {}});
        !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return current(draft.form, draft.period);
}

Result<FilingReturn> Filings::generate(const QString &form, const QString &periodText)
{
    if (auto allowed = m_store.require(Permission::Record, tr("prepare returns")); !allowed)
        return std::unexpected(allowed.error());
    auto period = Period::parse(periodText);
    if (!period)
        return std::unexpected(period.error());
    auto latest = find(form, period->text());
    if (!latest)
        return std::unexpected(latest.error());
    if (*latest && (*latest)->state == u"filed")
        return fail(u"already_filed"_s,
                    tr("The %1 return for %2 is filed (revision %3); to change it, make a correction (更正申报).")
                        .arg(form, period->text())
                        .arg((*latest)->revision),
                    u"period"_s);
    auto generated = generateInputs(form, *period);
    if (!generated)
        return std::unexpected(generated.error());
    FilingReturn draft;
    const bool insert = !*latest;
    if (insert) {
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        draft.form = form;
        draft.period = period->text();
        draft.state = u"draft"_s;
        draft.createdAt = store::timestampNow();
    } else {
        draft = **latest;
    }
    auto computed = computeDraft(draft, *generated);
    if (!computed)
        return computed;
    return storeDraft(*computed, insert, insert ? u"create"_s : u"regenerate"_s);
}

Result<FilingReturn> Filings::edit(const QString &form, const QString &periodText, const QJsonObject &cells,
                                   const QString &reason)
{
    if (auto allowed = m_store.require(Permission::Record, tr("change returns")); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return fail(u"reason_required"_s, tr("Say why the generated value is changed (the reason is kept with the return)."),
                    u"reason"_s);
    auto period = Period::parse(periodText);
    if (!period)
        return std::unexpected(period.error());
    auto draft = find(form, period->text(), u"draft"_s);
    if (!draft)
        return std::unexpected(draft.error());
    if (!*draft)
        return fail(
            u"no_draft"_s,
            tr("There is no draft %1 return for %2: generate it (or correct the filed one) first.").arg(form, period->text()),
            u"period"_s);
    FilingReturn changed = **draft;
    const QString at = store::timestampNow();
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
        if (it.value().isNull()) {
            changed.overrides.remove(it.key());
            continue;
        }
        changed.overrides.insert(it.key(),
                                 QJsonObject{{u"value"_s, it.value()},
                                             {u"generated"_s, changed.generated.value(it.key())},
                                             {u"reason"_s, reason.trimmed()},
                                             {u"by"_s, m_store.actor().userName},
                                             {u"at"_s, at}});
    }
    auto generated = generateInputs(form, *period);
    if (!generated)
        return std::unexpected(generated.error());
    auto computed = computeDraft(changed, *generated); // refuses computed and unknown cells, naming them
    if (!computed)
        return computed;
    return storeDraft(*computed, false, u"override"_s);
}

Result<FilingReturn> Filings::file(const QString &form, const QString &periodText, bool confirmWarnings)
{
    if (auto allowed = m_store.require(Permission::Record, tr("file returns")); !allowed)
        return std::unexpected(allowed.error());
    auto period = Period::parse(periodText);
    if (!period)
        return std::unexpected(period.error());
    auto found = find(form, period->text(), u"draft"_s);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(u"no_draft"_s, tr("There is no draft %1 return for %2 to file.").arg(form, period->text()), u"period"_s);
    FilingReturn draft = **found;
    // Filed as reviewed: the stored inputs are computed again, so what is signed is what the engine says.
    auto computed = m_engine.compute(form, draft.request);
    if (!computed)
        return std::unexpected(computed.error());
    if (computed->cells != [&] {
            QMap<QString, QJsonValue> stored;
            const QJsonObject cells = draft.cells();
            for (auto it = cells.constBegin(); it != cells.constEnd(); ++it)
                stored.insert(it.key(), it.value());
            return stored;
        }())
        return fail(u"draft_outdated"_s,
                    tr("The draft no longer computes to what was reviewed (the rules changed); generate it again and review it."),
                    u"period"_s);
    if (draft.hasErrors()) {
        QStringList errors;
        for (const QJsonValue &check : draft.checks()) {
            if (check.toObject().value(u"severity"_s).toString() == u"error")
                errors.append(check.toObject().value(u"message"_s).toString());
        }
        return fail(u"return_has_errors"_s, tr("The return cannot be filed while a check fails: %1").arg(errors.join(u"；"_s)),
                    u"checks"_s);
    }
    const QStringList warnings = draft.warningIds();
    if (!warnings.isEmpty() && !confirmWarnings)
        return fail(u"warnings_unconfirmed"_s,
                    tr("Confirm the warnings before filing (%1): read them, then file with the confirmation.")
                        .arg(warnings.join(u", "_s)),
                    u"checks"_s);
    auto profile = m_store.profile();
    if (!profile)
        return std::unexpected(profile.error());

    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto key = signingKey(m_store);
    if (!key)
        return std::unexpected(key.error());
    const crypto::SecureBytes &privateKey = key->first;
    const QString &publicKey = key->second;
    const QString filedAt = store::timestampNow();
    const QJsonObject content{{u"form"_s, form},
                              {u"period"_s, draft.period},
                              {u"revision"_s, draft.revision},
                              {u"replaces"_s, draft.replaces},
                              {u"version"_s, draft.version},
                              {u"enterprise"_s, profile->creditCode},
                              {u"request"_s, draft.request},
                              {u"cells"_s, draft.cells()},
                              {u"filed_at"_s, filedAt},
                              {u"filed_by"_s, m_store.actor().userName}};
    const QString contentText = compact(content);
    auto signature = crypto::Ed25519::sign(privateKey, signingBytes(contentText));
    if (!signature)
        return std::unexpected(signature.error());
    const QString signatureText = QString::fromLatin1(signature->toBase64());
    const QJsonObject payload{{u"content"_s, content}, {u"signature"_s, signatureText}, {u"public_key"_s, publicKey}};
    if (auto recorded = m_store.recordChange(
            {u"file"_s, u"filing_return"_s, draft.id, {}, payload, u"filing.filed"_s, u"filing:%1:%2"_s.arg(form, draft.period)});
        !recorded)
        return std::unexpected(recorded.error());
    auto uuid = m_store.database().prepare("SELECT uuid FROM outbox WHERE type = 'filing.filed' ORDER BY sequence DESC LIMIT 1");
    if (!uuid)
        return std::unexpected(uuid.error());
    auto uuidRow = uuid->step();
    if (!uuidRow)
        return std::unexpected(uuidRow.error());
    const QString outboxUuid = *uuidRow ? uuid->text(0) : QString();
    auto update = m_store.database().prepare("UPDATE filing_return SET state = 'filed', filed_at = ?, filed_by = ?, confirmed = "
                                             "?, content = ?, signature = ?, public_key = ?, "
                                             "outbox_uuid = ? WHERE id = ? AND state = 'draft'");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, filedAt)
        .bind(2, m_store.actor().userName)
        .bind(3, warnings.join(u','))
        .bind(4, contentText)
        .bind(5, signatureText)
        .bind(6, publicKey)
        .bind(7, outboxUuid)
        .bind(8, draft.id);
    if (auto ran = update->run(); !ran)
        return std::unexpected(ran.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return current(form, draft.period);
}

Result<std::pair<crypto::SecureBytes, QString>> Filings::signingKey(store::EnterpriseStore &store)
{
    // The store's filing key, made on first use and kept in the encrypted store.
    crypto::SecureBytes privateKey;
    QString publicKey;
    auto key = store.database().prepare("SELECT private_key, public_key FROM filing_key WHERE id = 1");
    if (!key)
        return std::unexpected(key.error());
    auto row = key->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row) {
        const QByteArray blob = key->blob(0);
        privateKey = crypto::SecureBytes(blob.constData(), static_cast<std::size_t>(blob.size()));
        return std::pair{std::move(privateKey), key->text(1)};
    }
    privateKey = crypto::Ed25519::generatePrivateKey();
    auto pub = crypto::Ed25519::publicKeyOf(privateKey);
    if (!pub)
        return std::unexpected(pub.error());
    publicKey = QString::fromLatin1(pub->toBase64());
    auto insert
        = store.database().prepare("INSERT INTO filing_key (id, private_key, public_key, created_at) VALUES (1, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, QByteArray(reinterpret_cast<const char *>(privateKey.data()), static_cast<qsizetype>(privateKey.size())))
        .bind(2, publicKey)
        .bind(3, store::timestampNow());
    if (auto ran = insert->run(); !ran)
        return std::unexpected(ran.error());
    return std::pair{std::move(privateKey), publicKey};
}

Result<FilingReturn> Filings::correct(const QString &form, const QString &periodText)
{
    if (auto allowed = m_store.require(Permission::Record, tr("correct returns")); !allowed)
        return std::unexpected(allowed.error());
    auto period = Period::parse(periodText);
    if (!period)
        return std::unexpected(period.error());
    auto latest = find(form, period->text());
    if (!latest)
        return std::unexpected(latest.error());
    if (!*latest || (*latest)->state != u"filed")
        return fail(u"not_filed"_s,
                    *latest ? tr("The %1 return for %2 has a draft already: edit and file it.").arg(form, period->text())
                            : tr("The %1 return for %2 is not filed; there is nothing to correct.").arg(form, period->text()),
                    u"period"_s);
    const FilingReturn &filed = **latest;
    auto generated = generateInputs(form, *period);
    if (!generated)
        return std::unexpected(generated.error());
    FilingReturn draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.form = form;
    draft.period = period->text();
    draft.state = u"draft"_s;
    draft.revision = filed.revision + 1;
    draft.replaces = filed.id;
    draft.overrides = filed.overrides;
    draft.createdAt = store::timestampNow();
    auto computed = computeDraft(draft, *generated);
    if (!computed)
        return computed;
    return storeDraft(*computed, true, u"correct"_s);
}

Result<QJsonObject> Filings::difference(const FilingReturn &correction)
{
    if (correction.replaces.isEmpty())
        return QJsonObject();
    auto replaced = query("WHERE f.id = ?", {correction.replaces});
    if (!replaced)
        return std::unexpected(replaced.error());
    if (replaced->isEmpty())
        return QJsonObject();
    const QJsonObject before = replaced->constFirst().cells();
    const QJsonObject after = correction.cells();
    QJsonObject difference;
    QSet<QString> keys;
    for (const QString &key : before.keys())
        keys.insert(key);
    for (const QString &key : after.keys())
        keys.insert(key);
    for (const QString &key : keys) {
        if (before.value(key) != after.value(key))
            difference.insert(key, QJsonObject{{u"before"_s, before.value(key)}, {u"after"_s, after.value(key)}});
    }
    return difference;
}

Result<QJsonArray> Filings::trace(const QString &form, const QString &periodText, const QString &cell, int limit)
{
    auto period = Period::parse(periodText);
    if (!period)
        return std::unexpected(period.error());
    QJsonArray invoices;
    // 附列资料（一）cells and the small-scale sales lines: the issued invoices of the period at the cell's rate and kind.
    if (cell.startsWith(u"A1.r"_s) || (form == u"vat-small" && cell.startsWith(u'M'))) {
        auto rows = m_store.database().prepare(
            "SELECT i.number, i.issue_date, i.kind, l.rate, l.category, sum(l.amount_fen), sum(l.tax_fen) FROM invoice i JOIN "
            "invoice_line l ON l.number = i.number WHERE i.issue_date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM invoice_void "
            "v "
            "WHERE v.number = i.number) GROUP BY i.number, l.rate, l.category ORDER BY i.issue_date, i.number");
        if (!rows)
            return std::unexpected(rows.error());
        rows->bind(1, period->start.toString(Qt::ISODate)).bind(2, period->end.toString(Qt::ISODate));
        auto read = rows->forEachRow([&] {
            const QString kind = rows->text(2);
            const QString rate = rows->text(3);
            const bool services = isServiceCategory(rows->text(4));
            bool matches = false;
            if (form == u"vat-general") {
                const QString row = generalRow(rate, services);
                const QString column = cell.section(u".c"_s, 1);
                matches = cell.startsWith(u"A1.r"_s + row + u".c"_s)
                    && ((kind == u"special" && (column == u"1" || column == u"2"))
                        || (kind != u"special" && (column == u"3" || column == u"4")));
            } else {
                matches = cell.endsWith(services ? u".s"_s : u".g"_s);
            }
            if (matches && invoices.size() < limit)
                invoices.append(QJsonObject{{u"number"_s, rows->text(0)},
                                            {u"issue_date"_s, rows->text(1)},
                                            {u"kind"_s, kind},
                                            {u"rate"_s, rate},
                                            {u"amount"_s, fenText(rows->int64(5))},
                                            {u"tax"_s, fenText(rows->int64(6))}});
        });
        if (!read)
            return std::unexpected(read.error());
    } else if (cell.startsWith(u"A2."_s)) {
        const QStringList months = monthsOf(*period);
        auto rows = m_store.database().prepare(
            "SELECT number, issue_month, voucher_type, coalesce(invoice_kind, ''), coalesce(amount_fen, 0), deductible_tax_fen, "
            "use_period FROM received_invoice WHERE use = 'deduct' AND use_period BETWEEN ? AND ? ORDER BY use_period, number");
        if (!rows)
            return std::unexpected(rows.error());
        rows->bind(1, months.constFirst()).bind(2, months.constLast());
        const QString line = cell.section(u'.', 1, 1);
        auto read = rows->forEachRow([&] {
            const QString type = rows->text(2);
            const QString kind = rows->text(3);
            const bool matches = (line == u"2" || line == u"35" || line == u"1" || line == u"12")
                ? (type == u"invoice" && kind == u"special")
                : line == u"5"  ? type == u"customs"
                : line == u"6"  ? type == u"agricultural"
                : line == u"10" ? type == u"passenger"
                : line == u"8b" ? (type == u"toll" || type == u"passenger" || (type == u"invoice" && kind != u"special"))
                                : false;
            if (matches && invoices.size() < limit)
                invoices.append(QJsonObject{{u"number"_s, rows->text(0)},
                                            {u"issue_month"_s, rows->text(1)},
                                            {u"voucher_type"_s, type},
                                            {u"amount"_s, fenText(rows->int64(4))},
                                            {u"tax"_s, fenText(rows->int64(5))},
                                            {u"use_period"_s, rows->text(6)}});
        });
        if (!read)
            return std::unexpected(read.error());
    }
    return invoices;
}

Result<QList<DueReturn>> Filings::due(int year, int month, QDate today)
{
    auto profile = m_store.profile();
    if (!profile)
        return std::unexpected(profile.error());
    auto settings = this->settings();
    if (!settings)
        return std::unexpected(settings.error());
    const bool small = profile->taxpayerKind == TaxpayerKind::SmallScale;
    const QDate previousMonth = QDate(year, month, 1).addMonths(-1);
    const bool quarterEnded = previousMonth.month() % 3 == 0;
    const QString monthText = previousMonth.toString(u"yyyy-MM"_s);
    const QString quarterText = u"%1Q%2"_s.arg(previousMonth.year()).arg((previousMonth.month() + 2) / 3);
    QList<std::pair<QString, QString>> forms; // form, period
    const QString vatPeriod = !settings->vatPeriod.isEmpty() ? settings->vatPeriod : small ? u"quarter"_s : u"month"_s;
    const QString vatForm = small ? u"vat-small"_s : u"vat-general"_s;
    if (vatPeriod == u"month")
        forms.append({vatForm, monthText});
    else if (quarterEnded)
        forms.append({vatForm, quarterText});
    if (settings->citPeriod == u"month")
        forms.append({u"cit-prepay"_s, monthText});
    else if (quarterEnded)
        forms.append({u"cit-prepay"_s, quarterText});
    // IIT: every month the enterprise has payroll (or filed an IIT return before).
    auto payrollMonths = m_store.database().scalar("SELECT count(*) FROM payroll_month");
    if (!payrollMonths)
        return std::unexpected(payrollMonths.error());
    if (*payrollMonths > 0)
        forms.append({u"iit-withholding"_s, monthText});
    // Stamp duty: a period with taxable documents entered.
    const QString stampPeriod = settings->stampDutyPeriod == u"month" ? monthText
        : settings->stampDutyPeriod == u"year" ? (previousMonth.month() == 12 ? QString::number(previousMonth.year()) : QString())
        : quarterEnded                         ? quarterText
                                               : QString();
    if (!stampPeriod.isEmpty()) {
        auto documents = data(u"stamp_documents"_s, stampPeriod);
        if (!documents)
            return std::unexpected(documents.error());
        if (!documents->toArray().isEmpty())
            forms.append({u"stamp-duty"_s, stampPeriod});
    }
    // Earlier periods left unfiled since the first return Taxbox filed for the form are late too (never
    // further back than that: before it, the enterprise filed elsewhere).
    const qsizetype thisMonth = forms.size();
    for (qsizetype i = 0; i < thisMonth; ++i) {
        const QString form = forms.at(i).first;
        auto earliest = query("WHERE f.form = ? AND f.state = 'filed' ORDER BY f.period LIMIT 1", {form});
        if (!earliest)
            return std::unexpected(earliest.error());
        if (earliest->isEmpty())
            continue;
        auto first = Period::parse(earliest->constFirst().period);
        if (!first)
            continue;
        Period period = *Period::parse(forms.at(i).second);
        for (int step = 0; step < 36; ++step) {
            period = period.previous();
            if (period.end < first->start)
                break;
            forms.append({form, period.text()});
        }
    }
    const FilingCalendar calendar(m_pack);
    QList<DueReturn> due;
    for (const auto &[form, periodText] : forms) {
        DueReturn item;
        item.form = form;
        item.period = periodText;
        const auto [deadline, estimated] = calendar.deadlineOf(*Period::parse(periodText));
        item.deadline = deadline;
        item.estimatedDeadline = estimated;
        auto latest = find(form, periodText);
        if (!latest)
            return std::unexpected(latest.error());
        auto filed = find(form, periodText, u"filed"_s);
        if (!filed)
            return std::unexpected(filed.error());
        if (*latest)
            item.taxDue = taxDueOf(form, (*latest)->cells());
        const bool earlier = due.size() >= thisMonth;
        if (*filed && earlier)
            continue; // an earlier period filed: nothing to say
        if (*filed) {
            item.state = u"filed"_s;
            item.filedAt = (*filed)->filedAt;
            item.receipt = (*filed)->receipt;
        } else if (today > deadline) {
            item.state = u"late"_s;
            item.daysLate = static_cast<int>(deadline.daysTo(today));
            // 滞纳金: 万分之五 per day from the day after the deadline (税收征收管理法 第三十二条).
            if (item.taxDue && !item.taxDue->isNegative())
                item.lateFee
                    = (*item.taxDue * *Decimal::parse(u"0.0005"_s) * Decimal::fromInteger(item.daysLate)).roundedHalfUp(2);
        } else {
            item.state = u"open"_s;
        }
        due.append(item);
    }
    return due;
}

} // namespace taxbox::filing
