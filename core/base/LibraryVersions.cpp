#include "LibraryVersions.h"

#include <curl/curl.h>
#include <gmp.h>
#include <openssl/crypto.h>
#include <sqlite3.h>

#include <QtGlobal>

namespace taxbox {
namespace {

QString sqlcipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK) {
            if (sqlite3_step(statement) == SQLITE_ROW) {
                const auto *text = sqlite3_column_text(statement, 0);
                version = QString::fromUtf8(reinterpret_cast<const char *>(text));
            }
            sqlite3_finalize(statement);
        }
    }
    sqlite3_close(db);
    return version;
}

} // namespace

LibraryVersions LibraryVersions::detect()
{
    LibraryVersions versions;
    versions.qt = QString::fromLatin1(qVersion());
    versions.sqlite = QString::fromLatin1(sqlite3_libversion());
    versions.sqlcipher = sqlcipherVersion();
    versions.openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    versions.curl = QString::fromLatin1(curl_version_info(CURLVERSION_NOW)->version);
    versions.gmp = QString::fromLatin1(gmp_version);
    return versions;
}

} // namespace taxbox
