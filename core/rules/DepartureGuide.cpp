#include "DepartureGuide.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::rules {

namespace {

const QString kTexts = u"departure.guide_texts"_s;
const QString kNotices = u"departure.guide_notices"_s;

const QHash<QString, int> &arguments()
{
    static const QHash<QString, int> counts{{u"store"_s, 0},
                                            {u"instant"_s, 2}, // the net refund, the day to leave by
                                            {u"goods"_s, 0},
                                            {u"customs"_s, 0},
                                            {u"spot_check"_s, 1}, // the sales below which forms are spot-checked
                                            {u"after_customs_instant"_s, 0},
                                            {u"counter_cash"_s, 1}, // the cash ceiling
                                            {u"counter_transfer"_s, 1}, // the cash ceiling
                                            {u"no_refund_after"_s, 0},
                                            {u"document_passport"_s, 0},
                                            {u"document_invoices"_s, 0},
                                            {u"document_forms"_s, 0},
                                            {u"document_goods"_s, 0},
                                            {u"document_card"_s, 0}};
    return counts;
}

Result<void> invalid(const QString &message, const QString &field)
{
    return fail(u"invalid_guide_text"_s, message, field);
}

/// One text object: only traveller languages, non-empty strings within the limit, and the arguments of `expected`
/// (-1: not checked, as in a notice, which is shown as it is).
Result<void> checkTexts(const QJsonValue &value, const QString &where, int expected, bool needChineseAndEnglish)
{
    if (!value.isObject())
        return invalid(DepartureGuide::tr("%1 is not a set of texts by language.").arg(where), where);
    const QJsonObject texts = value.toObject();
    if (texts.isEmpty())
        return invalid(DepartureGuide::tr("%1 has no text.").arg(where), where);
    if (needChineseAndEnglish) {
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            if (!texts.contains(language))
                return invalid(DepartureGuide::tr("%1 lacks the text in %2; every reworded step needs Chinese and English.")
                                   .arg(where, language),
                               where);
        }
    }
    static const QRegularExpression placeholder(u"%(L?)(\\d+)"_s);
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        const QString field = u"%1 (%2)"_s.arg(where, it.key());
        if (!DepartureGuide::languages().contains(it.key()))
            return invalid(DepartureGuide::tr("%1: \"%2\" is not a traveller language (%3).")
                               .arg(where, it.key(), DepartureGuide::languages().join(u", "_s)),
                           field);
        const QString text = it.value().toString();
        if (!it.value().isString() || text.trimmed().isEmpty())
            return invalid(DepartureGuide::tr("%1 is empty.").arg(field), field);
        if (text.size() > DepartureGuide::kMaxText)
            return invalid(DepartureGuide::tr("%1 is longer than %2 characters.").arg(field).arg(DepartureGuide::kMaxText),
                           field);
        if (expected < 0)
            continue; // a notice is shown as it is: no arguments are filled in
        const auto mark = [](int n) { return u"%"_s + QString::number(n); };
        QSet<int> used;
        for (auto matches = placeholder.globalMatch(text); matches.hasNext();) {
            const QRegularExpressionMatch match = matches.next();
            const int n = match.captured(2).toInt();
            // The figures come formatted; %L1 would survive some of QString::arg's forms as text.
            if (!match.captured(1).isEmpty())
                return invalid(DepartureGuide::tr("%1 writes %2; write %3.").arg(field, match.captured(0), mark(n)), field);
            used.insert(n);
        }
        for (int n = 1; n <= expected; ++n) {
            if (!used.contains(n))
                return invalid(DepartureGuide::tr("%1 leaves out %2, which this step must show.").arg(field, mark(n)), field);
        }
        for (int n : std::as_const(used)) {
            if (n >= 1 && n <= expected)
                continue;
            QString message;
            if (expected == 0)
                message = DepartureGuide::tr("%1 has the argument %2, but this text takes none.").arg(field, mark(n));
            else if (expected == 1)
                message = DepartureGuide::tr("%1 has the argument %2, but this step takes only %3.").arg(field, mark(n), mark(1));
            else
                message = DepartureGuide::tr("%1 has the argument %2, but this step takes %3 to %4.")
                              .arg(field, mark(n), mark(1), mark(expected));
            return invalid(message, field);
        }
    }
    return {};
}

} // namespace

const QStringList &DepartureGuide::languages()
{
    static const QStringList codes{u"zh_CN"_s, u"zh_TW"_s, u"en"_s, u"ja"_s, u"ko"_s, u"ru"_s};
    return codes;
}

const QStringList &DepartureGuide::textKeys()
{
    static const QStringList keys{u"store"_s,
                                  u"instant"_s,
                                  u"goods"_s,
                                  u"customs"_s,
                                  u"spot_check"_s,
                                  u"after_customs_instant"_s,
                                  u"counter_cash"_s,
                                  u"counter_transfer"_s,
                                  u"no_refund_after"_s,
                                  u"document_passport"_s,
                                  u"document_invoices"_s,
                                  u"document_forms"_s,
                                  u"document_goods"_s,
                                  u"document_card"_s};
    return keys;
}

int DepartureGuide::argumentCount(const QString &key)
{
    return arguments().value(key, -1);
}

QString DepartureGuide::pick(const QJsonObject &texts, const QString &language)
{
    for (const QString &choice : {language, u"en"_s, u"zh_CN"_s}) {
        const QString text = texts.value(choice).toString().trimmed();
        if (!text.isEmpty())
            return text.left(kMaxText);
    }
    return {};
}

std::optional<QString> DepartureGuide::text(const RulePack &pack, QDate date, const QString &key, const QString &language)
{
    auto texts = pack.value(kTexts, date);
    if (!texts)
        return std::nullopt; // no range covers the date: the built-in guide
    const QString text = pick(texts->toObject().value(key).toObject(), language);
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

Result<void> DepartureGuide::check(const QByteArray &packBytes)
{
    const QJsonObject rules = QJsonDocument::fromJson(packBytes).object().value(u"rules"_s).toObject();
    for (const QJsonValue &range : rules.value(kTexts).toArray()) {
        const QJsonObject object = range.toObject();
        const QString from = object.value(u"from"_s).toString();
        const QJsonValue value = object.value(u"value"_s);
        if (!value.isObject())
            return invalid(tr("The departure-refund guide texts from %1 are not a set of steps.").arg(from), kTexts);
        const QJsonObject steps = value.toObject();
        for (auto it = steps.constBegin(); it != steps.constEnd(); ++it) {
            const QString where = tr("The guide's step \"%1\" from %2").arg(it.key(), from);
            const int count = argumentCount(it.key());
            if (count < 0)
                return invalid(tr("%1: the departure-refund guide has no such step (%2).").arg(where, textKeys().join(u", "_s)),
                               it.key());
            if (auto checked = checkTexts(it.value(), where, count, true); !checked)
                return checked;
        }
    }
    for (const QJsonValue &range : rules.value(kNotices).toArray()) {
        const QJsonObject object = range.toObject();
        const QString from = object.value(u"from"_s).toString();
        const QJsonValue value = object.value(u"value"_s);
        if (!value.isArray())
            return invalid(tr("The departure-refund guide notices from %1 are not a list.").arg(from), kNotices);
        const QJsonArray notices = value.toArray();
        for (qsizetype i = 0; i < notices.size(); ++i) {
            const QString where = tr("The guide's notice %1 from %2").arg(i + 1).arg(from);
            if (auto checked = checkTexts(notices.at(i), where, -1, false); !checked)
                return checked;
        }
    }
    return {};
}

} // namespace taxbox::rules
