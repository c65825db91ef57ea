#include "Payroll.h"

#include <QSet>

#include "ids/ResidentIdNumber.h"
#include "money/Decimal.h"
#include "money/Money.h"
#include "store/EnterpriseStore.h"

#include <algorithm>
#include <optional>
#include <string>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::payroll {

namespace {

qint64 fenOfRule(const Decimal &value)
{
    return value.toMoney()->fen();
}

} // namespace

// ----------------------------------------------------------------------------------------------------
Result<Period> Period::parse(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})$"_s);
    const auto match = pattern.match(text.trimmed());
    const int month = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (!match.hasMatch() || month < 1 || month > 12)
        return fail(u"invalid_period"_s, Payroll::tr("\"%1\" must be a month such as \"2025-03\".").arg(field), field);
    return Period{match.captured(1).toInt(), month};
}

// ----------------------------------------------------------------------------------------------------
QJsonObject Declarations::toJson() const
{
    QJsonObject object;
    if (childEducation > 0)
        object.insert(u"child_education"_s, childEducation);
    if (infantCare > 0)
        object.insert(u"infant_care"_s, infantCare);
    if (!elderlySupport.isEmpty())
        object.insert(u"elderly_support"_s, elderlySupport);
    if (!housing.isEmpty())
        object.insert(u"housing"_s, housing);
    if (continuingEducationDegree)
        object.insert(u"continuing_education_degree"_s, true);
    return object;
}

Result<Declarations> Declarations::fromJson(const QJsonObject &object)
{
    Declarations d;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString field = u"declarations."_s + it.key();
        if (it.key() == u"child_education" || it.key() == u"infant_care") {
            const int count = it.value().toInt(-1);
            if (!it.value().isDouble() || count < 0 || count > 20)
                return fail(u"out_of_range"_s, Employee::tr("\"%1\" must be a number of children from 0 to 20.").arg(field),
                            field);
            (it.key() == u"child_education" ? d.childEducation : d.infantCare) = count;
        } else if (it.key() == u"elderly_support") {
            d.elderlySupport = it.value().toString();
            if (d.elderlySupport != u"only_child" && !Money::parse(d.elderlySupport, field))
                return fail(u"invalid_choice"_s,
                            Employee::tr("\"%1\" must be \"only_child\" or a monthly share such as \"1000\".").arg(field), field);
        } else if (it.key() == u"housing") {
            d.housing = it.value().toString();
            static const QStringList allowed{u"loan"_s, u"rent_tier1"_s, u"rent_tier2"_s, u"rent_tier3"_s};
            if (!allowed.contains(d.housing))
                return fail(u"invalid_choice"_s, Employee::tr("\"%1\" must be one of %2.").arg(field, allowed.join(u", "_s)),
                            field);
        } else if (it.key() == u"continuing_education_degree") {
            d.continuingEducationDegree = it.value().toBool();
        } else {
            return fail(u"unknown_field"_s, Employee::tr("\"%1\" is not a declaration.").arg(field), field);
        }
    }
    return d;
}

Result<DeductionAmounts> DeductionAmounts::fromPack(const rules::RulePack &pack, QDate date)
{
    const QString key = u"iit.special_additional_deductions"_s;
    DeductionAmounts amounts;
    const std::pair<const char16_t *, qint64 *> members[]
        = {{u"child_education", &amounts.childEducation},
           {u"infant_care", &amounts.infantCare},
           {u"elderly_support", &amounts.elderlySupport},
           {u"elderly_support_share_max", &amounts.elderlySupportShareMax},
           {u"housing_loan", &amounts.housingLoan},
           {u"housing_rent.tier1", &amounts.rentTier1},
           {u"housing_rent.tier2", &amounts.rentTier2},
           {u"housing_rent.tier3", &amounts.rentTier3},
           {u"continuing_education_degree", &amounts.continuingEducationDegree}};
    for (const auto &[member, target] : members) {
        auto value = pack.decimal(key, QString::fromUtf16(member), date);
        if (!value)
            return std::unexpected(value.error());
        *target = fenOfRule(*value);
    }
    return amounts;
}

qint64 Declarations::monthlyFen(const DeductionAmounts &amounts) const
{
    qint64 total = amounts.childEducation * childEducation + amounts.infantCare * infantCare;
    if (elderlySupport == u"only_child")
        total += amounts.elderlySupport;
    else if (!elderlySupport.isEmpty())
        total += std::min<qint64>(amounts.elderlySupportShareMax, Money::parse(elderlySupport)->fen());
    if (housing == u"loan")
        total += amounts.housingLoan;
    else if (housing == u"rent_tier1")
        total += amounts.rentTier1;
    else if (housing == u"rent_tier2")
        total += amounts.rentTier2;
    else if (housing == u"rent_tier3")
        total += amounts.rentTier3;
    if (continuingEducationDegree)
        total += amounts.continuingEducationDegree;
    return total;
}

Result<qint64> Declarations::monthlyFen(const rules::RulePack &pack, QDate date) const
{
    auto amounts = DeductionAmounts::fromPack(pack, date);
    if (!amounts)
        return std::unexpected(amounts.error());
    return monthlyFen(*amounts);
}

// ----------------------------------------------------------------------------------------------------
QJsonObject Employee::toJson() const
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"resident_id"_s, residentId},
            {u"hire_date"_s, hireDate.toString(Qt::ISODate)},
            {u"first_job"_s, firstJob},
            {u"sixty_thousand_rule"_s, sixtyThousandRule},
            {u"declarations"_s, declarations.toJson()}};
}

Result<Employee> Employee::fromJson(const QJsonObject &object, QDate today)
{
    static const QStringList known{
        u"id"_s, u"name"_s, u"resident_id"_s, u"hire_date"_s, u"first_job"_s, u"sixty_thousand_rule"_s, u"declarations"_s};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return fail(u"unknown_field"_s, tr("\"%1\" is not an employee field.").arg(it.key()), it.key());
    }
    Employee employee;
    employee.id = object.value(u"id"_s).toString();
    employee.name = object.value(u"name"_s).toString().trimmed();
    if (employee.name.isEmpty() || employee.name.size() > 64)
        return fail(u"required"_s, tr("The employee's name is required (at most 64 characters)."), u"name"_s);
    auto id = ResidentIdNumber::parse(object.value(u"resident_id"_s).toString(), today);
    if (!id)
        return fail(id.error().code, tr("Resident identity number: %1").arg(id.error().message), u"resident_id"_s);
    employee.residentId = id->text();
    employee.hireDate = QDate::fromString(object.value(u"hire_date"_s).toString(), Qt::ISODate);
    if (!employee.hireDate.isValid())
        return fail(u"invalid_date"_s, tr("Hired on: enter a date such as 2025-03-01."), u"hire_date"_s);
    employee.firstJob = object.value(u"first_job"_s).toBool(false);
    employee.sixtyThousandRule = object.value(u"sixty_thousand_rule"_s).toBool(false);
    auto declarations = Declarations::fromJson(object.value(u"declarations"_s).toObject());
    if (!declarations)
        return std::unexpected(declarations.error());
    employee.declarations = *declarations;
    return employee;
}

// ----------------------------------------------------------------------------------------------------
Payroll::Payroll(store::EnterpriseStore &store, const rules::RulePack &pack)
    : m_store(store)
    , m_pack(pack)
{ }

