// Test helper for TestCrashSafety: issues invoices in a loop and prints each number after its
// transaction committed, until it is killed. The store's key arrives on standard input.

#include "CrashChild.h"
#include "InvoiceFixtures.h"

#include "invoice/InvoiceBook.h"
#include "rules/RulePack.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: InvoiceCrashIssuer DATABASE < hex-key\n");
        return 2;
    }
    const crypto::SecureBytes key = testing::keyFromStandardInput();
    const QString path = QString::fromLocal8Bit(argv[1]);
    bool created = false;
    auto enterprise = testing::openOrCreateCrashStore(path, key, {u"u1"_s, u"王会计"_s, Role::Accountant}, &created);
    if (!enterprise)
        return 1;
    if (created) {
        testing::LocalServer server;
        if (auto granted = testing::grantLocally(*enterprise, server, 1, 1'000'000); !granted) {
            std::fprintf(stderr, "%s\n", qPrintable(granted.error().message));
            return 1;
        }
    }
    invoice::InvoiceBook book(*enterprise, **rules::RulePack::builtIn());
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
