// Test helper for TestCrashSafety: writes changes to an enterprise store in a loop and prints the
// record id of each one after its transaction has committed, until it is killed. The key arrives on
// standard input (never on the command line).

#include "store/EnterpriseStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: StoreCrashWriter DATABASE < hex-key\n");
        return 2;
    }
    std::string hex;
    std::getline(std::cin, hex);
    const QByteArray raw = QByteArray::fromHex(QByteArray::fromStdString(hex));
    const crypto::SecureBytes key(raw.constData(), static_cast<std::size_t>(raw.size()));
    const QString path = QString::fromLocal8Bit(argv[1]);
    const store::Actor actor{u"u1"_s, u"writer"_s, Role::Admin};

    EnterpriseProfile profile;
    profile.name = u"崩溃测试有限公司"_s;
    profile.creditCode = u"91350100M000100Y43"_s;
    profile.region = u"350100"_s;
    auto store = QFile::exists(path) ? store::EnterpriseStore::open(path, key, u"crash"_s, actor)
                                     : store::EnterpriseStore::create(path, key, u"crash"_s, profile, actor);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    const qint64 start = (*store)->database().scalar("SELECT count(*) FROM audit_log").value_or(0);
    for (qint64 i = start;; ++i) {
        auto transaction = store::Transaction::begin((*store)->database());
        if (!transaction)
            return 1;
        const QJsonObject after{{u"id"_s, QString::number(i)}, {u"padding"_s, QString(200, u'账')}};
        if (!(*store)->recordChange({u"create"_s, u"probe"_s, QString::number(i), {}, after, u"probe.created"_s}))
            return 1;
        if (!transaction->commit())
            return 1;
        std::printf("%lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
}