Result<Employee> Payroll::addEmployee(Employee employee)
{
    auto added = addEmployees({std::move(employee)});
    if (!added)
        return std::unexpected(added.error());
    return added->constFirst();
}

Result<QList<Employee>> Payroll::addEmployees(QList<Employee> employees)
{
    if (auto allowed = m_store.require(Permission::Record, tr("add an employee")); !allowed)
        return std::unexpected(allowed.error());
    auto &db = m_store.database();
    auto transaction = store::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto exists = db.prepare("SELECT name FROM employee WHERE resident_id = ?");
    auto insert
        = db.prepare("INSERT INTO employee (id, name, resident_id, hire_date, first_job, sixty_thousand_rule, declarations, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!exists || !insert)
        return std::unexpected(!exists ? exists.error() : insert.error());
    const QString stamp = store::timestampNow();
    for (Employee &employee : employees) {
        exists->bind(1, employee.residentId);
        auto found = exists->step();
        if (!found)
            return std::unexpected(found.error());
        if (*found) {
            return fail(u"duplicate_employee"_s,
                        tr("An employee with the resident identity number %1 already exists: %2.")
                            .arg(employee.residentId, exists->text(0)),
                        u"resident_id"_s);
        }
        exists->reset();
        employee.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insert->bind(1, employee.id)
            .bind(2, employee.name)
            .bind(3, employee.residentId)
            .bind(4, employee.hireDate.toString(Qt::ISODate))
            .bind(5, employee.firstJob ? 1 : 0)
            .bind(6, employee.sixtyThousandRule ? 1 : 0)
            .bind(7, QString::fromUtf8(QJsonDocument(employee.declarations.toJson()).toJson(QJsonDocument::Compact)))
            .bind(8, stamp)
            .bind(9, stamp);
        if (auto ran = insert->run(); !ran)
            return std::unexpected(ran.error());
        insert->reset();
        if (auto audited = m_store.recordChange({u"create"_s, u"employee"_s, employee.id, {}, employee.toJson(), {}}); !audited)
            return std::unexpected(audited.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return employees;
}

Result<QList<Employee>> Payroll::employees()
{
    auto select = m_store.database().prepare("SELECT id, name, resident_id, hire_date, first_job, sixty_thousand_rule, "
                                             "declarations FROM employee ORDER BY name, resident_id");
    if (!select)
        return std::unexpected(select.error());
    QList<Employee> list;
    if (auto rows = select->forEachRow([&] {
            Employee employee;
            employee.id = select->text(0);
            employee.name = select->text(1);
            employee.residentId = select->text(2);
            employee.hireDate = QDate::fromString(select->text(3), Qt::ISODate);
            employee.firstJob = select->int64(4) != 0;
            employee.sixtyThousandRule = select->int64(5) != 0;
            employee.declarations
                = Declarations::fromJson(QJsonDocument::fromJson(select->text(6).toUtf8()).object()).value_or(Declarations{});
            list.append(employee);
        });
        !rows)
        return std::unexpected(rows.error());
    return list;
}

Result<Employee> Payroll::employeeIn(const QList<Employee> &list, const QString &employeeId)
{
    const auto found = std::find_if(list.cbegin(), list.cend(), [&](const Employee &e) { return e.id == employeeId; });
    if (found == list.cend())
        return fail(u"not_found"_s, tr("This employee no longer exists."), u"id"_s);
    return *found;
}

Result<QString> Payroll::firstClosedMonthOf(const QString &employeeId)
{
    auto closed = m_store.database().prepare(
        "SELECT min(m.period) FROM payroll_month m WHERE m.state = 'closed' AND (EXISTS (SELECT 1 FROM withholding w WHERE "
        "w.period = m.period AND w.employee_id = ?1) OR EXISTS (SELECT 1 FROM payroll_entry e WHERE e.period = m.period AND "
        "e.employee_id = ?1))");
    if (!closed)
        return std::unexpected(closed.error());
    closed->bind(1, employeeId);
    auto row = closed->step();
    if (!row)
        return std::unexpected(row.error());
    return *row && !closed->isNull(0) ? closed->text(0) : QString();
}

Result<void> Payroll::markOpenMonthsOfStale(const QString &employeeId)
{
    auto stale = m_store.database().prepare(
        "UPDATE payroll_month SET computed_at = NULL WHERE state = 'open' AND (period IN (SELECT period FROM payroll_entry "
        "WHERE employee_id = ?1) OR period IN (SELECT period FROM withholding WHERE employee_id = ?1))");
    if (!stale)
        return std::unexpected(stale.error());
    stale->bind(1, employeeId);
    return stale->run();
}

Result<Employee> Payroll::updateEmployee(const Employee &employee)
{
    if (auto allowed = m_store.require(Permission::Record, tr("change an employee")); !allowed)
        return std::unexpected(allowed.error());
    auto list = employees();
    if (!list)
        return std::unexpected(list.error());
    auto current = employeeIn(*list, employee.id);
    if (!current)
        return std::unexpected(current.error());
    for (const Employee &other : std::as_const(*list)) {
        if (other.id != employee.id && other.residentId == employee.residentId)
            return fail(
                u"duplicate_employee"_s,
                tr("An employee with the resident identity number %1 already exists: %2.").arg(employee.residentId, other.name),
                u"resident_id"_s);
    }
    auto closed = firstClosedMonthOf(employee.id);
    if (!closed)
        return std::unexpected(closed.error());
    if (!closed->isEmpty()) {
        // What the filed returns say about the person stays as filed; only the declarations look forward.
        const std::pair<bool, QString> identity[] = {
            {current->name != employee.name, u"name"_s},
            {current->residentId != employee.residentId, u"resident_id"_s},
            {current->hireDate != employee.hireDate, u"hire_date"_s},
            {current->firstJob != employee.firstJob, u"first_job"_s},
            {current->sixtyThousandRule != employee.sixtyThousandRule, u"sixty_thousand_rule"_s},
        };
        for (const auto &[changed, field] : identity) {
            if (changed)
                return fail(u"employee_has_closed_months"_s,
                            tr("%1 is on the closed payroll of %2: who they are stays as filed. Only the special "
                               "additional deductions can change; to correct a filed month, reopen it first.")
                                .arg(current->name, *closed),
                            field);
        }
    }
    auto &db = m_store.database();
    auto transaction = store::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update = db.prepare("UPDATE employee SET name = ?, resident_id = ?, hire_date = ?, first_job = ?, "
                             "sixty_thousand_rule = ?, declarations = ?, updated_at = ? WHERE id = ?");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, employee.name)
        .bind(2, employee.residentId)
        .bind(3, employee.hireDate.toString(Qt::ISODate))
        .bind(4, employee.firstJob ? 1 : 0)
        .bind(5, employee.sixtyThousandRule ? 1 : 0)
        .bind(6, QString::fromUtf8(QJsonDocument(employee.declarations.toJson()).toJson(QJsonDocument::Compact)))
        .bind(7, store::timestampNow())
        .bind(8, employee.id);
    if (auto ran = update->run(); !ran)
        return std::unexpected(ran.error());
    if (auto stale = markOpenMonthsOfStale(employee.id); !stale)
        return std::unexpected(stale.error());
    if (auto audited = m_store.recordChange({u"update"_s, u"employee"_s, employee.id, current->toJson(), employee.toJson(), {}});
        !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return employee;
}

Result<void> Payroll::removeEmployee(const QString &employeeId)
{
    if (auto allowed = m_store.require(Permission::Record, tr("remove an employee")); !allowed)
        return std::unexpected(allowed.error());
    auto list = employees();
    if (!list)
        return std::unexpected(list.error());
    auto current = employeeIn(*list, employeeId);
    if (!current)
        return std::unexpected(current.error());
    auto closed = firstClosedMonthOf(employeeId);
    if (!closed)
        return std::unexpected(closed.error());
    if (!closed->isEmpty())
        return fail(u"employee_has_closed_months"_s,
                    tr("%1 is on the closed payroll of %2 and cannot be removed: the filed returns name them. Someone who "
                       "has left simply gets no more wages.")
                        .arg(current->name, *closed),
                    u"id"_s);
    auto &db = m_store.database();
    auto transaction = store::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto stale = markOpenMonthsOfStale(employeeId); !stale)
        return std::unexpected(stale.error());
    for (const char *sql : {"DELETE FROM payroll_entry WHERE employee_id = ?", "DELETE FROM withholding WHERE employee_id = ?",
                            "DELETE FROM payroll_opening WHERE employee_id = ?", "DELETE FROM employee WHERE id = ?"}) {
        auto remove = db.prepare(sql);
        if (!remove)
            return std::unexpected(remove.error());
        remove->bind(1, employeeId);
        if (auto ran = remove->run(); !ran)
            return std::unexpected(ran.error());
    }
    if (auto audited = m_store.recordChange({u"delete"_s, u"employee"_s, employeeId, current->toJson(), {}, {}}); !audited)
        return std::unexpected(audited.error());
    return transaction->commit();
}

Result<std::optional<Entry>> Payroll::entry(const Period &period, const QString &residentId)
{
    auto all = entries(period);
    if (!all)
        return std::unexpected(all.error());
    const auto found = all->constFind(residentId);
    return found == all->cend() ? std::optional<Entry>{} : std::optional<Entry>{*found};
}

Result<QHash<QString, Entry>> Payroll::entries(const Period &period)
{
    auto select = m_store.database().prepare(
        "SELECT e.resident_id, p.income_fen, p.exempt_fen, p.special_fen, p.additional_fen, p.other_fen, p.relief_fen FROM "
        "payroll_entry p JOIN employee e ON e.id = p.employee_id WHERE p.period = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, period.toString());
    QHash<QString, Entry> found;
    if (auto rows = select->forEachRow([&] {
            Entry entry;
            entry.residentId = select->text(0);
            entry.wages = {select->int64(1), select->int64(2), select->int64(3), select->isNull(4) ? 0 : select->int64(4),
                           select->int64(5), select->int64(6)};
            entry.additionalGiven = !select->isNull(4);
            found.insert(entry.residentId, entry);
        });
        !rows)
        return std::unexpected(rows.error());
    return found;
}

Result<MonthState> Payroll::state(const Period &period)
{
    auto select = m_store.database().prepare("SELECT state, computed_at FROM payroll_month WHERE period = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, period.toString());
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return MonthState::Empty;
    if (select->text(0) == u"closed")
        return MonthState::Closed;
    return select->isNull(1) ? MonthState::Open : MonthState::Computed;
}

Result<void> Payroll::refuseClosed(const Period &period)
{
    auto current = state(period);
    if (!current)
        return std::unexpected(current.error());
    if (*current == MonthState::Closed) {
        return fail(u"month_closed"_s,
                    tr("The payroll of %1 is closed. Reopen it explicitly (the reopening is audited) to change it.")
                        .arg(period.toString()),
                    u"period"_s);
    }
    return {};
}

Result<void> Payroll::refuseClosedLater(const Period &period)
{
    auto later = m_store.database().prepare(
        "SELECT period FROM payroll_month WHERE period > ? AND period <= ? AND state = 'closed' ORDER BY period");
    if (!later)
        return std::unexpected(later.error());
    later->bind(1, period.toString()).bind(2, Period{period.year, 12}.toString());
    auto found = later->step();
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return fail(u"later_month_closed"_s,
                    tr("%1 is closed and builds on %2: reopen %1 first.").arg(later->text(0), period.toString()), u"period"_s);
    return {};
}

Result<void> Payroll::markLaterStale(const Period &period)
{
    auto stale = m_store.database().prepare(
        "UPDATE payroll_month SET computed_at = NULL WHERE period > ? AND period <= ? AND state = 'open'");
    if (!stale)
        return std::unexpected(stale.error());
    stale->bind(1, period.toString()).bind(2, Period{period.year, 12}.toString());
    return stale->run();
}

Result<int> Payroll::importEntries(const Period &period, const QList<Entry> &entries)
{
    if (auto allowed = m_store.require(Permission::Record, tr("import payroll")); !allowed)
        return std::unexpected(allowed.error());
    if (auto open = refuseClosed(period); !open)
        return std::unexpected(open.error());
    if (auto later = refuseClosedLater(period); !later)
        return std::unexpected(later.error());
    auto &db = m_store.database();
    auto transaction = store::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto stale = markLaterStale(period); !stale)
        return std::unexpected(stale.error());
    auto find = db.prepare("SELECT resident_id, id FROM employee");
    // Delete then insert rather than INSERT OR REPLACE: REPLACE makes every row a "multi-write" that
    // needs a statement journal, and SQLCipher encrypts each journalled page (measured: most of the
    // import time in bench/payroll). SQLCipher 3.4 bundles SQLite 3.15, so there is no UPSERT either.
    auto remove = db.prepare("DELETE FROM payroll_entry WHERE period = ? AND employee_id = ?");
    auto upsert = db.prepare("INSERT INTO payroll_entry (period, employee_id, income_fen, exempt_fen, special_fen, "
                             "additional_fen, other_fen, relief_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto month = db.prepare("INSERT OR IGNORE INTO payroll_month (period, state) VALUES (?, 'open')");
    auto stale = db.prepare("UPDATE payroll_month SET computed_at = NULL WHERE period = ?");
    if (!find || !remove || !upsert || !month || !stale)
        return std::unexpected(!find         ? find.error()
                                   : !remove ? remove.error()
                                   : !upsert ? upsert.error()
                                   : !month  ? month.error()
                                             : stale.error());
    const QString periodText = period.toString();
    QHash<QString, QString> employeeIds;
    if (auto rows = find->forEachRow([&] { employeeIds.insert(find->text(0), find->text(1)); }); !rows)
        return std::unexpected(rows.error());
    // Insert in key order: the (period, employee) index then fills page after page instead of
    // touching (and re-encrypting) pages all over the tree.
    QList<std::pair<QString, const Entry *>> ordered;
    ordered.reserve(entries.size());
    for (const Entry &entry : entries) {
        const QString employeeId = employeeIds.value(entry.residentId);
        if (employeeId.isEmpty())
            return fail(u"unknown_employee"_s, tr("No employee has the resident identity number %1.").arg(entry.residentId),
                        u"resident_id"_s);
        ordered.append({employeeId, &entry});
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[employeeId, entryPointer] : ordered) {
        const Entry &entry = *entryPointer;
        remove->bind(1, periodText).bind(2, employeeId);
        if (auto ran = remove->run(); !ran)
            return std::unexpected(ran.error());
        remove->reset();
        upsert->bind(1, periodText)
            .bind(2, employeeId)
            .bind(3, entry.wages.incomeFen)
            .bind(4, entry.wages.exemptFen)
            .bind(5, entry.wages.specialFen);
        if (entry.additionalGiven)
            upsert->bind(6, entry.wages.additionalFen);
        else
            upsert->bind(6, nullptr);
        upsert->bind(7, entry.wages.otherFen).bind(8, entry.wages.reliefFen);
        if (auto ran = upsert->run(); !ran)
            return std::unexpected(ran.error());
        upsert->reset();
    }
    month->bind(1, periodText);
    stale->bind(1, periodText);
    if (auto ran = month->run(); !ran)
        return std::unexpected(ran.error());
    if (auto ran = stale->run(); !ran)
        return std::unexpected(ran.error());
    if (auto audited
        = m_store.recordChange({u"import"_s,
                                u"payroll_month"_s,
                                periodText,
                                {},
                                QJsonObject{{u"period"_s, periodText}, {u"entries"_s, static_cast<int>(entries.size())}},
                                {}});
        !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return static_cast<int>(entries.size());
}

Result<QList<Withholding>> Payroll::run(const Period &period)
{
    if (auto allowed = m_store.require(Permission::Record, tr("compute payroll")); !allowed)
        return std::unexpected(allowed.error());
    if (auto open = refuseClosed(period); !open)
        return std::unexpected(open.error());
    if (auto later = refuseClosedLater(period); !later)
        return std::unexpected(later.error());
    const QDate date = period.firstDay();
    auto table = calc::WithholdingTable::fromPack(m_pack, u"iit.cumulative_table"_s, date);
    auto basic = m_pack.decimal(u"iit.basic_deduction_per_month"_s, date);
    if (!table || !basic)
        return std::unexpected(!table ? table.error() : basic.error());
    // 0 when the 60,000 rule is not in force for the period.
    const qint64 sixtyFen = m_pack.isInForce(u"iit.sixty_thousand_deduction"_s, date)
        ? fenOfRule(*m_pack.decimal(u"iit.sixty_thousand_deduction"_s, date))
        : 0;
    auto people = employees();
    if (!people)
        return std::unexpected(people.error());
    QHash<QString, const Employee *> byId;
    for (const Employee &employee : *people)
        byId.insert(employee.id, &employee);

    // Month m builds on the stored month m − 1 where that was computed or closed: its cumulative
    // figures are what was actually withheld. Anyone without such a row is computed from January.
    QHash<QString, calc::WithholdingMonth> previous;
    if (period.month > 1) {
        const Period before{period.year, period.month - 1};
        auto beforeState = state(before);
        if (!beforeState)
            return std::unexpected(beforeState.error());
        if (*beforeState == MonthState::Computed || *beforeState == MonthState::Closed) {
            // Only the cumulative state is needed: no join, no sorting.
            auto seeds = m_store.database().prepare(
                "SELECT employee_id, cumulative_income_fen, cumulative_exempt_fen, cumulative_basic_fen, cumulative_special_fen, "
                "cumulative_additional_fen, cumulative_other_fen, cumulative_relief_fen, cumulative_taxable_fen, "
                "cumulative_tax_fen, withheld_before_fen, withheld_fen FROM withholding WHERE period = ?");
            if (!seeds)
                return std::unexpected(seeds.error());
            seeds->bind(1, before.toString());
            if (auto rows = seeds->forEachRow([&] {
                    calc::WithholdingMonth r;
                    r.month = before.month;
                    r.cumulativeIncomeFen = seeds->int64(1);
                    r.cumulativeExemptFen = seeds->int64(2);
                    r.cumulativeBasicFen = seeds->int64(3);
                    r.cumulativeSpecialFen = seeds->int64(4);
                    r.cumulativeAdditionalFen = seeds->int64(5);
                    r.cumulativeOtherFen = seeds->int64(6);
                    r.cumulativeReliefFen = seeds->int64(7);
                    r.cumulativeTaxableFen = seeds->int64(8);
                    r.cumulativeTaxFen = seeds->int64(9);
                    r.withheldBeforeFen = seeds->int64(10);
                    r.withheldFen = seeds->int64(11);
                    r.cumulativeWithheldFen = r.withheldBeforeFen + r.withheldFen;
                    previous.insert(seeds->text(0), r);
                });
                !rows)
                return std::unexpected(rows.error());
        }
    }

    auto &db = m_store.database();
    struct Row
    {
        int month;
        calc::WageMonth wages;
        bool additionalGiven;
    };
    QHash<QString, QList<Row>> entries;
    entries.reserve(static_cast<qsizetype>(byId.size()));
    const auto load = [&](store::Statement &select) -> Result<void> {
        return select.forEachRow([&] {
            Row r{select.text(1).mid(5).toInt(), {}, !select.isNull(5)};
            r.wages = {select.int64(2), select.int64(3), select.int64(4), r.additionalGiven ? select.int64(5) : 0,
                       select.int64(6), select.int64(7)};
            entries[select.text(0)].append(r);
        });
    };
    const char *columns
        = "SELECT employee_id, period, income_fen, exempt_fen, special_fen, additional_fen, other_fen, relief_fen "
          "FROM payroll_entry ";
    // This month's entries; then the history of those who have no stored previous month.
    auto current = db.prepare(std::string(columns) + "WHERE period = ?");
    if (!current)
        return std::unexpected(current.error());
    current->bind(1, period.toString());
    if (auto loaded = load(*current); !loaded)
        return std::unexpected(loaded.error());
    if (period.month > 1) {
        auto history = db.prepare(std::string(columns) + "WHERE employee_id = ? AND period >= ? AND period < ? ORDER BY period");
        if (!history)
            return std::unexpected(history.error());
        const QStringList ids = entries.keys();
        for (const QString &id : ids) {
            if (previous.contains(id))
                continue;
            const QList<Row> thisMonth = entries.take(id);
            history->bind(1, id).bind(2, Period{period.year, 1}.toString()).bind(3, period.toString());
            if (auto loaded = load(*history); !loaded)
                return std::unexpected(loaded.error());
            history->reset();
            entries[id].append(thisMonth);
        }
    }

    // Openings (上期累计) of this year before this month, the newest per employee; and the months of the
    // year for which the enterprise has any payroll at all (a month without is one Taxbox never saw).
    QHash<QString, std::pair<int, calc::WithholdingMonth>> openingOf;
    QSet<int> monthsWithPayroll;
    if (period.month > 1) {
        auto opened = db.prepare("SELECT employee_id, period, income_fen, exempt_fen, basic_fen, special_fen, additional_fen, "
                                 "other_fen, withheld_fen FROM payroll_opening WHERE period >= ? AND period < ? ORDER BY period");
        auto paid = db.prepare("SELECT DISTINCT period FROM payroll_entry WHERE period >= ? AND period < ?");
        if (!opened || !paid)
            return std::unexpected(!opened ? opened.error() : paid.error());
        opened->bind(1, Period{period.year, 1}.toString()).bind(2, period.toString());
        if (auto rows = opened->forEachRow([&] {
                calc::WithholdingMonth r;
                r.month = opened->text(1).mid(5).toInt();
                r.cumulativeIncomeFen = opened->int64(2);
                r.cumulativeExemptFen = opened->int64(3);
                r.cumulativeBasicFen = opened->int64(4);
                r.cumulativeSpecialFen = opened->int64(5);
                r.cumulativeAdditionalFen = opened->int64(6);
                r.cumulativeOtherFen = opened->int64(7);
                r.cumulativeWithheldFen = opened->int64(8);
                openingOf.insert(opened->text(0), {r.month, r});
            });
            !rows)
            return std::unexpected(rows.error());
        paid->bind(1, Period{period.year, 1}.toString()).bind(2, period.toString());
        if (auto rows = paid->forEachRow([&] { monthsWithPayroll.insert(paid->text(0).mid(5).toInt()); }); !rows)
            return std::unexpected(rows.error());
    }

    auto amounts = DeductionAmounts::fromPack(m_pack, date);
    if (!amounts)
        return std::unexpected(amounts.error());
    QList<Withholding> results;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const Employee *employee = byId.value(it.key());
        if (!employee || it.value().constLast().month != period.month)
            continue; // no entry this month: nothing to withhold or report
        const int hireMonth = employee->hireDate.year() == period.year ? employee->hireDate.month() : 1;
        if (employee->hireDate > QDate(period.year, period.month, 1).addMonths(1).addDays(-1))
            return fail(u"not_yet_hired"_s,
                        tr("%1 was hired on %2, after %3.")
                            .arg(employee->name, employee->hireDate.toString(Qt::ISODate), period.toString()),
                        u"hire_date"_s);
        const int firstMonth = employee->firstJob && employee->hireDate.year() == period.year ? 1 : hireMonth;
        calc::CumulativeWithholding engine(*table, fenOfRule(*basic), firstMonth, employee->sixtyThousandRule ? sixtyFen : 0);
        const qint64 declared = employee->declarations.monthlyFen(*amounts);
        // Months without an entry (unpaid leave) still count for the basic deduction: feed zeros.
        int next = hireMonth;
        if (const auto seed = previous.constFind(employee->id); seed != previous.cend()) {
            engine.resume(*seed);
            next = seed->month + 1;
        } else if (const auto opening = openingOf.constFind(employee->id); opening != openingOf.cend()) {
            engine.resume(opening->second);
            next = opening->first + 1;
        }
        // Starting later than the month after the last one known (stored, opening, or the first month of
        // the year) needs the enterprise's payroll for the months between; one Taxbox never saw would be
        // counted as nothing paid and nothing withheld.
        QList<int> missing;
        for (int m = next; m < period.month; ++m) {
            if (!monthsWithPayroll.contains(m))
                missing.append(m);
        }
        if (!missing.isEmpty()) {
            const Period lastMissing{period.year, missing.constLast()};
            return fail(u"missing_prior_months"_s,
                        tr("Taxbox holds no payroll for %1 to %2, the months before %3, so %4's cumulative figures would "
                           "start from nothing and too little would be withheld. Import each employee's cumulative "
                           "figures up to %2 (期初累计, as the 扣缴端 shows them), or the payroll of those months first.")
                            .arg(Period{period.year, missing.constFirst()}.toString(), lastMissing.toString(), period.toString(),
                                 employee->name),
                        u"period"_s);
        }
        calc::WithholdingMonth result;
        calc::WageMonth last;
        for (const Row &row : it.value()) {
            if (row.month < next)
                continue; // covered by the stored month or the opening
            for (; next < row.month; ++next)
                (void)engine.add(next, calc::WageMonth{});
            calc::WageMonth wages = row.wages;
            if (!row.additionalGiven)
                wages.additionalFen = declared;
            result = engine.add(row.month, wages);
            last = wages;
            next = row.month + 1;
        }
        results.append({employee->id, employee->name, employee->residentId, last, result});
    }

    auto transaction = store::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto stale = markLaterStale(period); !stale)
        return std::unexpected(stale.error());
    auto clear = db.prepare("DELETE FROM withholding WHERE period = ?");
    auto insert = db.prepare("INSERT INTO withholding VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto create = db.prepare("INSERT OR IGNORE INTO payroll_month (period, state) VALUES (?, 'open')");
    auto mark = db.prepare("UPDATE payroll_month SET computed_at = ? WHERE period = ?");
    if (!clear || !insert || !create || !mark)
        return std::unexpected(!clear ? clear.error() : !insert ? insert.error() : !create ? create.error() : mark.error());
    clear->bind(1, period.toString());
    if (auto ran = clear->run(); !ran)
        return std::unexpected(ran.error());
    qint64 total = 0;
    for (const Withholding &w : std::as_const(results)) {
        const calc::WithholdingMonth &r = w.result;
        insert->bind(1, period.toString())
            .bind(2, w.employeeId)
            .bind(3, w.month.incomeFen)
            .bind(4, w.month.exemptFen)
            .bind(5, w.month.specialFen)
            .bind(6, w.month.additionalFen)
            .bind(7, w.month.otherFen)
            .bind(8, r.cumulativeIncomeFen)
            .bind(9, r.cumulativeExemptFen)
            .bind(10, r.cumulativeBasicFen)
            .bind(11, r.cumulativeSpecialFen)
            .bind(12, r.cumulativeAdditionalFen)
            .bind(13, r.cumulativeOtherFen)
            .bind(14, r.cumulativeReliefFen)
            .bind(15, r.cumulativeTaxableFen)
            .bind(16, r.bracket.rateBasisPoints)
            .bind(17, r.bracket.quickDeductionFen)
            .bind(18, r.cumulativeTaxFen)
            .bind(19, r.withheldBeforeFen)
            .bind(20, r.withheldFen);
        if (auto ran = insert->run(); !ran)
            return std::unexpected(ran.error());
        insert->reset();
        total += r.withheldFen;
    }
    create->bind(1, period.toString());
    mark->bind(1, store::timestampNow()).bind(2, period.toString());
    if (auto ran = create->run(); !ran)
        return std::unexpected(ran.error());
    if (auto ran = mark->run(); !ran)
        return std::unexpected(ran.error());
    if (auto audited = m_store.recordChange({u"compute"_s,
                                             u"payroll_month"_s,
                                             period.toString(),
                                             {},
                                             QJsonObject{{u"period"_s, period.toString()},
                                                         {u"employees"_s, static_cast<int>(results.size())},
                                                         {u"withheld"_s, Money::fromFen(total).toString()}},
                                             {}});
        !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return results;
}

Result<int> Payroll::importOpenings(const Period &period, const QList<Opening> &openings)
{
    if (auto allowed = m_store.require(Permission::Record, tr("import opening cumulative figures")); !allowed)
        return std::unexpected(allowed.error());
    if (period.month == 12)
        return fail(u"invalid_period"_s,
                    tr("Openings at %1 would start the next year; the cumulative figures start again each January.")
                        .arg(period.toString()),
                    u"period"_s);
    if (auto later = refuseClosedLater(period); !later)
        return std::unexpected(later.error());
    auto &db = m_store.database();
    // Openings stand for months Taxbox never saw: not for months whose payroll it holds.
    auto held = db.prepare("SELECT min(period) FROM payroll_entry WHERE period >= ? AND period <= ?");
    if (!held)
        return std::unexpected(held.error());
    held->bind(1, Period{period.year, 1}.toString()).bind(2, period.toString());
    auto heldRow = held->step();
    if (!heldRow)
        return std::unexpected(heldRow.error());
    if (*heldRow && !held->isNull(0))
        return fail(u"payroll_exists"_s,
                    tr("Taxbox already holds payroll for %1: openings are the figures up to the month before the first "
                       "month Taxbox computes. Choose an earlier period, or remove that payroll.")
                        .arg(held->text(0)),
                    u"period"_s);
    held->reset();
    QHash<QString, QString> employeeIds;
    auto find = db.prepare("SELECT resident_id, id FROM employee");
    if (!find)
        return std::unexpected(find.error());
    if (auto rows = find->forEachRow([&] { employeeIds.insert(find->text(0), find->text(1)); }); !rows)
        return std::unexpected(rows.error());
    for (const Opening &opening : openings) {
        if (!employeeIds.contains(opening.residentId))
            return fail(
                u"unknown_employee"_s,
                tr("%1 (%2) is not an employee of this enterprise; add them first.").arg(opening.name, opening.residentId),
                u"resident_id"_s);
    }
    auto transaction = store::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto stale = markLaterStale(period); !stale)
        return std::unexpected(stale.error());
    auto remove = db.prepare("DELETE FROM payroll_opening WHERE period = ? AND employee_id = ?");
    auto insert = db.prepare("INSERT INTO payroll_opening (period, employee_id, income_fen, exempt_fen, basic_fen, special_fen, "
                             "additional_fen, other_fen, withheld_fen, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!remove || !insert)
        return std::unexpected(!remove ? remove.error() : insert.error());
    const QString now = store::timestampNow();
    for (const Opening &opening : openings) {
        const QString employeeId = employeeIds.value(opening.residentId);
        remove->bind(1, period.toString()).bind(2, employeeId);
        if (auto ran = remove->run(); !ran)
            return std::unexpected(ran.error());
        remove->reset();
        insert->bind(1, period.toString())
            .bind(2, employeeId)
            .bind(3, opening.incomeFen)
            .bind(4, opening.exemptFen)
            .bind(5, opening.basicFen)
            .bind(6, opening.specialFen)
            .bind(7, opening.additionalFen)
            .bind(8, opening.otherFen)
            .bind(9, opening.withheldFen)
            .bind(10, now);
        if (auto ran = insert->run(); !ran)
            return std::unexpected(ran.error());
        insert->reset();
    }
    if (auto audited = m_store.recordChange(
            {u"import"_s,
             u"payroll_opening"_s,
             period.toString(),
             {},
             QJsonObject{{u"period"_s, period.toString()}, {u"employees"_s, static_cast<int>(openings.size())}},
             {}});
        !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return static_cast<int>(openings.size());
}

Result<QList<Opening>> Payroll::openings(const Period &period)
{
    auto select = m_store.database().prepare(
        "SELECT e.resident_id, e.name, o.income_fen, o.exempt_fen, o.basic_fen, o.special_fen, o.additional_fen, o.other_fen, "
        "o.withheld_fen FROM payroll_opening o JOIN employee e ON e.id = o.employee_id WHERE o.period = ? ORDER BY e.name, "
        "e.resident_id");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, period.toString());
    QList<Opening> list;
    if (auto rows = select->forEachRow([&] {
            list.append({select->text(0), select->text(1), select->int64(2), select->int64(3), select->int64(4), select->int64(5),
                         select->int64(6), select->int64(7), select->int64(8)});
        });
        !rows)
        return std::unexpected(rows.error());
    return list;
}

Result<QList<Withholding>> Payroll::withholdings(const Period &period)
{
    auto select = m_store.database().prepare(
        "SELECT w.employee_id, e.name, e.resident_id, w.income_fen, w.exempt_fen, w.special_fen, w.additional_fen, w.other_fen, "
        "w.cumulative_income_fen, w.cumulative_exempt_fen, w.cumulative_basic_fen, w.cumulative_special_fen, "
        "w.cumulative_additional_fen, w.cumulative_other_fen, w.cumulative_relief_fen, w.cumulative_taxable_fen, "
        "w.rate_basis_points, "
        "w.quick_deduction_fen, w.cumulative_tax_fen, w.withheld_before_fen, w.withheld_fen "
        "FROM withholding w JOIN employee e ON e.id = w.employee_id WHERE w.period = ? ORDER BY e.name, e.resident_id");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, period.toString());
    QList<Withholding> list;
    if (auto rows = select->forEachRow([&] {
            Withholding w;
            w.employeeId = select->text(0);
            w.name = select->text(1);
            w.residentId = select->text(2);
            w.month = {select->int64(3), select->int64(4), select->int64(5), select->int64(6), select->int64(7), 0};
            calc::WithholdingMonth &r = w.result;
            r.month = period.month;
            r.cumulativeIncomeFen = select->int64(8);
            r.cumulativeExemptFen = select->int64(9);
            r.cumulativeBasicFen = select->int64(10);
            r.cumulativeSpecialFen = select->int64(11);
            r.cumulativeAdditionalFen = select->int64(12);
            r.cumulativeOtherFen = select->int64(13);
            r.cumulativeReliefFen = select->int64(14);
            r.cumulativeTaxableFen = select->int64(15);
            r.bracket = {0, select->int64(16), select->int64(17)};
            r.cumulativeTaxFen = select->int64(18);
            r.withheldBeforeFen = select->int64(19);
            r.withheldFen = select->int64(20);
            r.cumulativeWithheldFen = r.withheldBeforeFen + r.withheldFen;
            list.append(w);
        });
        !rows)
        return std::unexpected(rows.error());
    return list;
}

Result<void> Payroll::close(const Period &period)
{
    if (auto allowed = m_store.require(Permission::Record, tr("close a payroll month")); !allowed)
        return std::unexpected(allowed.error());
    auto current = state(period);
    if (!current)
        return std::unexpected(current.error());
    if (*current == MonthState::Closed)
        return {};
    if (*current != MonthState::Computed)
        return fail(u"not_computed"_s, tr("Compute the payroll of %1 before closing it.").arg(period.toString()), u"period"_s);
    auto &db = m_store.database();
    auto transaction = store::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update = db.prepare("UPDATE payroll_month SET state = 'closed', closed_at = ?, closed_by = ? WHERE period = ?");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, store::timestampNow()).bind(2, m_store.actor().userName).bind(3, period.toString());
    if (auto ran = update->run(); !ran)
        return std::unexpected(ran.error());
    if (auto audited
        = m_store.recordChange({u"close"_s, u"payroll_month"_s, period.toString(), QJsonObject{{u"state"_s, u"open"_s}},
                                QJsonObject{{u"state"_s, u"closed"_s}, {u"period"_s, period.toString()}},
                                u"payroll.month_closed"_s, u"payroll-month:"_s + period.toString()});
        !audited)
        return std::unexpected(audited.error());
    return transaction->commit();
}

Result<void> Payroll::reopen(const Period &period, const QString &reason)
{
    if (auto allowed = m_store.require(Permission::Record, tr("reopen a payroll month")); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return fail(u"required"_s, tr("Say why the month is reopened; the reason is kept in the audit log."), u"reason"_s);
    auto current = state(period);
    if (!current)
        return std::unexpected(current.error());
    if (*current != MonthState::Closed)
        return fail(u"not_closed"_s, tr("The payroll of %1 is not closed.").arg(period.toString()), u"period"_s);
    auto &db = m_store.database();
    if (auto later = refuseClosedLater(period); !later)
        return std::unexpected(later.error());
    auto transaction = store::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update = db.prepare("UPDATE payroll_month SET state = 'open', closed_at = NULL, closed_by = NULL WHERE period = ?");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, period.toString());
    if (auto ran = update->run(); !ran)
        return std::unexpected(ran.error());
    if (auto audited = m_store.recordChange(
            {u"reopen"_s, u"payroll_month"_s, period.toString(), QJsonObject{{u"state"_s, u"closed"_s}},
             QJsonObject{{u"state"_s, u"open"_s}, {u"period"_s, period.toString()}, {u"reason"_s, reason.trimmed()}},
             u"payroll.month_reopened"_s, u"payroll-month:"_s + period.toString()});
        !audited)
        return std::unexpected(audited.error());
    return transaction->commit();
}

// ----------------------------------------------------------------------------------------------------
QList<QStringList> withholdingReturn(const QList<Withholding> &withholdings, ReturnWords words)
{
    // A return filed or printed is a legal document in Chinese whatever the interface language: its
    // headings are the 扣缴申报表's own. On screen they follow the interface.
    const bool filing = words == ReturnWords::Filing;
    const auto word = [filing](const char *source, const char16_t *chinese) {
        return filing ? QString::fromUtf16(chinese) : Payroll::tr(source); // marked for lupdate at each use
    };
    QList<QStringList> rows{{word(QT_TRANSLATE_NOOP("Payroll", "No."), u"序号"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Name"), u"姓名"),
                             word(QT_TRANSLATE_NOOP("Payroll", "ID type"), u"身份证件类型"),
                             word(QT_TRANSLATE_NOOP("Payroll", "ID number"), u"身份证件号码"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Income"), u"收入"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Exempt income"), u"免税收入"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Special deductions"), u"专项扣除"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Special additional deductions"), u"专项附加扣除"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Other deductions"), u"其他扣除"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Cumulative income"), u"累计收入"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Cumulative exempt income"), u"累计免税收入"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Cumulative basic deduction"), u"累计减除费用"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Cumulative special deductions"), u"累计专项扣除"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Cumulative special additional deductions"), u"累计专项附加扣除"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Cumulative other deductions"), u"累计其他扣除"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Cumulative taxable income"), u"累计应纳税所得额"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Rate"), u"税率"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Quick deduction"), u"速算扣除数"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Cumulative tax"), u"累计应纳税额"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Cumulative tax relief"), u"累计减免税额"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Withheld before"), u"累计已预扣预缴税额"),
                             word(QT_TRANSLATE_NOOP("Payroll", "Withheld this month"), u"本期应预扣预缴税额")}};
    const QString idType = word(QT_TRANSLATE_NOOP("Payroll", "Resident identity card"), u"居民身份证");
    const auto m = [](qint64 fen) { return Money::fromFen(fen).toString(); };
    qint64 totals[6] = {};
    int number = 0;
    for (const Withholding &w : withholdings) {
        const calc::WithholdingMonth &r = w.result;
        rows.append({QString::number(++number),
                     w.name,
                     idType,
                     w.residentId,
                     m(w.month.incomeFen),
                     m(w.month.exemptFen),
                     m(w.month.specialFen),
                     m(w.month.additionalFen),
                     m(w.month.otherFen),
                     m(r.cumulativeIncomeFen),
                     m(r.cumulativeExemptFen),
                     m(r.cumulativeBasicFen),
                     m(r.cumulativeSpecialFen),
                     m(r.cumulativeAdditionalFen),
                     m(r.cumulativeOtherFen),
                     m(r.cumulativeTaxableFen),
                     QString::number(r.bracket.rateBasisPoints / 100) + u'%',
                     m(r.bracket.quickDeductionFen),
                     m(r.cumulativeTaxFen),
                     m(r.cumulativeReliefFen),
                     m(r.withheldBeforeFen),
                     m(r.withheldFen)});
        totals[0] += w.month.incomeFen;
        totals[1] += w.month.exemptFen;
        totals[2] += w.month.specialFen;
        totals[3] += w.month.additionalFen;
        totals[4] += w.month.otherFen;
        totals[5] += r.withheldFen;
    }
    QStringList total(rows.first().size());
    total[1] = word(QT_TRANSLATE_NOOP("Payroll", "Total"), u"合计");
    for (int i = 0; i < 5; ++i)
        total[4 + i] = m(totals[i]);
    total[total.size() - 1] = m(totals[5]);
    rows.append(total);
    return rows;
}

