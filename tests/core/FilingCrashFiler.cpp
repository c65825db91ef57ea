// Test helper for TestFilingCrash: files a stamp-duty return per day (2023-01-01, 2023-01-02, …) in a loop
// and prints each period after its filing committed, until it is killed. After a restart it goes on where
// the store stands: a draft left by a killed run is filed, a filed day is skipped. The key arrives on
// standard input.

#include "CrashChild.h"

#include "filing/Filings.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: FilingCrashFiler DATABASE < hex-key\n");
        return 2;
    }
    const crypto::SecureBytes key = testing::keyFromStandardInput();
    auto enterprise
        = testing::openOrCreateCrashStore(QString::fromLocal8Bit(argv[1]), key, {u"u1"_s, u"王会计"_s, Role::Accountant});
    if (!enterprise)
        return 1;
    filing::Filings filings(*enterprise, **filing::FilingPack::builtIn(), **rules::RulePack::builtIn());
    for (QDate day(2023, 1, 1);; day = day.addDays(1)) {
        const QString period = day.toString(Qt::ISODate);
        auto current = filings.current(u"stamp-duty"_s, period);
        if (current && current->state == u"filed")
            continue;
        if (!current) {
            // Some documents, so each return has figures.
            const QJsonArray documents{
                QJsonObject{{u"item"_s, u"买卖合同"_s}, {u"base"_s, QString::number(1000 + day.dayOfYear()) + u".00"_s}}};
            if (auto saved = filings.saveData(u"stamp_documents"_s, period, documents); !saved) {
                std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
                return 1;
            }
            if (auto generated = filings.generate(u"stamp-duty"_s, period); !generated) {
                std::fprintf(stderr, "%s\n", qPrintable(generated.error().message));
                return 1;
            }
        }
        auto filed = filings.file(u"stamp-duty"_s, period, true);
        if (!filed) {
            std::fprintf(stderr, "%s\n", qPrintable(filed.error().message));
            return 1;
        }
        std::printf("%s\n", qPrintable(period));
        std::fflush(stdout);
    }
}
