#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace taxbox::crypto {

/// The recovery key: 256 random bits shown once when a workspace is created, written as 11 groups of
/// five characters of Crockford base32 (no I, L, O, U) with a 16-bit checksum, e.g.
/// "7QK2M-…". Reading accepts lower case, spaces and dashes anywhere, and O/I/L for 0/1/1, and names a
/// mistyped key as such instead of as a wrong key.
class RecoveryKey
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKey)
public:
    static constexpr int kGroups = 11;

    [[nodiscard]] static SecureBytes generate();
    [[nodiscard]] static QString format(const SecureBytes &key);
    [[nodiscard]] static Result<SecureBytes> parse(const QString &text);
};

} // namespace taxbox::crypto
