#pragma once

#include "base/Result.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace taxbox::calc {

/// What a calculator answers: the figures (JSON as in spec/cli.md), the formula with the numbers
/// filled in, step by step, and warnings (e.g. a year-end bonus in a dead zone).
struct Outcome
{
    QJsonObject output;
    QStringList explanation;
    QStringList warnings;
};

/// An input of a calculator, for forms: the JSON key, a translated label, the kind of value, the
/// default (as the JSON text) and, for choices, the codes with translated names.
struct Field
{
    /// MoneyList: `minimum` amounts in one row (a JSON array). A key with a '.' is a member of an object
    /// ("declarations.no_fraud_36_months").
    enum class Kind { Money, Rate, Integer, Boolean, Choice, Date, Text, Months, MoneyList };
    QString key;
    QString label;
    Kind kind = Kind::Money;
    QString defaultValue; ///< empty: required (or, for optional fields, absent)
    QStringList choices;
    QStringList choiceLabels;
    bool optional = false;
    int minimum = 0; ///< Integer: the range (both 0: the form's default); MoneyList: how many
    int maximum = 0;
};

/// The columns of one month in `iit-wages` ("months"), in form order.
[[nodiscard]] QList<Field> wageMonthFields();
/// A translated name for an output key ("tax" → 税额), for result tables.
[[nodiscard]] QString outputLabel(const QString &key);

/// One tax calculator (税款计算器). Inputs and outputs are the JSON of spec/cli.md so that the CLI and
/// the desktop forms share one definition; rates, brackets and thresholds come from the rule pack in
/// force on the date the input names (or `today`).
class Calculator
{
public:
    virtual ~Calculator() = default;
    [[nodiscard]] virtual QString name() const = 0; ///< "iit-wages", as in the CLI
    [[nodiscard]] virtual QString title() const = 0; ///< translated
    [[nodiscard]] virtual QString summary() const = 0; ///< translated, one line
    [[nodiscard]] virtual QList<Field> fields() const = 0;
    /// The rule pack the calculator reads ("cn-tax", or "cn-refund" for the refund rules).
    [[nodiscard]] virtual QString rulePackId() const { return QStringLiteral("cn-tax"); }
    /// False for a calculator with its own tool (the traveller's departure refund).
    [[nodiscard]] virtual bool hasGenericForm() const { return true; }
    [[nodiscard]] virtual Result<Outcome> compute(const QJsonObject &input, const rules::RulePack &pack, QDate today) const = 0;

protected:
    /// The labels of fields(), by key: what Input names a field by in its messages.
    [[nodiscard]] QHash<QString, QString> labels() const;
};

/// The labels of `fields`, by key.
[[nodiscard]] QHash<QString, QString> labelsOf(const QList<Field> &fields);

/// Every calculator, in the order of spec/cli.md.
[[nodiscard]] const QList<const Calculator *> &calculators();
[[nodiscard]] const Calculator *findCalculator(const QString &name);
/// The pack `calculator` computes with: the cn-tax pack in force, or the shipped pack it names.
[[nodiscard]] Result<const rules::RulePack *> rulePackFor(const Calculator &calculator);

} // namespace taxbox::calc
