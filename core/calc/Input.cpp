#include "Input.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::calc {

Input::Input(QJsonObject object, QString prefix, QHash<QString, QString> labels, QString labelPrefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
    , m_labels(std::move(labels))
    , m_labelPrefix(std::move(labelPrefix))
{ }

QString Input::label(const QString &key) const
{
    const QString shown = m_labels.value(key);
    return shown.isEmpty() ? u"\""_s + fieldName(key) + u"\""_s : m_labelPrefix + shown;
}

Result<Decimal> Input::number(const QString &key, int maxFractionDigits)
{
    const QJsonValue value = m_object.value(key);
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    else
        return fail(u"invalid_type"_s, tr("%1 must be a number such as 1234.50.").arg(label(key)), fieldName(key));
    auto parsed = Decimal::parse(text, label(key), maxFractionDigits);
    if (!parsed) {
        Error error = parsed.error();
        error.field = fieldName(key);
        return std::unexpected(error);
    }
    return parsed;
}

Result<Decimal> Input::money(const QString &key, std::optional<Decimal> fallback, bool allowNegative)
{
    m_read.insert(key);
    if (!m_object.contains(key) || m_object.value(key).isNull()) {
        if (fallback)
            return *fallback;
        return fail(u"missing_field"_s, tr("%1 is required.").arg(label(key)), fieldName(key));
    }
    auto value = number(key, 2);
    if (!value)
        return value;
    if (!allowNegative && value->isNegative())
        return fail(u"negative_amount"_s, tr("%1 must not be negative.").arg(label(key)), fieldName(key));
    return value;
}

Result<Decimal> Input::rate(const QString &key, std::optional<Decimal> fallback)
{
    m_read.insert(key);
    if (!m_object.contains(key) || m_object.value(key).isNull()) {
        if (fallback)
            return *fallback;
        return fail(u"missing_field"_s, tr("%1 is required.").arg(label(key)), fieldName(key));
    }
    // Typed as people type rates: "13%", "13" or "0.13" (Decimal::parseRate).
    const QJsonValue value = m_object.value(key);
    if (!value.isString() && !value.isDouble())
        return fail(u"invalid_rate"_s, tr("%1 must be a rate such as 13%.").arg(label(key)), fieldName(key));
    auto parsed = Decimal::parseRate(
        value.isString() ? value.toString() : QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest), label(key));
    if (!parsed) {
        Error error = parsed.error();
        error.field = fieldName(key);
        return std::unexpected(error);
    }
    return parsed;
}

Result<Decimal> Input::positive(const QString &key, int maxFractionDigits)
{
    m_read.insert(key);
    if (!m_object.contains(key) || m_object.value(key).isNull())
        return fail(u"missing_field"_s, tr("%1 is required.").arg(label(key)), fieldName(key));
    auto value = number(key, maxFractionDigits);
    if (!value)
        return value;
    if (value->isNegative() || value->isZero())
        return fail(u"out_of_range"_s, tr("%1 must be more than 0.").arg(label(key)), fieldName(key));
    return value;
}

Result<QString> Input::text(const QString &key)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fail(u"missing_field"_s, tr("%1 is required.").arg(label(key)), fieldName(key));
    if (!value.isString())
        return fail(u"invalid_type"_s, tr("%1 must be a string.").arg(label(key)), fieldName(key));
    return value.toString();
}

Result<int> Input::integer(const QString &key, std::optional<int> fallback, int minimum, int maximum)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (fallback)
            return *fallback;
        return fail(u"missing_field"_s, tr("%1 is required.").arg(label(key)), fieldName(key));
    }
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) || number < minimum || number > maximum)
        return fail(u"out_of_range"_s, tr("%1 must be a whole number from %2 to %3.").arg(label(key)).arg(minimum).arg(maximum),
                    fieldName(key));
    return static_cast<int>(number);
}

Result<bool> Input::boolean(const QString &key, bool fallback)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        return fail(u"invalid_type"_s, tr("%1 must be true or false.").arg(label(key)), fieldName(key));
    return value.toBool();
}

Result<QString> Input::choice(const QString &key, const QStringList &allowed, std::optional<QString> fallback)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (fallback)
            return *fallback;
        return fail(u"missing_field"_s, tr("%1 is required: one of %2.").arg(label(key), allowed.join(u", "_s)), fieldName(key));
    }
    if (!allowed.contains(value.toString()))
        return fail(u"invalid_choice"_s, tr("%1 must be one of %2.").arg(label(key), allowed.join(u", "_s)), fieldName(key));
    return value.toString();
}

Result<QDate> Input::date(const QString &key, std::optional<QDate> fallback)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (fallback)
            return *fallback;
        return fail(u"missing_field"_s, tr("%1 is required.").arg(label(key)), fieldName(key));
    }
    const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
    if (!parsed.isValid())
        return fail(u"invalid_date"_s, tr("%1 must be a date such as 2025-03-31.").arg(label(key)), fieldName(key));
    return parsed;
}

Result<QJsonArray> Input::array(const QString &key)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(u"missing_field"_s, tr("%1 must be a non-empty list.").arg(label(key)), fieldName(key));
    return value.toArray();
}

Result<void> Input::finish() const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key()))
            return fail(u"unknown_field"_s, tr("%1 is not an input of this calculator.").arg(label(it.key())),
                        fieldName(it.key()));
    }
    return {};
}

Decimal roundFen(const Decimal &value)
{
    return value.roundedHalfUp(2);
}

QString moneyText(const Decimal &value)
{
    return value.toFixed(2);
}

QString rateText(const Decimal &value)
{
    // At least two fraction digits, as rates are printed in tables ("0.10", "0.03"), more when needed.
    const QString shortest = value.toString();
    const qsizetype point = shortest.indexOf(u'.');
    return point < 0 || shortest.size() - point - 1 < 2 ? value.toFixed(2) : shortest;
}

QString percentText(const Decimal &value)
{
    return (value * Decimal::fromInteger(100)).toString() + u'%';
}

Decimal maxOf(const Decimal &a, const Decimal &b)
{
    return a < b ? b : a;
}

Decimal minOf(const Decimal &a, const Decimal &b)
{
    return b < a ? b : a;
}

} // namespace taxbox::calc