QList<int> withholdingReturnMoneyColumns()
{
    return {4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21};
}

QList<EntryColumn> entryColumns()
{
    return {
        {u"name"_s, Payroll::tr("Name"), {u"姓名"_s, u"name"_s, Payroll::tr("Name")}, false},
        {u"resident_id"_s,
         Payroll::tr("Resident ID number"),
         {u"身份证号"_s, u"身份证件号码"_s, u"证件号码"_s, u"resident_id"_s, Payroll::tr("Resident ID number")},
         true},
        {u"income"_s, Payroll::tr("Income"), {u"本期收入"_s, u"收入"_s, u"应发工资"_s, u"income"_s, Payroll::tr("Income")}, true},
        {u"exempt_income"_s,
         Payroll::tr("Exempt income"),
         {u"本期免税收入"_s, u"免税收入"_s, u"exempt_income"_s, Payroll::tr("Exempt income")},
         false},
        {u"special_deductions"_s,
         Payroll::tr("Special deductions"),
         {u"专项扣除"_s, u"本期专项扣除"_s, u"special_deductions"_s, Payroll::tr("Special deductions")},
         false},
        {u"special_additional_deductions"_s,
         Payroll::tr("Special additional deductions"),
         {u"专项附加扣除"_s, u"本期专项附加扣除"_s, u"special_additional_deductions"_s,
          Payroll::tr("Special additional deductions")},
         false},
        {u"other_deductions"_s,
         Payroll::tr("Other deductions"),
         {u"其他扣除"_s, u"本期其他扣除"_s, u"other_deductions"_s, Payroll::tr("Other deductions")},
         false},
        {u"tax_relief"_s, Payroll::tr("Tax relief"), {u"减免税额"_s, u"tax_relief"_s, Payroll::tr("Tax relief")}, false}};
}

