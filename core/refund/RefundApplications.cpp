#include "RefundApplications.h"

#include "RetainedCredit.h"
#include "calc/Input.h"
#include "crypto/Crypto.h"
#include "enterprise/EnterpriseProfile.h"
#include "filing/Filings.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::refund {

namespace {

using calc::moneyText;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

Decimal decimalOf(const QJsonValue &value)
{
    if (value.isDouble())
        return Decimal::fromInteger(value.toInteger());
    return Decimal::parse(value.toString(), {}, 8).value_or(Decimal());
}

/// A check on an application: an error blocks filing, a warning is shown.
QJsonObject check(const QString &id, const QString &severity, const QString &message)
{
    return {{u"id"_s, id}, {u"severity"_s, severity}, {u"message"_s, message}};
}

struct Transition
{
    QString from;
    QString to;
    RefundActor actor;
};

const QList<Transition> &transitions()
{
    using namespace RefundState;
    static const QList<Transition> table{
        {Draft, Submitted, RefundActor::Taxpayer},
        {Submitted, Accepted, RefundActor::Office},
        {Submitted, Rejected, RefundActor::Office}, // 不予受理
        {Submitted, Withdrawn, RefundActor::Taxpayer},
        {Accepted, UnderReview, RefundActor::Office},
        {Accepted, Rejected, RefundActor::Office},
        {Accepted, Withdrawn, RefundActor::Taxpayer},
        {UnderReview, Approved, RefundActor::Office},
        {UnderReview, Rejected, RefundActor::Office},
        {UnderReview, Withdrawn, RefundActor::Taxpayer},
        {Rejected, Draft, RefundActor::Taxpayer}, // corrected and filed again
        {Approved, Treasury, RefundActor::Office},
        {Approved, Offset, RefundActor::Office}, // 抵缴欠税 or the next period's tax
        {Treasury, Paid, RefundActor::Office},
        {Treasury, TreasuryFailed, RefundActor::Office},
        {TreasuryFailed, Treasury, RefundActor::Office},
    };
    return table;
}

/// The months before `month`, oldest first.
QStringList monthsBefore(QDate month, int count)
{
    QStringList months;
    for (int i = count; i >= 1; --i)
        months.append(month.addMonths(-i).toString(u"yyyy-MM"_s));
    return months;
}

QString yesNo(bool value)
{
    return value ? u"是"_s : u"否"_s;
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// The state machine

QStringList RefundStateMachine::states()
{
    using namespace RefundState;
    return {Draft, Submitted, Accepted, UnderReview, Approved, Rejected, Treasury, TreasuryFailed, Paid, Offset, Withdrawn};
}

QStringList RefundStateMachine::next(const QString &from, RefundActor actor)
{
    QStringList states;
    for (const Transition &t : transitions()) {
        if (t.from == from && t.actor == actor)
            states.append(t.to);
    }
    return states;
}

Result<void> RefundStateMachine::check(const QString &from, const QString &to, RefundActor actor)
{
    if (!states().contains(to))
        return fail(u"unknown_state"_s, tr("\"%1\" is not a state of a refund application (%2).").arg(to, states().join(u", "_s)),
                    u"state"_s);
    if (next(from, actor).contains(to))
        return {};
    const QStringList allowed = next(from, actor);
    QStringList words;
    for (const QString &state : allowed)
        words.append(label(state));
    return fail(u"transition_refused"_s,
                allowed.isEmpty() ? tr("An application that is %1 cannot become %2.").arg(label(from), label(to))
                                  : tr("An application that is %1 cannot become %2; it can become: %3.")
                                        .arg(label(from), label(to), words.join(tr(", "))),
                u"state"_s);
}

bool RefundStateMachine::isFinal(const QString &state)
{
    return state == RefundState::Paid || state == RefundState::Offset || state == RefundState::Withdrawn;
}

QString RefundStateMachine::label(const QString &state)
{
    using namespace RefundState;
    if (state == Draft)
        return tr("Draft (草稿)");
    if (state == Submitted)
        return tr("Submitted (已提交)");
    if (state == Accepted)
        return tr("Accepted (已受理)");
    if (state == UnderReview)
        return tr("Under review (审核中)");
    if (state == Approved)
        return tr("Approved (核准)");
    if (state == Rejected)
        return tr("Refused (不予退税)");
    if (state == Treasury)
        return tr("At the treasury (国库处理中)");
    if (state == TreasuryFailed)
        return tr("Treasury payment failed (国库退库失败)");
    if (state == Paid)
        return tr("Paid (已到账)");
    if (state == Offset)
        return tr("Offset against tax (已抵缴)");
    if (state == Withdrawn)
        return tr("Withdrawn (已撤回)");
    return state;
}

QStringList refundKinds()
{
    return {u"retained_credit"_s, u"export_declaration"_s, u"overpayment"_s, u"cit_settlement"_s};
}

QString refundKindLabel(const QString &kind)
{
    if (kind == u"retained_credit")
        return RefundApplications::tr("Retained VAT credit refund (留抵退税)");
    if (kind == u"export_declaration")
        return RefundApplications::tr("Export refund declaration (免抵退税申报)");
    if (kind == u"overpayment")
        return RefundApplications::tr("Overpaid tax refund (误收多缴退抵税)");
    if (kind == u"cit_settlement")
        return RefundApplications::tr("CIT settlement overpayment (汇算清缴结算多缴退抵税)");
    return kind;
}

QString refundKindChinese(const QString &kind)
{
    if (kind == u"retained_credit")
        return u"增值税期末留抵退税"_s;
    if (kind == u"export_declaration")
        return u"生产企业出口货物免抵退税申报"_s;
    if (kind == u"overpayment")
        return u"误收多缴退抵税"_s;
    if (kind == u"cit_settlement")
        return u"汇算清缴结算多缴退抵税"_s;
    return kind;
}

// ---------------------------------------------------------------------------------------------------
// Records

QJsonObject ExportEntry::toJson() const
{
    QJsonObject object{{u"declaration_number"_s, declarationNumber},
                       {u"export_date"_s, exportDate.toString(Qt::ISODate)},
                       {u"hs_code"_s, hsCode},
                       {u"name"_s, name},
                       {u"unit"_s, unit},
                       {u"quantity"_s, quantity},
                       {u"currency"_s, currency},
                       {u"fob_foreign"_s, moneyText(fobForeign)},
                       {u"fx_rate"_s, fxRate.toString()},
                       {u"invoice_number"_s, invoiceNumber},
                       {u"link_number"_s, linkNumber}};
    if (refundRate)
        object.insert(u"refund_rate"_s, refundRate->toString());
    return object;
}

Result<ExportEntry> ExportEntry::fromJson(const QJsonObject &object, int line)
{
    const QHash<QString, QString> labels{{u"declaration_number"_s, tr("Customs declaration number")},
                                         {u"export_date"_s, tr("Export date")},
                                         {u"hs_code"_s, tr("HS code")},
                                         {u"name"_s, tr("Goods")},
                                         {u"unit"_s, tr("Unit")},
                                         {u"quantity"_s, tr("Quantity")},
                                         {u"currency"_s, tr("Currency")},
                                         {u"fob_foreign"_s, tr("FOB (invoice currency)")},
                                         {u"fx_rate"_s, tr("Exchange rate")},
                                         {u"invoice_number"_s, tr("Export invoice number")},
                                         {u"link_number"_s, tr("Link number")},
                                         {u"refund_rate"_s, tr("Refund rate")}};
    const QString prefix = tr("Export %1: ").arg(line);
    // Optional text is read here; the rest through Input, which refuses unknown keys.
    QJsonObject required = object;
    for (const QString &key : {u"unit"_s, u"quantity"_s, u"currency"_s, u"link_number"_s}) {
        if (object.contains(key) && !object.value(key).isString())
            return fail(u"invalid_type"_s, prefix + tr("%1 must be text.").arg(labels.value(key)),
                        u"entries[%1].%2"_s.arg(line).arg(key));
        required.remove(key);
    }
    calc::Input input(required, u"entries[%1]."_s.arg(line), labels, prefix);
    ExportEntry entry;
    auto text = [&](const QString &key, QString &into) -> Result<void> {
        auto value = input.text(key);
        if (!value)
            return std::unexpected(value.error());
        into = value->trimmed();
        return {};
    };
    if (auto read = text(u"declaration_number"_s, entry.declarationNumber); !read)
        return std::unexpected(read.error());
    static const QRegularExpression declaration(u"^\\d{21}$"_s);
    if (!declaration.match(entry.declarationNumber).hasMatch())
        return fail(u"invalid_format"_s,
                    prefix
                        + tr("%1 must be the 18-digit declaration number followed by the 3-digit item number (21 digits).")
                              .arg(labels.value(u"declaration_number"_s)),
                    input.fieldName(u"declaration_number"_s));
    auto date = input.date(u"export_date"_s);
    if (!date)
        return std::unexpected(date.error());
    entry.exportDate = *date;
    if (auto read = text(u"hs_code"_s, entry.hsCode); !read)
        return std::unexpected(read.error());
    static const QRegularExpression hs(u"^\\d{8,10}$"_s);
    if (!hs.match(entry.hsCode).hasMatch())
        return fail(u"invalid_format"_s,
                    prefix + tr("%1 must be the 8- or 10-digit commodity code.").arg(labels.value(u"hs_code"_s)),
                    input.fieldName(u"hs_code"_s));
    if (auto read = text(u"name"_s, entry.name); !read)
        return std::unexpected(read.error());
    entry.unit = object.value(u"unit"_s).toString();
    entry.quantity = object.value(u"quantity"_s).toString();
    entry.currency = object.value(u"currency"_s).toString(u"USD"_s).toUpper();
    auto fob = input.money(u"fob_foreign"_s);
    if (!fob)
        return std::unexpected(fob.error());
    if (fob->isZero())
        return fail(u"out_of_range"_s, prefix + tr("%1 must be more than 0.").arg(labels.value(u"fob_foreign"_s)),
                    input.fieldName(u"fob_foreign"_s));
    entry.fobForeign = *fob;
    auto fx = input.positive(u"fx_rate"_s, 6);
    if (!fx)
        return std::unexpected(fx.error());
    entry.fxRate = *fx;
    if (auto read = text(u"invoice_number"_s, entry.invoiceNumber); !read)
        return std::unexpected(read.error());
    entry.linkNumber = object.value(u"link_number"_s).toString();
    if (object.contains(u"refund_rate"_s)) {
        auto rate = input.rate(u"refund_rate"_s);
        if (!rate)
            return std::unexpected(rate.error());
        entry.refundRate = *rate;
    }
    if (auto done = input.finish(); !done)
        return std::unexpected(done.error());
    return entry;
}

bool RefundApplication::hasErrors() const
{
    for (const QJsonValue &c : result.value(u"checks"_s).toArray()) {
        if (c.toObject().value(u"severity"_s).toString() == u"error")
            return true;
    }
    return false;
}

QJsonObject RefundApplication::toJson(bool full) const
{
    QJsonObject object{{u"id"_s, id},
                       {u"kind"_s, kind},
                       {u"period"_s, period},
                       {u"revision"_s, revision},
                       {u"state"_s, state},
                       {u"amount_claimed"_s, amountClaimed},
                       {u"created_at"_s, createdAt},
                       {u"updated_at"_s, updatedAt}};
    if (!amountApproved.isEmpty())
        object.insert(u"amount_approved"_s, amountApproved);
    if (!submittedAt.isEmpty())
        object.insert(u"submitted_at"_s, submittedAt);
    if (!decidedAt.isEmpty())
        object.insert(u"decided_at"_s, decidedAt);
    if (!syncState.isEmpty())
        object.insert(u"sync_state"_s, syncState);
    if (!syncError.isEmpty())
        object.insert(u"sync_error"_s, syncError);
    if (full) {
        object.insert(u"request"_s, request);
        object.insert(u"result"_s, result);
        object.insert(u"history"_s, history);
    }
    return object;
}

QJsonObject RefundClock::toJson() const
{
    QJsonObject object{{u"days"_s, days}, {u"limit_days"_s, limitDays}, {u"running"_s, running}, {u"overdue"_s, overdue}};
    if (due.isValid())
        object.insert(u"due"_s, due.toString(Qt::ISODate));
    return object;
}

QString RefundClock::text() const
{
    if (!running)
        return {};
    if (limitDays == 0)
        return RefundApplications::tr("Day %1 since submission (no statutory limit)").arg(days);
    if (overdue)
        return RefundApplications::tr("Day %1 of %2: the office is %3 days past its limit (%4)")
            .arg(days)
            .arg(limitDays)
            .arg(days - limitDays)
            .arg(due.toString(Qt::ISODate));
    return RefundApplications::tr("Day %1 of %2 (the office answers by %3)")
        .arg(days)
        .arg(limitDays)
        .arg(due.toString(Qt::ISODate));
}

// ---------------------------------------------------------------------------------------------------
// Applications

RefundApplications::RefundApplications(store::EnterpriseStore &store)
    : m_store(store)
{ }

Result<QList<RefundApplication>> RefundApplications::query(const std::string &where, const QStringList &values)
{
    const std::string sql
        = "SELECT r.id, r.kind, r.period, r.revision, r.state, r.request, r.result, r.history, r.amount_claimed, "
          "r.amount_approved, coalesce(r.submitted_at, ''), coalesce(r.decided_at, ''), r.created_at, "
          "r.updated_at, coalesce(r.outbox_uuid, ''), coalesce(o.state, ''), coalesce(o.last_error, '') FROM "
          "refund_application r LEFT JOIN outbox o ON o.uuid = r.outbox_uuid "
        + where;
    auto statement = m_store.database().prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bind(static_cast<int>(i + 1), values.at(i));
    QList<RefundApplication> list;
    auto rows = statement->forEachRow([&] {
        RefundApplication a;
        a.id = statement->text(0);
        a.kind = statement->text(1);
        a.period = statement->text(2);
        a.revision = static_cast<int>(statement->int64(3));
        a.state = statement->text(4);
        a.request = parseObject(statement->text(5));
        a.result = parseObject(statement->text(6));
        a.history = parseArray(statement->text(7));
        a.amountClaimed = statement->text(8);
        a.amountApproved = statement->text(9);
        a.submittedAt = statement->text(10);
        a.decidedAt = statement->text(11);
        a.createdAt = statement->text(12);
        a.updatedAt = statement->text(13);
        a.outboxUuid = statement->text(14);
        a.syncState = statement->text(15);
        a.syncError = statement->text(16);
        list.append(a);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return list;
}

Result<std::optional<RefundApplication>> RefundApplications::find(const std::string &where, const QStringList &values)
{
    auto found = query(where, values);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<RefundApplication>();
    return std::optional<RefundApplication>(found->constFirst());
}

Result<RefundApplication> RefundApplications::show(const QString &id)
{
    auto found = find("WHERE r.id = ?", {id});
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(u"not_found"_s, tr("There is no refund application %1.").arg(id), u"id"_s);
    return **found;
}

Result<QList<RefundApplication>> RefundApplications::list(const QString &kind)
{
    if (kind.isEmpty())
        return query("ORDER BY r.period DESC, r.created_at DESC", {});
    if (!refundKinds().contains(kind))
        return fail(u"unknown_kind"_s, tr("\"%1\" is not a kind of refund (%2).").arg(kind, refundKinds().join(u", "_s)),
                    u"kind"_s);
    return query("WHERE r.kind = ? ORDER BY r.period DESC, r.created_at DESC", {kind});
}

Result<std::optional<QJsonObject>> RefundApplications::filedCells(const QString &form, const QString &period)
{
    auto statement = m_store.database().prepare(
        "SELECT result FROM filing_return WHERE form = ? AND period = ? AND state = 'filed' ORDER BY revision DESC LIMIT 1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, form).bind(2, period);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(parseObject(statement->text(0)).value(u"cells"_s).toObject());
}

Result<RefundApplication> RefundApplications::prepare(const QString &kind, const QString &period, const QJsonObject &request,
                                                      const rules::RulePack &refundRules, QDate today)
{
    if (auto allowed = m_store.require(Permission::Record, tr("prepare refund applications")); !allowed)
        return std::unexpected(allowed.error());
    if (!refundKinds().contains(kind))
        return fail(u"unknown_kind"_s, tr("\"%1\" is not a kind of refund (%2).").arg(kind, refundKinds().join(u", "_s)),
                    u"kind"_s);
    auto latest
        = find("WHERE r.kind = ? AND r.period = ? AND r.state <> 'withdrawn' ORDER BY r.created_at DESC LIMIT 1", {kind, period});
    if (!latest)
        return std::unexpected(latest.error());
    if (*latest && (*latest)->state != RefundState::Draft && (*latest)->state != RefundState::Rejected)
        return fail(u"already_filed"_s,
                    tr("The %1 application for %2 is %3: it cannot be prepared again.")
                        .arg(refundKindLabel(kind), period, RefundStateMachine::label((*latest)->state)),
                    u"period"_s);
    auto result = compute(kind, period, request, refundRules, today);
    if (!result)
        return std::unexpected(result.error());

    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString now = store::timestampNow();
    RefundApplication application;
    const bool insert = !*latest;
    if (insert) {
        application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        application.kind = kind;
        application.period = period;
        application.createdAt = now;
    } else {
        application = **latest;
    }
    QJsonObject before = insert ? QJsonObject() : application.toJson(false);
    if (application.state == RefundState::Rejected) {
        // Corrected after a refusal: a new revision of the same application, filed again.
        ++application.revision;
        application.history.append(QJsonObject{{u"state"_s, RefundState::Draft},
                                               {u"at"_s, now},
                                               {u"by"_s, m_store.actor().userName},
                                               {u"reason"_s, tr("Revised after the refusal")}});
    }
    application.state = RefundState::Draft;
    application.request = request;
    application.result = *result;
    application.amountClaimed = result->value(u"amount_claimed"_s).toString();
    application.updatedAt = now;
    auto statement = insert
        ? m_store.database().prepare("INSERT INTO refund_application (revision, state, request, result, history, amount_claimed, "
                                     "updated_at, created_at, kind, period, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        : m_store.database().prepare("UPDATE refund_application SET revision = ?, state = ?, request = ?, result = ?, history = "
                                     "?, amount_claimed = ?, updated_at = ? WHERE id = ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, qint64(application.revision))
        .bind(2, application.state)
        .bind(3, compact(application.request))
        .bind(4, compact(application.result))
        .bind(5, QString::fromUtf8(QJsonDocument(application.history).toJson(QJsonDocument::Compact)))
        .bind(6, application.amountClaimed)
        .bind(7, now);
    if (insert)
        statement->bind(8, now).bind(9, kind).bind(10, period).bind(11, application.id);
    else
        statement->bind(8, application.id);
    if (auto ran = statement->run(); !ran)
        return std::unexpected(ran.error());
    if (auto recorded = m_store.recordChange(
            {insert ? u"create"_s : u"update"_s, u"refund_application"_s, application.id, before, application.toJson(false), {}});
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return show(application.id);
}

Result<QJsonObject> RefundApplications::compute(const QString &kind, const QString &period, const QJsonObject &request,
                                                const rules::RulePack &refundRules, QDate today)
{
    if (kind == u"cit_settlement") {
        static const QRegularExpression year(u"^\\d{4}$"_s);
        if (!year.match(period).hasMatch())
            return fail(u"invalid_period"_s, tr("A CIT settlement is for a tax year (YYYY), not \"%1\".").arg(period),
                        u"period"_s);
        return citSettlement(period, request, refundRules, today);
    }
    auto parsed = filing::Period::parse(period);
    if (!parsed || parsed->kind != filing::Period::Kind::Month)
        return fail(u"invalid_period"_s, tr("The month of the application must be YYYY-MM, not \"%1\".").arg(period),
                    u"period"_s);
    if (kind == u"retained_credit")
        return retainedCredit(period, request, refundRules);
    if (kind == u"export_declaration") {
        if (!request.isEmpty())
            return fail(u"unknown_field"_s,
                        tr("A 免抵退 declaration is prepared from the export register and the VAT return only."),
                        request.constBegin().key());
        return exportDeclaration(period, refundRules, today);
    }
    return overpayment(request, refundRules, today);
}

Result<QJsonObject> RefundApplications::retainedCredit(const QString &period, const QJsonObject &request,
                                                       const rules::RulePack &refundRules)
{
    const QDate month = filing::Period::parse(period)->start;
    auto regime = refundRules.value(u"retained.regime"_s, month);
    if (!regime)
        return std::unexpected(regime.error());
    if (regime->toString() != u"2025")
        return fail(u"regime_not_prepared"_s,
                    tr("Applications prepared from the store follow the 2025 regime (from the 2025-09 period); for %1 use the "
                       "retained-refund calculator.")
                        .arg(period),
                    u"period"_s);
    const QHash<QString, QString> labels = RetainedCredit::labels();
    QJsonArray checks;
    QJsonArray sources;
    QJsonObject claim;
    // What the person decides or declares; figures come from the store.
    static const QStringList personal{u"route"_s,
                                      u"credit_level"_s,
                                      u"declarations"_s,
                                      u"credit_at_prior_year_end"_s,
                                      u"credit_at_2019_03"_s,
                                      u"input_before_store"_s};
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        if (!personal.contains(it.key()))
            return fail(u"unknown_field"_s,
                        tr("\"%1\" is not entered for a retained-credit application: the credits and the input tax come from "
                           "the filed returns and the received invoices.")
                            .arg(it.key()),
                        it.key());
        if (it.key() != u"input_before_store")
            claim.insert(it.key(), it.value());
    }
    // The six month-end credits (主表第20栏 期末留抵税额) of the filed VAT returns before the application.
    const QStringList months = monthsBefore(month, 6);
    QJsonArray credits;
    QJsonArray monthRows;
    for (const QString &m : months) {
        auto cells = filedCells(u"vat-general"_s, m);
        if (!cells)
            return std::unexpected(cells.error());
        if (!*cells) {
            checks.append(check(
                u"return_missing"_s, u"error"_s,
                tr("The VAT return for %1 is not filed: its period-end credit (line 20) is one of the six months.").arg(m)));
            credits.append(u"0.00"_s);
            monthRows.append(QJsonObject{{u"period"_s, m}, {u"credit"_s, QJsonValue()}});
            continue;
        }
        const QString credit = moneyText(decimalOf((*cells)->value(u"M20"_s)));
        credits.append(credit);
        monthRows.append(QJsonObject{{u"period"_s, m}, {u"credit"_s, credit}});
        sources.append(tr("%1 period-end credit %2: the filed VAT return for %1, line 20").arg(m, credit));
    }
    claim.insert(u"credits_6_months"_s, credits);
    claim.insert(u"period_end_credit"_s, credits.last());
    const QString route = request.value(u"route"_s).toString();
    if (route == u"other" && !request.contains(u"credit_at_prior_year_end"_s)) {
        const QString december = QString::number(month.year() - 1) + u"-12"_s;
        auto cells = filedCells(u"vat-general"_s, december);
        if (!cells)
            return std::unexpected(cells.error());
        if (!*cells) {
            checks.append(check(u"return_missing"_s, u"error"_s,
                                tr("The VAT return for %1 is not filed: enter the credit at the end of %2 (%3) or file it.")
                                    .arg(december)
                                    .arg(month.year() - 1)
                                    .arg(labels.value(u"credit_at_prior_year_end"_s))));
            claim.insert(u"credit_at_prior_year_end"_s, u"0"_s);
        } else {
            const QString credit = moneyText(decimalOf((*cells)->value(u"M20"_s)));
            claim.insert(u"credit_at_prior_year_end"_s, credit);
            sources.append(tr("Credit at the end of %1, %2: the filed VAT return for %3, line 20")
                               .arg(month.year() - 1)
                               .arg(credit, december));
        }
    } else if (request.contains(u"credit_at_prior_year_end"_s) || request.contains(u"credit_at_2019_03"_s)) {
        sources.append(tr("The base credit as entered"));
    }
    // 进项构成比例: the deducted input tax since 2019-04 up to the month before the application, by document.
    auto ratio = m_store.database().prepare(
        "SELECT voucher_type, coalesce(invoice_kind, ''), sum(deductible_tax_fen) FROM received_invoice WHERE use = 'deduct' AND "
        "use_period BETWEEN '2019-04' AND ? GROUP BY 1, 2");
    if (!ratio)
        return std::unexpected(ratio.error());
    ratio->bind(1, months.constLast());
    qint64 qualifyingFen = 0;
    qint64 totalFen = 0;
    qint64 passengerFen = 0;
    auto rows = ratio->forEachRow([&] {
        const QString type = ratio->text(0);
        const qint64 tax = ratio->int64(2);
        totalFen += tax;
        // Special invoices, customs certificates and toll e-invoices qualify; farm produce does not.
        if ((type == u"invoice" && ratio->text(1) == u"special") || type == u"customs" || type == u"toll")
            qualifyingFen += tax;
        if (type == u"passenger")
            passengerFen += tax;
    });
    if (!rows)
        return std::unexpected(rows.error());
    Decimal qualifying = Decimal::fromMoney(Money::fromFen(qualifyingFen));
    Decimal total = Decimal::fromMoney(Money::fromFen(totalFen));
    sources.append(tr("Input tax deducted 2019-04 to %1 in the store: %2 qualifying of %3")
                       .arg(months.constLast(), moneyText(qualifying), moneyText(total)));
    if (passengerFen > 0)
        checks.append(check(u"passenger_tickets"_s, u"warning"_s,
                            tr("Passenger tickets (%1 of input tax) are counted as not qualifying: the store does not keep "
                               "whether they were air or rail tickets (which qualify). Add those under the input kept elsewhere.")
                                .arg(moneyText(Decimal::fromMoney(Money::fromFen(passengerFen))))));
    if (request.contains(u"input_before_store"_s)) {
        const QJsonValue before = request.value(u"input_before_store"_s);
        if (!before.isObject())
            return fail(u"invalid_type"_s,
                        tr("\"%1\" must give the qualifying and the total input tax.").arg(tr("Input kept elsewhere")),
                        u"input_before_store"_s);
        calc::Input input(
            before.toObject(), u"input_before_store."_s,
            {{u"qualifying"_s, tr("Qualifying input kept elsewhere")}, {u"total"_s, tr("All input kept elsewhere")}});
        auto q = input.money(u"qualifying"_s);
        if (!q)
            return std::unexpected(q.error());
        auto t = input.money(u"total"_s);
        if (!t)
            return std::unexpected(t.error());
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        if (*q > *t)
            return fail(u"out_of_range"_s, tr("Qualifying input kept elsewhere cannot exceed all input kept elsewhere."),
                        u"input_before_store.qualifying"_s);
        qualifying = qualifying + *q;
        total = total + *t;
        sources.append(
            tr("Input tax deducted before the store's records (entered): %1 qualifying of %2").arg(moneyText(*q), moneyText(*t)));
    }
    if (total.isZero())
        checks.append(check(u"no_input"_s, u"error"_s,
                            tr("No deducted input tax since 2019-04 is known: register the received invoices or enter the input "
                               "kept elsewhere; the input-composition ratio cannot be computed.")));
    claim.insert(u"qualifying_input"_s, moneyText(qualifying));
    claim.insert(u"total_input"_s, moneyText(total.isZero() ? Decimal::fromInteger(1) : total));
    auto read = RetainedCredit::read(claim, month);
    if (!read)
        return std::unexpected(read.error());
    auto answer = RetainedCredit::compute(*read, refundRules);
    if (!answer)
        return std::unexpected(answer.error());
    for (const Reason &reason : answer->reasons)
        checks.append(check(reason.code, u"error"_s, reason.message));
    QJsonObject figures = answer->toJson();
    figures.insert(u"credits"_s, monthRows);
    figures.insert(u"qualifying_input"_s, moneyText(qualifying));
    figures.insert(u"total_input"_s, moneyText(total));
    figures.insert(u"route"_s, route);
    if (claim.contains(u"credit_at_prior_year_end"_s))
        figures.insert(u"credit_at_prior_year_end"_s, claim.value(u"credit_at_prior_year_end"_s));
    if (claim.contains(u"credit_at_2019_03"_s))
        figures.insert(u"credit_at_2019_03"_s, claim.value(u"credit_at_2019_03"_s));
    return QJsonObject{{u"figures"_s, figures},
                       {u"amount_claimed"_s, answer->eligible ? moneyText(answer->refundable) : u"0.00"_s},
                       {u"explanation"_s, QJsonArray::fromStringList(answer->explanation)},
                       {u"sources"_s, sources},
                       {u"checks"_s, checks},
                       {u"months"_s, QJsonArray::fromStringList(months)}};
}

Result<RefundApplications::ExportFigures> RefundApplications::exportLines(const QList<ExportEntry> &entries,
                                                                          const rules::RulePack &refundRules, QDate today)
{
    ExportFigures figures;
    QJsonArray &checks = figures.checks;
    int line = 0;
    for (const ExportEntry &entry : entries) {
        ++line;
        auto library = refundRules.value(u"export.rate_library"_s, entry.exportDate);
        if (!library)
            return std::unexpected(library.error());
        QJsonObject match;
        for (const QJsonValue &row : library->toArray()) {
            const QString hs = row.toObject().value(u"hs"_s).toString();
            if (entry.hsCode.startsWith(hs) && hs.size() > match.value(u"hs"_s).toString().size())
                match = row.toObject();
        }
        Decimal levy = *Decimal::parse(u"0.13"_s);
        Decimal refundRate;
        if (!match.isEmpty()) {
            levy = *Decimal::parse(match.value(u"levy_rate"_s).toString());
            refundRate = *Decimal::parse(match.value(u"refund_rate"_s).toString());
            if (entry.refundRate && *entry.refundRate != refundRate)
                checks.append(check(u"rate_differs"_s, u"error"_s,
                                    tr("Export %1: HS %2 has a refund rate of %3 on %4 in the rule pack, not %5 as entered.")
                                        .arg(line)
                                        .arg(entry.hsCode, calc::percentText(refundRate), entry.exportDate.toString(Qt::ISODate),
                                             calc::percentText(*entry.refundRate))));
        } else if (entry.refundRate) {
            refundRate = *entry.refundRate;
            checks.append(
                check(u"rate_not_in_library"_s, u"warning"_s,
                      tr("Export %1: HS %2 is not in the rule pack's rate library; the refund rate %3 as entered — check "
                         "it against the 出口退税率文库.")
                          .arg(line)
                          .arg(entry.hsCode, calc::percentText(refundRate))));
        } else {
            checks.append(check(u"rate_unknown"_s, u"error"_s,
                                tr("Export %1: HS %2 is not in the rule pack's rate library; enter its refund rate from the "
                                   "出口退税率文库.")
                                    .arg(line)
                                    .arg(entry.hsCode)));
        }
        const Decimal fob = calc::roundFen(entry.fobForeign * entry.fxRate);
        const Decimal lineNonCreditable = calc::roundFen(fob * (levy - refundRate));
        const Decimal lineCeiling = calc::roundFen(fob * refundRate);
        figures.fob = figures.fob + fob;
        figures.nonCreditable = figures.nonCreditable + lineNonCreditable;
        figures.ceiling = figures.ceiling + lineCeiling;
        QJsonObject row = entry.toJson();
        row.insert(u"fob_cny"_s, moneyText(fob));
        row.insert(u"levy_rate"_s, calc::rateText(levy));
        row.insert(u"refund_rate"_s, calc::rateText(refundRate));
        row.insert(u"non_creditable"_s, moneyText(lineNonCreditable));
        row.insert(u"exempt_offset_refund"_s, moneyText(lineCeiling));
        figures.lines.append(row);
        // The declaration deadline: 30 April of the year after the export (2026年第5号).
        auto deadline = refundRules.value(u"export.declaration_deadline"_s, entry.exportDate);
        if (deadline) {
            const QDate last(entry.exportDate.year() + 1, deadline->toObject().value(u"month"_s).toInt(),
                             deadline->toObject().value(u"day"_s).toInt());
            if (today > last)
                checks.append(check(u"declaration_late"_s, u"error"_s,
                                    tr("Export %1 (%2) could be declared until %3.")
                                        .arg(line)
                                        .arg(entry.exportDate.toString(Qt::ISODate), last.toString(Qt::ISODate))));
        }
    }
    return figures;
}

Result<QJsonObject> RefundApplications::exportDeclaration(const QString &period, const rules::RulePack &refundRules, QDate today)
{
    auto entries = exportRegister(period);
    if (!entries)
        return std::unexpected(entries.error());
    QJsonArray checks;
    QJsonArray sources;
    QStringList explanation;
    if (entries->isEmpty())
        checks.append(check(u"register_empty"_s, u"error"_s,
                            tr("The export register for %1 is empty: enter the exports first.").arg(period)));
    auto computed = exportLines(*entries, refundRules, today);
    if (!computed)
        return std::unexpected(computed.error());
    for (const QJsonValue &c : computed->checks)
        checks.append(c);
    const QJsonArray &lines = computed->lines;
    const Decimal &fobTotal = computed->fob;
    const Decimal &nonCreditable = computed->nonCreditable;
    const Decimal &ceiling = computed->ceiling;
    explanation
        << tr("FOB in CNY = Σ FOB × exchange rate = %1").arg(moneyText(fobTotal))
        << tr("Non-creditable (不得免征和抵扣税额) = Σ FOB × (levy rate − refund rate) = %1").arg(moneyText(nonCreditable))
        << tr("Exempt-offset-refund amount (免抵退税额) = Σ FOB × refund rate = %1").arg(moneyText(ceiling));
    // The declaration follows the period's VAT return (2026年第5号 art. 15): its period-end credit decides the refund.
    auto cells = filedCells(u"vat-general"_s, period);
    if (!cells)
        return std::unexpected(cells.error());
    Decimal credit;
    if (!*cells) {
        checks.append(check(
            u"return_missing"_s, u"error"_s,
            tr("File the VAT return for %1 first: the declaration follows it and takes its period-end credit.").arg(period)));
    } else {
        credit = decimalOf((*cells)->value(u"M20"_s));
        sources.append(tr("Period-end credit %1: the filed VAT return for %2, line 20").arg(moneyText(credit), period));
        const Decimal line18 = decimalOf((*cells)->value(u"A2.18.tax"_s));
        if (line18 != nonCreditable)
            checks.append(
                check(u"return_differs"_s, u"error"_s,
                      tr("The VAT return for %1 shows %2 not creditable (附列资料（二）第18栏) but the register gives %3: "
                         "correct the return.")
                          .arg(period, moneyText(line18), moneyText(nonCreditable))));
        const Decimal line7 = decimalOf((*cells)->value(u"M7"_s));
        if (line7 != fobTotal)
            checks.append(check(u"return_differs"_s, u"warning"_s,
                                tr("The VAT return for %1 shows %2 of 免抵退 export sales (line 7) but the register gives %3.")
                                    .arg(period, moneyText(line7), moneyText(fobTotal))));
    }
    Decimal refund, exemptOffset, carry;
    if (credit <= ceiling) {
        refund = credit;
        exemptOffset = ceiling - credit;
        explanation << tr("Credit %1 ≤ %2: refund %1, exempt-offset %3")
                           .arg(moneyText(credit), moneyText(ceiling), moneyText(exemptOffset));
    } else {
        refund = ceiling;
        carry = credit - ceiling;
        explanation << tr("Credit %1 > %2: refund %2, exempt-offset 0, %3 carried forward")
                           .arg(moneyText(credit), moneyText(ceiling), moneyText(carry));
    }
    const QJsonObject figures{{u"fob_cny"_s, moneyText(fobTotal)},
                              {u"non_creditable"_s, moneyText(nonCreditable)},
                              {u"exempt_offset_refund"_s, moneyText(ceiling)},
                              {u"ending_credit"_s, moneyText(credit)},
                              {u"refund"_s, moneyText(refund)},
                              {u"exempt_offset"_s, moneyText(exemptOffset)},
                              {u"carry_forward_credit"_s, moneyText(carry)},
                              {u"lines"_s, lines}};
    return QJsonObject{{u"figures"_s, figures},
                       {u"amount_claimed"_s, moneyText(refund)},
                       {u"explanation"_s, QJsonArray::fromStringList(explanation)},
                       {u"sources"_s, sources},
                       {u"checks"_s, checks}};
}

Result<QJsonObject> RefundApplications::overpayment(const QJsonObject &request, const rules::RulePack &refundRules, QDate today)
{
    calc::Input top(request, {}, {{u"payments"_s, tr("Payments")}, {u"reason"_s, tr("Why the tax was overpaid")}});
    auto payments = top.array(u"payments"_s);
    if (!payments)
        return std::unexpected(payments.error());
    auto reason = top.text(u"reason"_s);
    if (!reason)
        return std::unexpected(reason.error());
    if (auto done = top.finish(); !done)
        return std::unexpected(done.error());
    if (payments->isEmpty() || payments->size() > 200)
        return fail(u"out_of_range"_s, tr("List from 1 to 200 payments."), u"payments"_s);
    auto years = refundRules.value(u"overpayment.claim_years"_s, today);
    if (!years)
        return std::unexpected(years.error());
    const QHash<QString, QString> labels{{u"tax"_s, tr("Tax")},           {u"form"_s, tr("Return")},
                                         {u"period"_s, tr("Tax period")}, {u"voucher"_s, tr("Tax voucher number")},
                                         {u"paid_on"_s, tr("Paid on")},   {u"paid"_s, tr("Amount paid")},
                                         {u"due"_s, tr("Amount due")}};
    QJsonArray checks;
    QJsonArray sources;
    QJsonArray lines;
    Decimal claimed;
    for (qsizetype i = 0; i < payments->size(); ++i) {
        const int number = static_cast<int>(i) + 1;
        const QString prefix = tr("Payment %1: ").arg(number);
        if (!payments->at(i).isObject())
            return fail(u"invalid_type"_s, prefix + tr("must be a payment."), u"payments[%1]"_s.arg(i + 1));
        const QJsonObject payment = payments->at(i).toObject();
        calc::Input input(payment, u"payments[%1]."_s.arg(i + 1), labels, prefix);
        auto tax = input.text(u"tax"_s);
        if (!tax)
            return std::unexpected(tax.error());
        auto period = input.text(u"period"_s);
        if (!period)
            return std::unexpected(period.error());
        auto voucher = input.text(u"voucher"_s);
        if (!voucher)
            return std::unexpected(voucher.error());
        auto paidOn = input.date(u"paid_on"_s);
        if (!paidOn)
            return std::unexpected(paidOn.error());
        auto paid = input.money(u"paid"_s);
        if (!paid)
            return std::unexpected(paid.error());
        auto formChoice = input.choice(
            u"form"_s, {u"vat-general"_s, u"vat-small"_s, u"cit-prepay"_s, u"stamp-duty"_s, u"iit-withholding"_s}, QString());
        if (!formChoice)
            return std::unexpected(formChoice.error());
        const QString form = *formChoice;
        std::optional<Decimal> due;
        if (payment.contains(u"due"_s)) {
            auto typed = input.money(u"due"_s);
            if (!typed)
                return std::unexpected(typed.error());
            due = *typed;
        }
        if (auto done = input.finish(); !done)
            return std::unexpected(done.error());
        if (!form.isEmpty()) {
            auto cells = filedCells(form, *period);
            if (!cells)
                return std::unexpected(cells.error());
            if (*cells) {
                const auto fromReturn = filing::taxDueOf(form, **cells);
                if (fromReturn && !due) {
                    due = *fromReturn;
                    sources.append(tr("Payment %1: the tax due %2 from the filed %3 return for %4")
                                       .arg(number)
                                       .arg(moneyText(*due), form, *period));
                } else if (fromReturn && due && *fromReturn != *due) {
                    checks.append(check(u"due_differs"_s, u"warning"_s,
                                        prefix
                                            + tr("the filed %1 return for %2 says %3 was due, not %4 as entered.")
                                                  .arg(form, *period, moneyText(*fromReturn), moneyText(*due))));
                }
            } else if (!due) {
                checks.append(check(u"return_missing"_s, u"error"_s,
                                    prefix
                                        + tr("no filed %1 return for %2 gives the tax due: enter %3.")
                                              .arg(form, *period, labels.value(u"due"_s))));
            }
        }
        if (!due) {
            if (form.isEmpty())
                return fail(u"missing_field"_s, prefix + tr("%1 is required.").arg(labels.value(u"due"_s)),
                            input.fieldName(u"due"_s));
            due = Decimal();
        }
        const Decimal over = *paid - *due;
        if (!over.isNegative() && !over.isZero()) {
            claimed = claimed + over;
        } else {
            checks.append(
                check(u"not_overpaid"_s, u"error"_s,
                      prefix + tr("%1 paid against %2 due: nothing was overpaid.").arg(moneyText(*paid), moneyText(*due))));
        }
        const QDate limit = paidOn->addYears(years->toInt());
        if (today > limit)
            checks.append(check(u"claim_time_limit"_s, u"error"_s,
                                prefix
                                    + tr("paid on %1; an overpayment can be claimed within %2 years (by %3, 征管法第五十一条).")
                                          .arg(paidOn->toString(Qt::ISODate))
                                          .arg(years->toInt())
                                          .arg(limit.toString(Qt::ISODate))));
        lines.append(QJsonObject{{u"tax"_s, *tax},
                                 {u"form"_s, form},
                                 {u"period"_s, *period},
                                 {u"voucher"_s, *voucher},
                                 {u"paid_on"_s, paidOn->toString(Qt::ISODate)},
                                 {u"paid"_s, moneyText(*paid)},
                                 {u"due"_s, moneyText(*due)},
                                 {u"overpaid"_s, moneyText(calc::maxOf(Decimal(), over))},
                                 {u"claim_by"_s, limit.toString(Qt::ISODate)}});
    }
    const QStringList explanation{
        tr("Refund = Σ (amount paid − amount due) = %1").arg(moneyText(claimed)),
        tr("Interest: the office adds interest at the People's Bank demand-deposit rate from the payment to the day the refund "
           "order is issued (征管法实施细则第七十八条); the rate and day count are the office's, so it is not computed here.")};
    return QJsonObject{
        {u"figures"_s, QJsonObject{{u"payments"_s, lines}, {u"reason"_s, *reason}, {u"overpaid"_s, moneyText(claimed)}}},
        {u"amount_claimed"_s, moneyText(claimed)},
        {u"explanation"_s, QJsonArray::fromStringList(explanation)},
        {u"sources"_s, sources},
        {u"checks"_s, checks}};
}

Result<QJsonObject> RefundApplications::citSettlement(const QString &year, const QJsonObject &request,
                                                      const rules::RulePack &refundRules, QDate today)
{
    calc::Input input(request, {},
                      {{u"annual_tax"_s, tr("Tax for the year (annual return)")}, {u"disposition"_s, tr("Refund or offset")}});
    auto annual = input.money(u"annual_tax"_s);
    if (!annual)
        return std::unexpected(annual.error());
    auto disposition = input.choice(u"disposition"_s, {u"refund"_s, u"offset"_s}, u"refund"_s);
    if (!disposition)
        return std::unexpected(disposition.error());
    if (auto done = input.finish(); !done)
        return std::unexpected(done.error());
    QJsonArray checks;
    QJsonArray sources;
    // What the year's prepayments came to: the fourth quarter's return, 本年实际已缴纳 plus the quarter's own.
    const QString quarter = year + u"Q4"_s;
    auto cells = filedCells(u"cit-prepay"_s, quarter);
    if (!cells)
        return std::unexpected(cells.error());
    Decimal prepaid;
    if (!*cells) {
        checks.append(
            check(u"return_missing"_s, u"error"_s,
                  tr("The CIT prepayment return for %1 is not filed: the year's prepayments are read from it.").arg(quarter)));
    } else {
        prepaid = decimalOf((*cells)->value(u"L14"_s)) + decimalOf((*cells)->value(u"L16"_s));
        sources.append(tr("Prepaid %1: the filed CIT return for %2, line 14 + line 16").arg(moneyText(prepaid), quarter));
    }
    const Decimal over = prepaid - *annual;
    if (over.isNegative() || over.isZero())
        checks.append(
            check(u"not_overpaid"_s, u"error"_s,
                  tr("Prepaid %1 against %2 for the year: nothing was overpaid.").arg(moneyText(prepaid), moneyText(*annual))));
    auto years = refundRules.value(u"overpayment.claim_years"_s, today);
    if (!years)
        return std::unexpected(years.error());
    // The overpayment is settled by the annual return's deadline (31 May); three years run from there.
    const QDate settled(year.toInt() + 1, 5, 31);
    const QDate limit = settled.addYears(years->toInt());
    if (today > limit)
        checks.append(check(u"claim_time_limit"_s, u"error"_s,
                            tr("The %1 settlement could be claimed within %2 years of %3 (by %4).")
                                .arg(year)
                                .arg(years->toInt())
                                .arg(settled.toString(Qt::ISODate), limit.toString(Qt::ISODate))));
    const Decimal amount = calc::maxOf(Decimal(), over);
    const QStringList explanation{
        tr("Overpaid = prepaid %1 − tax for the year %2 = %3").arg(moneyText(prepaid), moneyText(*annual), moneyText(over)),
        *disposition == u"offset" ? tr("Offset against next year's tax, as the taxpayer agrees (no interest).")
                                  : tr("Refunded (no interest on a settlement refund, 实施细则第七十八条).")};
    return QJsonObject{{u"figures"_s,
                        QJsonObject{{u"prepaid"_s, moneyText(prepaid)},
                                    {u"annual_tax"_s, moneyText(*annual)},
                                    {u"overpaid"_s, moneyText(amount)},
                                    {u"disposition"_s, *disposition}}},
                       {u"amount_claimed"_s, moneyText(amount)},
                       {u"explanation"_s, QJsonArray::fromStringList(explanation)},
                       {u"sources"_s, sources},
                       {u"checks"_s, checks}};
}

Result<RefundApplication> RefundApplications::transition(const RefundApplication &application, const QJsonObject &step,
                                                         const QString &outboxType, const QJsonObject &outboxPayload)
{
    RefundApplication after = application;
    after.state = step.value(u"state"_s).toString();
    after.history.append(step);
    after.updatedAt = store::timestampNow();
    if (after.state == RefundState::Submitted)
        after.submittedAt = step.value(u"at"_s).toString();
    if (after.state == RefundState::Approved) {
        after.decidedAt = step.value(u"at"_s).toString();
        after.amountApproved = step.value(u"amount"_s).toString(after.amountClaimed);
    }
    auto update = m_store.database().prepare("UPDATE refund_application SET state = ?, history = ?, updated_at = ?, submitted_at "
                                             "= ?, decided_at = ?, amount_approved = ? "
                                             "WHERE id = ? AND state = ?");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, after.state)
        .bind(2, QString::fromUtf8(QJsonDocument(after.history).toJson(QJsonDocument::Compact)))
        .bind(3, after.updatedAt)
        .bind(4, after.submittedAt)
        .bind(5, after.decidedAt)
        .bind(6, after.amountApproved)
        .bind(7, after.id)
        .bind(8, application.state);
    if (auto ran = update->run(); !ran)
        return std::unexpected(ran.error());
    // What is queued is the change's "after": the signed application or the withdrawal.
    if (auto recorded = m_store.recordChange({after.state, u"refund_application"_s, after.id, application.toJson(false),
                                              outboxType.isEmpty() ? after.toJson(false) : outboxPayload, outboxType,
                                              outboxType.isEmpty() ? QString() : u"refund:"_s + after.id});
        !recorded)
        return std::unexpected(recorded.error());
    return after;
}

Result<RefundApplication> RefundApplications::file(const QString &id)
{
    if (auto allowed = m_store.require(Permission::Record, tr("file refund applications")); !allowed)
        return std::unexpected(allowed.error());
    auto application = show(id);
    if (!application)
        return std::unexpected(application.error());
    if (auto allowed = RefundStateMachine::check(application->state, RefundState::Submitted, RefundActor::Taxpayer); !allowed)
        return std::unexpected(allowed.error());
    if (application->hasErrors()) {
        QStringList errors;
        for (const QJsonValue &c : application->result.value(u"checks"_s).toArray()) {
            if (c.toObject().value(u"severity"_s).toString() == u"error")
                errors.append(c.toObject().value(u"message"_s).toString());
        }
        return fail(u"application_has_errors"_s,
                    tr("The application cannot be filed while a check fails: %1").arg(errors.join(u"；"_s)), u"checks"_s);
    }
    auto profile = m_store.profile();
    if (!profile)
        return std::unexpected(profile.error());
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto key = filing::Filings::signingKey(m_store);
    if (!key)
        return std::unexpected(key.error());
    const QString at = store::timestampNow();
    const QJsonObject content{{u"id"_s, application->id},
                              {u"kind"_s, application->kind},
                              {u"period"_s, application->period},
                              {u"revision"_s, application->revision},
                              {u"enterprise"_s, profile->creditCode},
                              {u"amount_claimed"_s, application->amountClaimed},
                              {u"request"_s, application->request},
                              {u"figures"_s, application->result.value(u"figures"_s)},
                              {u"filed_at"_s, at},
                              {u"filed_by"_s, m_store.actor().userName}};
    const QString contentText = compact(content);
    auto signature = crypto::Ed25519::sign(key->first, signingBytes(content));
    if (!signature)
        return std::unexpected(signature.error());
    const QJsonObject payload{
        {u"content"_s, content}, {u"signature"_s, QString::fromLatin1(signature->toBase64())}, {u"public_key"_s, key->second}};
    auto moved
        = transition(*application, {{u"state"_s, RefundState::Submitted}, {u"at"_s, at}, {u"by"_s, m_store.actor().userName}},
                     u"refund.filed"_s, payload);
    if (!moved)
        return std::unexpected(moved.error());
    auto uuid = m_store.database().prepare("SELECT uuid FROM outbox WHERE type = 'refund.filed' ORDER BY sequence DESC LIMIT 1");
    if (!uuid)
        return std::unexpected(uuid.error());
    if (auto row = uuid->step(); !row)
        return std::unexpected(row.error());
    auto link
        = m_store.database().prepare("UPDATE refund_application SET outbox_uuid = ?, content = ?, signature = ? WHERE id = ?");
    if (!link)
        return std::unexpected(link.error());
    link->bind(1, uuid->text(0)).bind(2, contentText).bind(3, payload.value(u"signature"_s).toString()).bind(4, id);
    if (auto ran = link->run(); !ran)
        return std::unexpected(ran.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return show(id);
}

Result<RefundApplication> RefundApplications::withdraw(const QString &id, const QString &reason)
{
    if (auto allowed = m_store.require(Permission::Record, tr("withdraw refund applications")); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return fail(u"reason_required"_s, tr("Say why the application is withdrawn."), u"reason"_s);
    auto application = show(id);
    if (!application)
        return std::unexpected(application.error());
    if (auto allowed = RefundStateMachine::check(application->state, RefundState::Withdrawn, RefundActor::Taxpayer); !allowed)
        return std::unexpected(allowed.error());
    auto profile = m_store.profile();
    if (!profile)
        return std::unexpected(profile.error());
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    const QJsonObject step{{u"state"_s, RefundState::Withdrawn},
                           {u"at"_s, store::timestampNow()},
                           {u"by"_s, m_store.actor().userName},
                           {u"reason"_s, reason.trimmed()}};
    QJsonObject payload = step;
    payload.insert(u"id"_s, id);
    payload.insert(u"enterprise"_s, profile->creditCode);
    auto moved = transition(*application, step, u"refund.withdrawn"_s, payload);
    if (!moved)
        return std::unexpected(moved.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return show(id);
}

Result<void> RefundApplications::discard(const QString &id)
{
    if (auto allowed = m_store.require(Permission::Record, tr("discard refund applications")); !allowed)
        return std::unexpected(allowed.error());
    auto application = show(id);
    if (!application)
        return std::unexpected(application.error());
    if (application->state != RefundState::Draft || application->revision > 1)
        return fail(u"not_a_draft"_s, tr("Only a draft that was never filed can be discarded; withdraw a filed application."),
                    u"id"_s);
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto removed = m_store.database().prepare("DELETE FROM refund_application WHERE id = ? AND state = 'draft'");
    if (!removed)
        return std::unexpected(removed.error());
    removed->bind(1, id);
    if (auto ran = removed->run(); !ran)
        return ran;
    if (auto recorded = m_store.recordChange({u"delete"_s, u"refund_application"_s, id, application->toJson(false), {}, {}});
        !recorded)
        return recorded;
    return transaction->commit();
}

Result<bool> RefundApplications::receiveStatus(const QJsonObject &status)
{
    const QString id = status.value(u"id"_s).toString();
    const QString state = status.value(u"state"_s).toString();
    auto application = show(id);
    if (!application)
        return std::unexpected(application.error());
    for (const QJsonValue &step : std::as_const(application->history)) {
        if (step.toObject().value(u"state"_s).toString() == state
            && step.toObject().value(u"at"_s).toString() == status.value(u"at"_s).toString())
            return false; // already applied
    }
    if (application->state == state)
        return false;
    if (auto allowed = RefundStateMachine::check(application->state, state, RefundActor::Office); !allowed)
        return std::unexpected(allowed.error());
    QJsonObject step{
        {u"state"_s, state}, {u"at"_s, status.value(u"at"_s).toString()}, {u"by"_s, status.value(u"by"_s).toString()}};
    for (const QString &key : {u"reason"_s, u"amount"_s, u"document"_s}) {
        if (!status.value(key).toString().isEmpty())
            step.insert(key, status.value(key).toString());
    }
    // The sync applies a page of changes in one transaction; alone, this is its own.
    std::optional<store::Transaction> transaction;
    if (!m_store.database().inTransaction()) {
        auto begun = store::Transaction::begin(m_store.database());
        if (!begun)
            return std::unexpected(begun.error());
        transaction.emplace(std::move(*begun));
    }
    auto moved = transition(*application, step, {}, {});
    if (!moved)
        return std::unexpected(moved.error());
    if (transaction) {
        if (auto committed = transaction->commit(); !committed)
            return std::unexpected(committed.error());
    }
    return true;
}

Result<QList<ExportEntry>> RefundApplications::exportRegister(const QString &period)
{
    auto statement = m_store.database().prepare("SELECT data FROM filing_data WHERE kind = 'export_register' AND period = ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, period);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    QList<ExportEntry> entries;
    if (!*row)
        return entries;
    const QJsonArray stored = parseArray(statement->text(0));
    for (qsizetype i = 0; i < stored.size(); ++i) {
        auto entry = ExportEntry::fromJson(stored.at(i).toObject(), static_cast<int>(i) + 1);
        if (!entry)
            return std::unexpected(entry.error());
        entries.append(*entry);
    }
    return entries;
}

Result<QList<ExportEntry>> RefundApplications::saveExportRegister(const QString &period, const QJsonArray &entries)
{
    if (auto allowed = m_store.require(Permission::Record, tr("keep the export register")); !allowed)
        return std::unexpected(allowed.error());
    auto parsed = filing::Period::parse(period);
    if (!parsed || parsed->kind != filing::Period::Kind::Month)
        return fail(u"invalid_period"_s, tr("The month of the register must be YYYY-MM, not \"%1\".").arg(period), u"period"_s);
    if (entries.size() > 10'000)
        return fail(u"input_too_large"_s, tr("A month's register holds at most %1 exports.").arg(10'000), u"entries"_s);
    QList<ExportEntry> list;
    QSet<QString> declarations;
    QJsonArray normalised;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int line = static_cast<int>(i) + 1;
        if (!entries.at(i).isObject())
            return fail(u"invalid_type"_s, tr("Export %1 must be an entry of the register.").arg(line),
                        u"entries[%1]"_s.arg(line));
        auto entry = ExportEntry::fromJson(entries.at(i).toObject(), line);
        if (!entry)
            return std::unexpected(entry.error());
        if (entry->exportDate < parsed->start || entry->exportDate > parsed->end)
            return fail(u"out_of_period"_s,
                        tr("Export %1: exported on %2, outside %3: it belongs to that month's register.")
                            .arg(line)
                            .arg(entry->exportDate.toString(Qt::ISODate), period),
                        u"entries[%1].export_date"_s.arg(line));
        if (declarations.contains(entry->declarationNumber))
            return fail(u"duplicate"_s,
                        tr("Export %1: declaration line %2 is already in the register.").arg(line).arg(entry->declarationNumber),
                        u"entries[%1].declaration_number"_s.arg(line));
        declarations.insert(entry->declarationNumber);
        list.append(*entry);
        normalised.append(entry->toJson());
    }
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto statement = m_store.database().prepare(
        "INSERT OR REPLACE INTO filing_data (kind, period, data, updated_at) VALUES ('export_register', ?, ?, ?)");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, period)
        .bind(2, QString::fromUtf8(QJsonDocument(normalised).toJson(QJsonDocument::Compact)))
        .bind(3, store::timestampNow());
    if (auto ran = statement->run(); !ran)
        return std::unexpected(ran.error());
    if (auto recorded
        = m_store.recordChange({u"update"_s, u"export_register"_s, period, {}, {{u"entries"_s, normalised.size()}}, {}});
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return list;
}

Result<RefundApplications::Granted> RefundApplications::grantedIn(const QString &period)
{
    auto decided = query("WHERE r.kind IN ('retained_credit', 'export_declaration') AND r.state IN ('approved', 'treasury', "
                         "'treasury_failed', 'paid', 'offset') AND substr(r.decided_at, 1, 7) = ?",
                         {period});
    if (!decided)
        return std::unexpected(decided.error());
    Granted granted;
    for (const RefundApplication &a : std::as_const(*decided)) {
        const Decimal approved = decimalOf(a.amountApproved);
        if (a.kind == u"retained_credit") {
            granted.retainedRefund = granted.retainedRefund + approved;
            granted.sources.append(tr("Retained-credit refund %1 approved on %2 (application for %3)")
                                       .arg(moneyText(approved), a.decidedAt.left(10), a.period));
        } else {
            const QJsonObject figures = a.result.value(u"figures"_s).toObject();
            const Decimal ceiling = decimalOf(figures.value(u"exempt_offset_refund"_s));
            granted.exportRefund = granted.exportRefund + approved;
            granted.exemptOffset = granted.exemptOffset + calc::maxOf(Decimal(), ceiling - approved);
            granted.sources.append(tr("免抵退 refund %1 approved on %2 (declaration for %3)")
                                       .arg(moneyText(approved), a.decidedAt.left(10), a.period));
        }
    }
    return granted;
}

QByteArray RefundApplications::signingBytes(const QJsonObject &content)
{
    return "taxbox-refund-v1\n" + QJsonDocument(content).toJson(QJsonDocument::Compact);
}

RefundClock RefundApplications::clock(const RefundApplication &application, const rules::RulePack &refundRules, QDate today)
{
    RefundClock clock;
    const QDate submitted = QDateTime::fromString(application.submittedAt, Qt::ISODateWithMs).date();
    if (!submitted.isValid())
        return clock;
    using namespace RefundState;
    clock.running = application.state == Submitted || application.state == Accepted || application.state == UnderReview;
    const QDate decided = QDateTime::fromString(application.decidedAt, Qt::ISODateWithMs).date();
    clock.days = static_cast<int>(submitted.daysTo(clock.running || !decided.isValid() ? today : decided));
    if (auto days = refundRules.value(u"application.clock_days"_s, submitted))
        clock.limitDays = days->toObject().value(application.kind).toInt();
    if (clock.limitDays > 0) {
        clock.due = submitted.addDays(clock.limitDays);
        clock.overdue = clock.running && today > clock.due;
    }
    return clock;
}

Result<QList<RefundApplications::Table>> RefundApplications::applicationTables(const RefundApplication &application)
{
    auto profile = m_store.profile();
    if (!profile)
        return std::unexpected(profile.error());
    const QJsonObject figures = application.result.value(u"figures"_s).toObject();
    const QStringList subtitle{u"纳税人名称：%1"_s.arg(profile->name), u"统一社会信用代码：%1"_s.arg(profile->creditCode),
                               u"所属期：%1    状态：%2"_s.arg(application.period, RefundStateMachine::label(application.state))};
    QList<Table> tables;
    if (application.kind == u"export_declaration") {
        Table summary{u"免抵退税申报汇总表"_s, subtitle, {{u"项目"_s, u"金额（元）"_s}}, {1}, u"export_summary"_s};
        summary.rows.append({u"免抵退出口货物销售额（人民币）"_s, figures.value(u"fob_cny"_s).toString()});
        summary.rows.append({u"免抵退税不得免征和抵扣税额"_s, figures.value(u"non_creditable"_s).toString()});
        summary.rows.append({u"免抵退税额"_s, figures.value(u"exempt_offset_refund"_s).toString()});
        summary.rows.append({u"期末留抵税额（增值税申报表第20栏）"_s, figures.value(u"ending_credit"_s).toString()});
        summary.rows.append({u"当期应退税额"_s, figures.value(u"refund"_s).toString()});
        summary.rows.append({u"当期免抵税额"_s, figures.value(u"exempt_offset"_s).toString()});
        summary.rows.append({u"结转下期留抵税额"_s, figures.value(u"carry_forward_credit"_s).toString()});
        tables.append(summary);
        Table detail{u"生产企业出口货物免抵退税申报明细表"_s,
                     subtitle,
                     {{u"序号"_s, u"关联号"_s, u"出口发票号"_s, u"出口报关单号"_s, u"出口日期"_s, u"商品代码"_s, u"商品名称"_s,
                       u"计量单位"_s, u"出口数量"_s, u"币别"_s, u"外币离岸价"_s, u"汇率"_s, u"人民币离岸价"_s, u"征税率"_s,
                       u"退税率"_s, u"不得免征和抵扣税额"_s, u"免抵退税额"_s}},
                     {10, 12, 15, 16},
                     u"export_detail"_s};
        int n = 0;
        for (const QJsonValue &value : figures.value(u"lines"_s).toArray()) {
            const QJsonObject l = value.toObject();
            detail.rows.append({QString::number(++n), l.value(u"link_number"_s).toString(),
                                l.value(u"invoice_number"_s).toString(), l.value(u"declaration_number"_s).toString(),
                                l.value(u"export_date"_s).toString(), l.value(u"hs_code"_s).toString(),
                                l.value(u"name"_s).toString(), l.value(u"unit"_s).toString(), l.value(u"quantity"_s).toString(),
                                l.value(u"currency"_s).toString(), l.value(u"fob_foreign"_s).toString(),
                                l.value(u"fx_rate"_s).toString(), l.value(u"fob_cny"_s).toString(),
                                l.value(u"levy_rate"_s).toString(), l.value(u"refund_rate"_s).toString(),
                                l.value(u"non_creditable"_s).toString(), l.value(u"exempt_offset_refund"_s).toString()});
        }
        tables.append(detail);
        return tables;
    }
    Table form{u"退(抵)税申请表"_s, subtitle, {{u"项目"_s, u"内容"_s}}, {}, u"application"_s};
    const QString type = application.kind == u"retained_credit" ? u"留抵退税"_s
        : application.kind == u"overpayment"                    ? u"误收退税"_s
                                                                : u"汇算结算退税"_s;
    form.rows.append({u"申请人名称"_s, profile->name});
    form.rows.append({u"申请人类型"_s, u"纳税人"_s});
    form.rows.append({u"纳税人名称"_s, profile->name});
    form.rows.append({u"统一社会信用代码（纳税人识别号）"_s, profile->creditCode});
    form.rows.append({u"联系电话"_s, profile->phone});
    form.rows.append({u"退税类型"_s, type});
    form.rows.append({u"申请退税金额（元）"_s, application.amountClaimed});
    if (application.kind == u"retained_credit") {
        const QJsonArray credits = figures.value(u"credits"_s).toArray();
        form.rows.append({u"政策依据"_s, u"财政部 税务总局公告2025年第7号"_s});
        const QString route = figures.value(u"route"_s).toString();
        form.rows.append({u"退税情形"_s,
                          route == u"industries_4"      ? u"制造业等4个行业"_s
                              : route == u"real_estate" ? u"房地产开发经营"_s
                                                        : u"其他纳税人"_s});
        if (!credits.isEmpty())
            form.rows.append({u"连续六个月起止"_s,
                              u"%1 至 %2"_s.arg(credits.first().toObject().value(u"period"_s).toString(),
                                                credits.last().toObject().value(u"period"_s).toString())});
        for (const QJsonValue &c : credits)
            form.rows.append({u"%1 期末留抵税额"_s.arg(c.toObject().value(u"period"_s).toString()),
                              c.toObject().value(u"credit"_s).toString()});
        if (figures.contains(u"credit_at_prior_year_end"_s))
            form.rows.append({u"上年末期末留抵税额"_s, figures.value(u"credit_at_prior_year_end"_s).toString()});
        if (figures.contains(u"credit_at_2019_03"_s))
            form.rows.append({u"2019年3月31日期末留抵税额"_s, figures.value(u"credit_at_2019_03"_s).toString()});
        form.rows.append({u"增量留抵税额"_s, figures.value(u"new_credit"_s).toString()});
        form.rows.append({u"进项构成比例"_s, figures.value(u"ratio"_s).toString()});
        form.rows.append({u"本期申请退还的留抵税额"_s, figures.value(u"refundable"_s).toString()});
        form.rows.append({u"纳税缴费信用级别"_s, application.request.value(u"credit_level"_s).toString()});
        const QJsonObject declarations = application.request.value(u"declarations"_s).toObject();
        form.rows.append({u"申请退税前36个月未发生骗取留抵退税、出口退税或虚开增值税专用发票情形"_s,
                          yesNo(declarations.value(u"no_fraud_36_months"_s).toBool(true))});
        form.rows.append({u"申请退税前36个月未因偷税被税务机关处罚两次及以上"_s,
                          yesNo(declarations.value(u"evasion_penalties_36_months"_s).toInt() < 2)});
        form.rows.append({u"2019年4月1日起未享受即征即退、先征后返（退）政策"_s,
                          yesNo(!declarations.value(u"instant_refunds_since_2019_04"_s).toBool(false))});
        tables.append(form);
        return tables;
    }
    if (application.kind == u"cit_settlement") {
        form.rows.append({u"税种"_s, u"企业所得税"_s});
        form.rows.append({u"税款所属年度"_s, application.period});
        form.rows.append({u"本年已预缴所得税额"_s, figures.value(u"prepaid"_s).toString()});
        form.rows.append({u"年度应纳所得税额"_s, figures.value(u"annual_tax"_s).toString()});
        form.rows.append({u"多缴税额"_s, figures.value(u"overpaid"_s).toString()});
        form.rows.append(
            {u"处理方式"_s, figures.value(u"disposition"_s).toString() == u"offset" ? u"抵缴下一年度应纳税款"_s : u"退还"_s});
        tables.append(form);
        return tables;
    }
    form.rows.append({u"退税原因"_s, figures.value(u"reason"_s).toString()});
    tables.append(form);
    Table paid{u"原完税情况"_s,
               subtitle,
               {{u"税种"_s, u"税款所属期"_s, u"税票号码"_s, u"缴款日期"_s, u"实缴金额"_s, u"应缴金额"_s, u"多缴金额"_s}},
               {4, 5, 6},
               u"payments"_s};
    for (const QJsonValue &value : figures.value(u"payments"_s).toArray()) {
        const QJsonObject p = value.toObject();
        paid.rows.append({p.value(u"tax"_s).toString(), p.value(u"period"_s).toString(), p.value(u"voucher"_s).toString(),
                          p.value(u"paid_on"_s).toString(), p.value(u"paid"_s).toString(), p.value(u"due"_s).toString(),
                          p.value(u"overpaid"_s).toString()});
    }
    tables.append(paid);
    return tables;
}

} // namespace taxbox::refund
