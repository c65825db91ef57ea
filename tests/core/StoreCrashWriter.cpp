// Test helper for TestCrashSafety: writes changes to an enterprise store in a loop and prints the
// record id of each one after its transaction has committed, until it is killed. The key arrives on
// standard input (never on the command line).

#include "CrashChild.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: StoreCrashWriter DATABASE < hex-key\n");
        return 2;
    }
    const crypto::SecureBytes key = testing::keyFromStandardInput();
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto enterprise = testing::openOrCreateCrashStore(path, key, {u"u1"_s, u"writer"_s, Role::Admin});
    if (!enterprise)
        return 1;
    const qint64 start = enterprise->database().scalar("SELECT count(*) FROM audit_log").value_or(0);
    for (qint64 i = start;; ++i) {
        auto transaction = store::Transaction::begin(enterprise->database());
        if (!transaction)
            return 1;
        const QJsonObject after{{u"id"_s, QString::number(i)}, {u"padding"_s, QString(200, u'账')}};
        if (!enterprise->recordChange({u"create"_s, u"probe"_s, QString::number(i), {}, after, u"probe.created"_s}))
            return 1;
        if (!transaction->commit())
            return 1;
        std::printf("%lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
}
