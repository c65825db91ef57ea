#pragma once

#include "base/Result.h"
#include "money/Decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace taxbox::calc {

/// Reads a calculator's JSON request field by field, with the field's name in every error. Money is
/// at most two fraction digits, rates at most eight; amounts must not be negative unless allowed.
/// finish() refuses any field that was not read, so a misspelt key is never silently ignored.
class Input
{
    Q_DECLARE_TR_FUNCTIONS(Input)
public:
    /// `labels` maps keys to the labels the form shows them under: messages name a field by its label
    /// (`labelPrefix` + label, e.g. "Month 3: Income"), never by its JSON path, which stays in Error::field.
    explicit Input(QJsonObject object, QString prefix = {}, QHash<QString, QString> labels = {}, QString labelPrefix = {});

    [[nodiscard]] Result<Decimal> money(const QString &key, std::optional<Decimal> fallback = std::nullopt,
                                        bool allowNegative = false);
    [[nodiscard]] Result<Decimal> rate(const QString &key, std::optional<Decimal> fallback = std::nullopt);
    /// A positive number with up to `maxFractionDigits` digits (exchange rates, quantities).
    [[nodiscard]] Result<Decimal> positive(const QString &key, int maxFractionDigits);
    /// A required string.
    [[nodiscard]] Result<QString> text(const QString &key);
    [[nodiscard]] Result<int> integer(const QString &key, std::optional<int> fallback, int minimum, int maximum);
    [[nodiscard]] Result<bool> boolean(const QString &key, bool fallback);
    [[nodiscard]] Result<QString> choice(const QString &key, const QStringList &allowed,
                                         std::optional<QString> fallback = std::nullopt);
    /// An ISO date ("2025-03-31"); absent → `fallback`, or missing_field without one.
    [[nodiscard]] Result<QDate> date(const QString &key, std::optional<QDate> fallback = std::nullopt);
    [[nodiscard]] Result<QJsonArray> array(const QString &key);
    [[nodiscard]] Result<void> finish() const;

    [[nodiscard]] QString fieldName(const QString &key) const { return m_prefix + key; }
    /// How messages name the field: its label, or the quoted JSON path when it has none.
    [[nodiscard]] QString label(const QString &key) const;

private:
    [[nodiscard]] Result<Decimal> number(const QString &key, int maxFractionDigits);
    QJsonObject m_object;
    QString m_prefix;
    QHash<QString, QString> m_labels;
    QString m_labelPrefix;
    QSet<QString> m_read;
};

/// Rounds half-up to the fen (四舍五入), the one rounding a tax figure gets.
[[nodiscard]] Decimal roundFen(const Decimal &value);
/// "1234.50"
[[nodiscard]] QString moneyText(const Decimal &value);
/// A rate as a plain decimal ("0.13", "0.005").
[[nodiscard]] QString rateText(const Decimal &value);
/// A rate as a percentage for explanations ("13%", "0.005%").
[[nodiscard]] QString percentText(const Decimal &value);
[[nodiscard]] Decimal maxOf(const Decimal &a, const Decimal &b);
[[nodiscard]] Decimal minOf(const Decimal &a, const Decimal &b);

} // namespace taxbox::calc
