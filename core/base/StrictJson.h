#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

namespace taxbox {

/// JSON from outside (a CLI request, a server body, a sync payload) read strictly: QJsonDocument alone
/// lets the last of two equal keys win ("count":1,"count":100000 grants 100,000 numbers) and rounds
/// numbers silently to a double's 15–17 digits. Before QJsonDocument parses the bytes, one pass refuses
///  - more than `maxBytes` bytes ("input_too_large"),
///  - an object with a key twice ("duplicate_key", field = the key's path),
///  - a number with more than 15 significant digits ("imprecise_number", field = its path): a double
///    holds every 15-digit decimal exactly, not more,
///  - nesting deeper than 64 ("invalid_json").
/// Paths name keys with dots and list positions 1-based in brackets: "lines[2].quantity".
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)
public:
    static constexpr int kMaxSignificantDigits = 15;
    static constexpr int kMaxDepth = 64;

    [[nodiscard]] static Result<QJsonDocument> parse(const QByteArray &bytes, qint64 maxBytes, const QString &source);
    /// The scan alone (structure errors are left to QJsonDocument).
    [[nodiscard]] static Result<void> check(const QByteArray &bytes, const QString &source);
};

/// Up to `max` bytes of `device`, read until it ends (a pipe gives what is there on each read); the
/// caller compares the size with its limit, so read `limit + 1` to learn that there was more.
[[nodiscard]] QByteArray readAtMost(QIODevice &device, qint64 max);

/// `text` cut to `max` characters with "…" when longer, so that an error quoting an input never
/// repeats a hostile megabyte back.
[[nodiscard]] QString elided(QStringView text, qsizetype max = 64);

} // namespace taxbox
