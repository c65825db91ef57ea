#pragma once
// What the crash-test children (StoreCrashWriter, InvoiceCrashIssuer) share: the store key read from
// standard input (never the command line) and the store opened, or made on the first run.

#include "store/EnterpriseStore.h"

#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

namespace taxbox::testing {

inline crypto::SecureBytes keyFromStandardInput()
{
    std::string hex;
    std::getline(std::cin, hex);
    const QByteArray raw = QByteArray::fromHex(QByteArray::fromStdString(hex));
    return crypto::SecureBytes(raw.constData(), static_cast<std::size_t>(raw.size()));
}

/// The store at `path`, created (崩溃测试有限公司) when the file does not exist yet; nullptr after
/// printing the reason on standard error.
inline std::unique_ptr<store::EnterpriseStore> openOrCreateCrashStore(const QString &path, const crypto::SecureBytes &key,
                                                                      const store::Actor &actor, bool *created = nullptr)
{
    using namespace Qt::Literals::StringLiterals;
    EnterpriseProfile profile;
    profile.name = u"崩溃测试有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.region = u"350100"_s;
    const bool exists = QFile::exists(path);
    if (created)
        *created = !exists;
    auto store = exists ? store::EnterpriseStore::open(path, key, u"crash"_s, actor)
                        : store::EnterpriseStore::create(path, key, u"crash"_s, profile, actor);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(*store);
}

} // namespace taxbox::testing
