#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace taxbox::sync {

/// The server answers with codes; the client words them in its user's language (the server's own
/// text, in the server's language, is only the fallback for a code this client does not know).
class ServerWords
{
    Q_DECLARE_TR_FUNCTIONS(ServerWords)
public:
    /// Why an item was refused or is in conflict: `code` and `args` as the server sent them
    /// (reason_code, reason_args).
    [[nodiscard]] static QString reason(const QString &code, const QStringList &args, const QString &serverText);
    /// An error answer to a request (sign-in, number ranges, sync): error.code, with retry_after when given.
    /// A record as a person calls it ("payroll-month:2026-03" → 2026-03 的工资).
    [[nodiscard]] static QString recordName(const QString &recordKey);
    [[nodiscard]] static QString error(const QString &code, const QString &serverText, qint64 retryAfterSeconds = 0);
};

} // namespace taxbox::sync
