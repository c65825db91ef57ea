#pragma once

#include <QString>

namespace taxbox {

/// Versions of the libraries linked into this build, read at run time from the libraries themselves
/// (not from the headers compiled against), for the About dialog and `--version`.
struct LibraryVersions
{
    QString qt;
    QString sqlite; ///< SQLite version reported by the SQLCipher library.
    QString sqlcipher; ///< `PRAGMA cipher_version`; empty if the library has no codec.
    QString openssl;
    QString curl;
    QString gmp;

    [[nodiscard]] static LibraryVersions detect();
};

} // namespace taxbox