QStringList templateHeaders()
{
    return {Payroll::tr("Name"),
            Payroll::tr("Resident ID number"),
            Payroll::tr("Income"),
            Payroll::tr("Exempt income"),
            Payroll::tr("Special deductions"),
            Payroll::tr("Special additional deductions"),
            Payroll::tr("Other deductions"),
            Payroll::tr("Tax relief")};
}

namespace {

/// One amount cell of an import, by Money's own rule ("8,000.50" groups thousands, "8000,50" is refused,
/// never read as 800,050) and never negative. An empty cell is nullopt, or the error `emptyMessage` when
/// that is given (a required column).
Result<std::optional<qint64>> amountCell(const QString &text, const QString &header, const QString &emptyMessage = {})
{
    if (text.isEmpty()) {
        if (!emptyMessage.isEmpty())
            return fail(u"required"_s, emptyMessage, header);
        return std::optional<qint64>();
    }
    auto money = Money::parse(text, header);
    if (!money)
        return std::unexpected(money.error());
    if (money->isNegative())
        return fail(u"negative_amount"_s, Payroll::tr("Amounts must not be negative."), header);
    return std::optional<qint64>(money->fen());
}

/// The file row of an earlier row for the same person, or 0.
template<typename Item> int earlierRowOf(const QList<Item> &items, const QList<int> &rows, const QString &residentId)
{
    const auto earlier
        = std::find_if(items.cbegin(), items.cend(), [&](const Item &item) { return item.residentId == residentId; });
    return earlier == items.cend() ? 0 : rows.at(std::distance(items.cbegin(), earlier));
}

} // namespace

