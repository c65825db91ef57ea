// bench/store: the same insert and query workload on the encrypted store (SQLCipher, the settings every
// Taxbox store uses) and on plain SQLite through the same library and wrapper, in one run. Prints the
// time of each phase and the encrypted/plain ratio. Timings are wall-clock medians of --repeat runs.
//
//   taxbox-bench-store [--rows N] [--repeat R] [--dir DIR]

#include "crypto/SecureBytes.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {

constexpr int kBatch = 1000; // rows per transaction in the bulk phase
constexpr int kSmallCommits = 500; // one-row transactions (each an fsync): the "save one record" case
constexpr int kLookups = 20000; // point reads by primary key

struct Phase
{
    const char *name;
    std::function<void(store::Database &, int rows)> run;
};

[[noreturn]] void die(const Error &error)
{
    std::fprintf(stderr, "bench: %s: %s\n", qPrintable(error.code), qPrintable(error.message));
    std::exit(1);
}

template<typename T> T check(Result<T> result)
{
    if (!result)
        die(result.error());
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

const char *const kSchema = R"(
CREATE TABLE invoice (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    issued_on TEXT NOT NULL,
    buyer TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    tax_fen INTEGER NOT NULL,
    payload BLOB NOT NULL);
CREATE INDEX invoice_by_date ON invoice(issued_on);
)";

void insertRows(store::Database &db, int first, int count, int perTransaction)
{
    auto rng = QRandomGenerator(static_cast<quint32>(first + 7));
    auto insert = check(db.prepare("INSERT INTO invoice(id, uuid, issued_on, buyer, amount_fen, tax_fen, payload) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QByteArray payload(240, Qt::Uninitialized);
    for (int done = 0; done < count;) {
        auto transaction = check(store::Transaction::begin(db));
        const int end = std::min(count, done + perTransaction);
        for (; done < end; ++done) {
            const int id = first + done;
            for (char &byte : payload)
                byte = static_cast<char>(rng.bounded(256));
            const qint64 amount = rng.bounded(1, 10'000'000);
            insert.bind(1, qint64(id))
                .bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces))
                .bind(3, u"2026-%1-%2"_s.arg(1 + id % 12, 2, 10, QLatin1Char('0')).arg(1 + id % 28, 2, 10, QLatin1Char('0')))
                .bind(4, u"福州闽江贸易有限公司 %1"_s.arg(id % 500))
                .bind(5, amount)
                .bind(6, amount * 13 / 100)
                .bind(7, payload);
            check(insert.run());
            insert.reset();
        }
        check(transaction.commit());
    }
}

const Phase kPhases[] = {
    {"bulk insert (1000 rows per commit)", [](store::Database &db, int rows) { insertRows(db, 1, rows, kBatch); }},
    {"single-row commits", [](store::Database &db, int rows) { insertRows(db, rows + 1, kSmallCommits, 1); }},
    {"point reads by id",
     [](store::Database &db, int rows) {
         auto rng = QRandomGenerator(42);
         auto select = check(db.prepare("SELECT buyer, amount_fen, payload FROM invoice WHERE id = ?"));
         qint64 sum = 0;
         for (int i = 0; i < kLookups; ++i) {
             select.bind(1, qint64(rng.bounded(1, rows + 1)));
             if (check(select.step()))
                 sum += select.int64(1);
             select.reset();
         }
         if (sum <= 0)
             die({u"bench"_s, u"point reads found nothing"_s, {}});
     }},
    {"monthly totals (index range scans)",
     [](store::Database &db, int) {
         auto totals = check(db.prepare("SELECT count(*), sum(amount_fen), sum(tax_fen) FROM invoice "
                                        "WHERE issued_on >= ? AND issued_on < ?"));
         for (int round = 0; round < 5; ++round) {
             for (int month = 1; month <= 12; ++month) {
                 totals.bind(1, u"2026-%1-01"_s.arg(month, 2, 10, QLatin1Char('0')));
                 totals.bind(2, u"2026-%1-99"_s.arg(month, 2, 10, QLatin1Char('0')));
                 (void)check(totals.step());
                 totals.reset();
             }
         }
     }},
    {"full scan with filter",
     [](store::Database &db, int) {
         for (int round = 0; round < 3; ++round)
             (void)check(db.scalar("SELECT count(*) FROM invoice WHERE buyer LIKE '%有限公司 4%' AND amount_fen > 5000000"));
     }},
};

