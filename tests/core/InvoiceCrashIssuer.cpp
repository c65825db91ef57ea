// Test helper for TestCrashSafety: issues invoices in a loop and prints each number after its
// transaction committed, until it is killed. The store's key arrives on standard input.

#include "InvoiceFixtures.h"

#include "invoice/InvoiceBook.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: InvoiceCrashIssuer DATABASE < hex-key\n");
        return 2;
    }
    std::string hex;
    std::getline(std::cin, hex);
    const QByteArray raw = QByteArray::fromHex(QByteArray::fromStdString(hex));
    const crypto::SecureBytes key(raw.constData(), static_cast<std::size_t>(raw.size()));
    const QString path = QString::fromLocal8Bit(argv[1]);
    const store::Actor actor{u"u1"_s, u"王会计"_s, Role::Accountant};
    EnterpriseProfile profile;
    profile.name = u"崩溃测试有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.region = u"350100"_s;
    const bool exists = QFile::exists(path);
    auto store = exists ? store::EnterpriseStore::open(path, key, u"crash"_s, actor)
                        : store::EnterpriseStore::create(path, key, u"crash"_s, profile, actor);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    if (!exists) {
        testing::LocalServer server;
        if (auto granted = testing::grantLocally(**store, server, 1, 1'000'000); !granted) {
            std::fprintf(stderr, "%s\n", qPrintable(granted.error().message));
            return 1;
        }
    }
    invoice::InvoiceBook book(**store, **rules::RulePack::builtIn());
    const invoice::InvoiceDraft draft = testing::sampleDraft();
    for (;;) {
        auto issued = book.issue(draft);
        if (!issued) {
            std::fprintf(stderr, "%s\n", qPrintable(issued.error().message));
            return 1;
        }
        std::printf("%s\n", qPrintable(issued->invoice.number));
        std::fflush(stdout);
    }
}