Result<ParsedEntries> parseEntries(const QList<QStringList> &table, const QJsonObject &mapping)
{
    if (table.isEmpty())
        return fail(u"input_missing"_s, Payroll::tr("The file has no header row."), u"file"_s);
    // Field → accepted headers: the mapping first, then Chinese and English names.
    QList<std::pair<QString, QStringList>> aliases;
    for (const EntryColumn &entryColumn : entryColumns())
        aliases.append({entryColumn.key, entryColumn.headers});
    const QStringList header = table.first();
    QHash<QString, int> column;
    for (const auto &[field, names] : aliases) {
        QStringList candidates = names;
        if (mapping.contains(field))
            candidates = {mapping.value(field).toString()};
        for (const QString &name : std::as_const(candidates)) {
            const int index = static_cast<int>(header.indexOf(name.trimmed()));
            if (index >= 0) {
                column.insert(field, index);
                break;
            }
        }
    }
    for (const QString &required : {u"resident_id"_s, u"income"_s}) {
        if (!column.contains(required)) {
            const auto columns = entryColumns();
            const auto label
                = std::find_if(columns.cbegin(), columns.cend(), [&](const EntryColumn &c) { return c.key == required; });
            return fail(u"column_missing"_s,
                        Payroll::tr("No column holds %1 (the file's columns: %2). Say which column it is.")
                            .arg(label == columns.cend() ? required : label->label, header.join(u", "_s)),
                        required);
        }
    }
    ParsedEntries parsed;
    const QDate today = QDate::currentDate();
    for (qsizetype r = 1; r < table.size(); ++r) {
        const QStringList &cells = table.at(r);
        const int fileRow = static_cast<int>(r) + 1;
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            continue;
        Entry entry;
        bool ok = true;
        const auto cell = [&](const QString &field) {
            return column.contains(field) ? cells.value(column.value(field)).trimmed() : QString();
        };
        auto id = ResidentIdNumber::parse(cell(u"resident_id"_s), today);
        if (!id) {
            parsed.errors.append({fileRow, header.value(column.value(u"resident_id"_s)), id.error().message});
            ok = false;
        } else {
            entry.residentId = id->text();
        }
        const QList<std::pair<QString, qint64 *>> amounts{{u"income"_s, &entry.wages.incomeFen},
                                                          {u"exempt_income"_s, &entry.wages.exemptFen},
                                                          {u"special_deductions"_s, &entry.wages.specialFen},
                                                          {u"special_additional_deductions"_s, &entry.wages.additionalFen},
                                                          {u"other_deductions"_s, &entry.wages.otherFen},
                                                          {u"tax_relief"_s, &entry.wages.reliefFen}};
        for (const auto &[field, target] : amounts) {
            const QString headerName = header.value(column.value(field));
            auto amount
                = amountCell(cell(field), headerName, field == u"income" ? Payroll::tr("The income is empty.") : QString());
            if (!amount) {
                parsed.errors.append({fileRow, headerName, amount.error().message});
                ok = false;
            } else if (*amount) {
                *target = **amount;
                if (field == u"special_additional_deductions")
                    entry.additionalGiven = true;
            }
        }
        if (ok) {
            if (const int earlier = earlierRowOf(parsed.entries, parsed.rows, entry.residentId)) {
                parsed.errors.append({fileRow, header.value(column.value(u"resident_id"_s)),
                                      Payroll::tr("The same person is already on row %1.").arg(earlier)});
                continue;
            }
            parsed.entries.append(entry);
            parsed.rows.append(fileRow);
        }
    }
    return parsed;
}

