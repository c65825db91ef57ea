#pragma once

// The server's log on standard error: one JSON object per line ({"time", "event", …}), for log
// collectors. Never headers, bodies, tokens, passwords or query strings.

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace taxbox::server {

inline void logEvent(const QString &event, QJsonObject fields)
{
    fields.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("event"), event);
    std::fprintf(stderr, "%s\n", QJsonDocument(fields).toJson(QJsonDocument::Compact).constData());
    std::fflush(stderr);
}

} // namespace taxbox::server
