#pragma once

#include "Formula.h"
#include "base/Result.h"
#include "money/Decimal.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace taxbox::filing {

/// A tax period as returns name it: a month "2025-01", a quarter "2025Q1", a year "2025" or one day
/// "2025-05-14" (stamp duty filed per transaction).
struct Period
{
    Q_DECLARE_TR_FUNCTIONS(Period)
public:
    enum class Kind { Month, Quarter, Year, Day };
    Kind kind = Kind::Month;
    QDate start;
    QDate end;

    [[nodiscard]] static Result<Period> parse(const QString &text);
    [[nodiscard]] QString text() const;
    /// 1 for a month or a day, 3 for a quarter, 12 for a year.
    [[nodiscard]] int months() const;
    /// The quarter (1–4) the period ends in.
    [[nodiscard]] int quarter() const { return (end.month() + 2) / 3; }
    /// The period of the same kind just before this one.
    [[nodiscard]] Period previous() const;
    /// True for January, Q1, a year: the first period of its year, whose 本年累计 start afresh.
    [[nodiscard]] bool isFirstOfYear() const;
    /// The first day the return can be filed (the day after the period): form versions are chosen by it.
    [[nodiscard]] QDate firstFilingDay() const { return end.addDays(1); }
    friend bool operator==(const Period &, const Period &) = default;
};

/// How a cell of a form is written and read.
enum class CellType { Amount, Rate, Count, Number, Bool, Text };

/// One cell of a form version, as the engine sees it after the pack's templates are expanded.
struct CellSpec
{
    QString id;
    CellType type = CellType::Amount;
    bool input = false;
    std::optional<Formula> formula; ///< computed cells; for inputs, the default when nothing is given
    QString sparseRow; ///< non-empty: written only when an input of this row prefix is given
    QString label; ///< in the user's language, e.g. "第19栏 应纳税额（一般项目 本月数）"
};

/// A check of the form (Part B §5): `rule` must hold (non-zero) wherever `when` holds.
struct CheckSpec
{
    QString id;
    QString severity; ///< "error" blocks filing, "warning" asks for a confirmation
    QStringList cells;
    std::optional<Formula> when;
    Formula rule;
    QString message; ///< in the user's language
};

/// The layout of one table of a form (the official grid), for the desktop, PDF and XLSX.
struct TableLayout
{
    struct Line
    {
        QString key;
        QString label; ///< in the user's language
        QString chinese; ///< as printed on the official form (exports are Chinese whatever the language)
    };
    QString id;
    QString title;
    QString chineseTitle;
    QString cellPattern; ///< "M{row}{col}", "A1.r{row}.c{col}"
    QList<Line> rows;
    bool dynamicRows = false; ///< rows are the return's own (stamp-duty documents, employees)
    QList<Line> columns;
    [[nodiscard]] QString cellId(const QString &row, const QString &column) const;
};

/// One form version from the filing pack: its cells, checks, flags and layout, expanded for one
/// return (rows that grow with the data, such as stamp-duty documents, are known only then).
class FormDefinition
{
    Q_DECLARE_TR_FUNCTIONS(FormDefinition)
public:
    [[nodiscard]] static Result<std::shared_ptr<const FormDefinition>> fromJson(const QJsonObject &definition);

    [[nodiscard]] const QString &form() const { return m_form; }
    [[nodiscard]] const QString &version() const { return m_version; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] const QList<TableLayout> &tables() const { return m_tables; }
    [[nodiscard]] const QJsonObject &flags() const { return m_flags; }
    [[nodiscard]] const QJsonObject &exportNames() const { return m_exportNames; }
    [[nodiscard]] QStringList periodKinds() const { return m_periodKinds; }

    struct Expanded
    {
        QMap<QString, CellSpec> cells;
        QList<CheckSpec> checks;
    };
    /// The cells and checks for a return whose inputs and previous return name `presentCells`
    /// (rows of dynamic tables are the ones these name).
    [[nodiscard]] Result<Expanded> expand(const QStringList &presentCells) const;

private:
    QString m_form;
    QString m_version;
    QJsonObject m_title;
    QJsonArray m_cellSpecs;
    QJsonArray m_checkSpecs;
    QJsonObject m_flags;
    QJsonObject m_exportNames;
    QStringList m_periodKinds;
    QList<TableLayout> m_tables;
};