QJsonArray rowErrorsJson(const QList<RowError> &errors)
{
    QJsonArray array;
    for (const RowError &error : errors)
        array.append(QJsonObject{{u"row"_s, error.row}, {u"column"_s, error.column}, {u"reason"_s, error.reason}});
    return array;
}

QStringList openingHeaders()
{
    return {u"姓名"_s,         u"身份证号"_s,         u"累计收入"_s,     u"累计免税收入"_s,      u"累计减除费用"_s,
            u"累计专项扣除"_s, u"累计专项附加扣除"_s, u"累计其他扣除"_s, u"累计已预扣预缴税额"_s};
}

Result<ParsedOpenings> parseOpenings(const QList<QStringList> &table)
{
    if (table.isEmpty())
        return fail(u"input_missing"_s, Payroll::tr("The file has no header row."), u"file"_s);
    const QStringList headers = openingHeaders();
    QList<int> column;
    for (const QString &name : headers)
        column.append(static_cast<int>(table.first().indexOf(name)));
    for (const int required : {1, 2}) {
        if (column.at(required) < 0)
            return fail(u"column_missing"_s,
                        Payroll::tr("The column \"%1\" is missing; the file needs the columns %2.")
                            .arg(headers.at(required), headers.join(u", "_s)),
                        headers.at(required));
    }
    ParsedOpenings parsed;
    const QDate today = QDate::currentDate();
    for (qsizetype r = 1; r < table.size(); ++r) {
        const QStringList &cells = table.at(r);
        const int fileRow = static_cast<int>(r) + 1;
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            continue;
        const auto cell = [&](int c) { return column.at(c) < 0 ? QString() : cells.value(column.at(c)).trimmed(); };
        Opening opening;
        opening.name = cell(0);
        bool ok = true;
        auto id = ResidentIdNumber::parse(cell(1), today);
        if (!id) {
            parsed.errors.append({fileRow, headers.at(1), id.error().message});
            ok = false;
        } else {
            opening.residentId = id->text();
        }
        qint64 *targets[] = {&opening.incomeFen,     &opening.exemptFen, &opening.basicFen,   &opening.specialFen,
                             &opening.additionalFen, &opening.otherFen,  &opening.withheldFen};
        for (int c = 2; c < headers.size(); ++c) {
            auto amount = amountCell(cell(c), headers.at(c), c == 2 ? Payroll::tr("The cumulative income is empty.") : QString());
            if (!amount) {
                parsed.errors.append({fileRow, headers.at(c), amount.error().message});
                ok = false;
            } else if (*amount) {
                *targets[c - 2] = **amount;
            }
        }
        if (!ok)
            continue;
        if (const int earlier = earlierRowOf(parsed.openings, parsed.rows, opening.residentId)) {
            parsed.errors.append({fileRow, headers.at(1), Payroll::tr("The same person is already on row %1.").arg(earlier)});
            continue;
        }
        parsed.openings.append(opening);
        parsed.rows.append(fileRow);
    }
    return parsed;
}

} // namespace taxbox::payroll
