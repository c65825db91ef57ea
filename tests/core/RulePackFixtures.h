#pragma once

// Rule packs as a content pack or the sync brings them: the app's shipped pack with rules changed, before it is
// signed with a test data key.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace taxbox::testing {

using namespace Qt::Literals::StringLiterals;

/// A rule with one range, from `from` on.
inline QJsonArray ruleFrom(const QString &from, const QJsonValue &value)
{
    return {QJsonObject{{u"from"_s, from}, {u"source"_s, u"test"_s}, {u"value"_s, value}}};
}

/// The pack `id` shipped in the app (":/rules/ID.json") as `version`, with `rules` added or in place of its own.
inline QByteArray shippedPackWith(const QString &id, const QString &version, const QJsonObject &rules)
{
    QFile shipped(u":/rules/%1.json"_s.arg(id));
    if (!shipped.open(QIODevice::ReadOnly))
        qFatal("no shipped rule pack %s", qPrintable(id));
    QJsonObject pack = QJsonDocument::fromJson(shipped.readAll()).object();
    pack.insert(u"version"_s, version);
    QJsonObject merged = pack.value(u"rules"_s).toObject();
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    pack.insert(u"rules"_s, merged);
    return QJsonDocument(pack).toJson();
}

} // namespace taxbox::testing