/// Runs every phase on a fresh database and returns each phase's time in microseconds.
std::vector<qint64> runOnce(const QString &directory, int rows, bool encrypted, int round)
{
    const QString path = u"%1/%2-%3.db"_s.arg(directory, encrypted ? u"encrypted"_s : u"plain"_s).arg(round);
    const crypto::SecureBytes key = crypto::SecureBytes::random(32);
    store::Database db = encrypted ? check(store::Database::open(path, key, store::Database::Mode::Create))
                                   : check(store::Database::openUnencrypted(path, store::Database::Mode::Create));
    check(db.execute(kSchema));
    std::vector<qint64> times;
    for (const Phase &phase : kPhases) {
        QElapsedTimer timer;
        timer.start();
        phase.run(db, rows);
        times.push_back(timer.nsecsElapsed() / 1000);
    }
    db.close();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    return times;
}

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Encrypted store vs plain SQLite, same workload, same run."_s);
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Rows in the bulk insert (default 100000)."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"repeat"_s, u"Rounds per store; the median is reported (default 3)."_s, u"r"_s, u"3"_s});
    parser.addOption({u"dir"_s, u"Folder for the database files (default: a temporary folder)."_s, u"dir"_s});
    parser.process(app);
    const int rows = std::max(1000, parser.value(u"rows"_s).toInt());
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());
    QTemporaryDir temporary(parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) + u"/bench-store-XXXXXX"_s
                                                   : QDir::tempPath() + u"/bench-store-XXXXXX"_s);
    if (!temporary.isValid())
        die({u"bench"_s, u"cannot create the temporary folder"_s, {}});

    const size_t phases = std::size(kPhases);
    std::vector<std::vector<qint64>> plain(phases), encrypted(phases), plainTotal(1), encryptedTotal(1);
    for (int round = 0; round < repeat; ++round) {
        // Alternate the order so neither side always runs on a warmer cache.
        for (const bool encryptedFirst : {round % 2 == 0, round % 2 != 0}) {
            const auto times = runOnce(temporary.path(), rows, encryptedFirst, round);
            auto &into = encryptedFirst ? encrypted : plain;
            qint64 total = 0;
            for (size_t i = 0; i < phases; ++i) {
                into[i].push_back(times[i]);
                total += times[i];
            }
            (encryptedFirst ? encryptedTotal : plainTotal)[0].push_back(total);
        }
    }

    QTextStream out(stdout);
    out << u"bench/store: SQLCipher %1 (raw key, 4 KiB pages, WAL, synchronous=FULL) vs plain SQLite, same library\n"_s.arg(
        store::Database::cipherVersion());
    out << u"rows=%1 batch=%2 single-row commits=%3 point reads=%4 repeat=%5 (median)\n\n"_s.arg(rows)
               .arg(kBatch)
               .arg(kSmallCommits)
               .arg(kLookups)
               .arg(repeat);
    out << u"%1 %2 %3 %4\n"_s.arg(u"phase"_s, -38).arg(u"plain ms"_s, 10).arg(u"encrypted ms"_s, 13).arg(u"ratio"_s, 7);
    auto line = [&out](const QString &name, qint64 plainMicros, qint64 encryptedMicros) {
        out << u"%1 %2 %3 %4\n"_s.arg(name, -38)
                   .arg(plainMicros / 1000.0, 10, 'f', 1)
                   .arg(encryptedMicros / 1000.0, 13, 'f', 1)
                   .arg(double(encryptedMicros) / double(std::max<qint64>(1, plainMicros)), 7, 'f', 2);
    };
    for (size_t i = 0; i < phases; ++i)
        line(QString::fromUtf8(kPhases[i].name), median(plain[i]), median(encrypted[i]));
    line(u"total"_s, median(plainTotal[0]), median(encryptedTotal[0]));
    out << u"\nratio encrypted/plain (total): %1\n"_s.arg(double(median(encryptedTotal[0])) / double(median(plainTotal[0])), 0,
                                                          'f', 2);
    return 0;
}