/// A version chosen for a period, with what the pack says is not known about it.
struct FormVersion
{
    std::shared_ptr<const FormDefinition> definition;
    QJsonArray notices; ///< [{"id", "severity", "message": {"zh_CN", "en"}}]
};

/// The filing pack (rules/cn-filing.json, signed like every shipped data file): form versions by the
/// date they are filed from, the parameters their formulas read, and the 征期 calendars.
class FilingPack
{
    Q_DECLARE_TR_FUNCTIONS(FilingPack)
public:
    /// The pack shipped inside the app.
    [[nodiscard]] static Result<const FilingPack *> builtIn();
    /// The pack returns, checks and the calendar use: the newest of the built-in pack and the filing packs
    /// installed since (a content pack from the square). Installed packs live until the process ends.
    [[nodiscard]] static Result<const FilingPack *> inForce();
    /// Verifies and parses a filing pack (every form definition of every range, as load()) and puts it in
    /// force when it is newer than the one in force; returns whether it now is. Thread-safe.
    [[nodiscard]] static Result<bool> install(const QByteArray &packBytes, const QByteArray &signatureFile,
                                              const QList<rules::TrustedKey> &trusted = rules::trustedKeys());
    [[nodiscard]] static Result<FilingPack> load(const QByteArray &packBytes, const QByteArray &signatureFile,
                                                 const QList<rules::TrustedKey> &trusted = rules::trustedKeys());

    [[nodiscard]] const rules::RulePack &rules() const { return m_rules; }
    /// The form ids this pack knows (vat-general, vat-small, cit-prepay, stamp-duty, iit-withholding).
    [[nodiscard]] static QStringList forms();
    /// The version in force for `period` (chosen by its first filing day), or the named one.
    [[nodiscard]] Result<FormVersion> version(const QString &form, const Period &period, const QString &versionId = {}) const;
    [[nodiscard]] Result<Decimal> parameter(const QString &name, QDate date) const;

private:
    FilingPack() = default;
    rules::RulePack m_rules;
    QHash<QString, std::shared_ptr<const FormDefinition>> m_definitions; ///< "form/version"
};

/// A computed return: every cell with a value, the checks that fail, and per computed cell its formula
/// with the numbers.
struct ComputedReturn
{
    QString form;
    QString version;
    Period period;
    std::shared_ptr<const FormDefinition> definition;
    QMap<QString, QJsonValue> cells; ///< as written in JSON: amounts "48100.00", counts as integers
    QMap<QString, QString> explain;
    QJsonArray checks; ///< [{"id", "severity", "cells", "message"}]
    QMap<QString, QStringList> inputsGiven; ///< unused by compute; filled by generate with sources

    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] QJsonObject toJson(bool withExplain) const;
    [[nodiscard]] Decimal amount(const QString &cell) const;
};

/// The form engine: Part A's `filing compute` without a workspace, and the core of generate/check/file.
class FormEngine
{
    Q_DECLARE_TR_FUNCTIONS(FormEngine)
public:
    explicit FormEngine(const FilingPack &pack, const rules::RulePack &taxRules);

    /// Computes `form` from a Part A request ({"period", "cells", "previous", "flags"}). Refuses
    /// computed or unknown cells, bad values and unknown flags (naming them); check failures are in the
    /// result, not errors.
    [[nodiscard]] Result<ComputedReturn> compute(const QString &form, const QJsonObject &request) const;

    /// The most cells a request may hold (a stamp-duty or IIT return of a large firm fits).
    static constexpr qsizetype kMaxCells = 200000;
    /// The most rows a table that grows with the data (stamp-duty documents, employees) may have.
    static constexpr qsizetype kMaxDynamicRows = 20000;

private:
    const FilingPack &m_pack;
    const rules::RulePack &m_taxRules;
};

/// The user's language for pack texts: "zh_CN" or "en".
[[nodiscard]] QString packLanguage();
[[nodiscard]] QString packText(const QJsonValue &text);

} // namespace taxbox::filing
