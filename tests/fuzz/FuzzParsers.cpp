// Every reader of outside data, fed mutated input: CSV, XLSX, JSON requests (strict JSON and the
// invoice draft), invoice XML files and sync item payloads (an invoice's content as the server reads
// it). Built two ways:
//  - with clang and -fsanitize=fuzzer (TAXBOX_LIBFUZZER=ON): LLVMFuzzerTestOneInput, for long runs;
//  - otherwise a self-contained mutation harness that ctest runs for a bounded time per target (the
//    asan preset runs it under AddressSanitizer + UBSan): seeds, then random byte flips, insertions,
//    deletions, repeats and splices, deterministic from a seed so that a failure can be replayed:
//      FuzzParsers TARGET SECONDS [SEED]
// A crash, a sanitizer report or a hang (a ctest timeout) is a failure; refusals are expected.

#include "base/StrictJson.h"
#include "calc/Calculators.h"
#include "crypto/Crypto.h"
#include "crypto/SecureBytes.h"
#include "filing/FormEngine.h"
#include "invoice/Invoice.h"
#include "invoice/InvoiceDocument.h"
#include "invoice/InvoiceFile.h"
#include "invoice/OfdFile.h"
#include "invoice/PdfInvoice.h"
#include "payroll/Spreadsheet.h"
#include "refund/RefundApplications.h"
#include "rules/DepartureGuide.h"
#include "rules/PrintTemplates.h"
#include "rules/RulePack.h"
#include "square/Package.h"
#include "square/Search.h"
#include "square/SquareClient.h"
#include "store/EnterpriseStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

void fuzzCsv(const QByteArray &data)
{
    (void)payroll::Spreadsheet::parseCsv(QString::fromUtf8(data));
}

void fuzzXlsx(const QByteArray &data)
{
    const QString path = scratch().filePath(u"fuzz.xlsx"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(data);
    file.close();
    (void)payroll::Spreadsheet::read(path);
}

void fuzzJson(const QByteArray &data)
{
    auto document = StrictJson::parse(data, 1 << 20, u"fuzz"_s);
    if (document && document->isObject())
        (void)invoice::InvoiceDraft::fromJson(document->object());
}

void fuzzInvoiceXml(const QByteArray &data)
{
    static const rules::RulePack &pack = **rules::RulePack::builtIn();
    (void)invoice::verifyInvoiceFile(data, pack, {});
}

void fuzzOfd(const QByteArray &data)
{
    (void)invoice::readOfd(data);
}

void fuzzPdf(const QByteArray &data)
{
    (void)invoice::readPdfInvoice(data);
}

void fuzzQrPayload(const QByteArray &data)
{
    auto payload = invoice::QrPayload::parse(QString::fromUtf8(data));
    if (payload)
        (void)payload->checkMatches();
}

/// A `filing compute` request (and a filed return's request, which the server recomputes): the JSON as
/// the CLI reads it, then the form engine for each form.
void fuzzFilingRequest(const QByteArray &data)
{
    static const filing::FormEngine engine(**filing::FilingPack::builtIn(), **rules::RulePack::builtIn());
    auto document = StrictJson::parse(data, 1 << 20, u"fuzz"_s);
    if (!document || !document->isObject())
        return;
    for (const QString &form : filing::FilingPack::forms()) {
        if (auto computed = engine.compute(form, document->object()))
            (void)computed->toJson(true);
    }
}

/// The refund calculators' requests (the traveller's tool and the CLI read them from outside).
void fuzzRefundRequest(const QByteArray &data)
{
    auto document = StrictJson::parse(data, 1 << 20, u"fuzz"_s);
    if (!document || !document->isObject())
        return;
    for (const char *name : {"departure-refund", "retained-refund", "export-refund"}) {
        const calc::Calculator *calculator = calc::findCalculator(QString::fromLatin1(name));
        if (auto outcome = calculator->compute(document->object(), **calc::rulePackFor(*calculator), QDate(2026, 12, 1)))
            (void)outcome->output;
    }
}

/// What a person or a file gives a refund application (the register, the request) and what the server sends
/// back (a status): hostile input is refused with a message, never a crash, and a store stays consistent.
void fuzzRefundApplication(const QByteArray &data)
{
    static QTemporaryDir dir;
    static std::unique_ptr<store::EnterpriseStore> store = [] {
        EnterpriseProfile profile;
        profile.name = u"福州闽江制造有限公司"_s;
        profile.creditCode = u"91350100M000100Y43"_s;
        profile.taxpayerKind = TaxpayerKind::General;
        profile.region = u"350102"_s;
        auto created = store::EnterpriseStore::create(dir.filePath(u"fuzz.db"_s), crypto::SecureBytes::random(32), u"e1"_s,
                                                      profile, {u"u1"_s, u"fuzz"_s, Role::Accountant});
        if (!created)
            qFatal("store: %s", qPrintable(created.error().message));
        return std::move(*created);
    }();
    auto document = StrictJson::parse(data, 1 << 20, u"fuzz"_s);
    if (!document || !document->isObject())
        return;
    const QJsonObject object = document->object();
    refund::RefundApplications applications(*store);
    const QString period = object.value(u"period"_s).toString();
    if (object.contains(u"register"_s))
        (void)applications.saveExportRegister(period, object.value(u"register"_s).toArray());
    auto prepared = applications.prepare(object.value(u"kind"_s).toString(), period, object.value(u"request"_s).toObject(),
                                         **rules::RulePack::shipped(u"cn-refund"_s), QDate(2026, 12, 1));
    if (prepared) {
        (void)applications.applicationTables(*prepared);
        (void)applications.receiveStatus(object.value(u"status"_s).toObject());
        (void)applications.discard(prepared->id);
    }
}

/// A package file from anywhere (the square, a download, a USB stick): verified, never trusted, never a crash.
void fuzzContentRules(const QByteArray &data)
{
    // What a content pack's rule packs pass before they are put in force (print templates, the departure guide's
    // texts) and, when the guide's check lets one through, what the guide then reads from it.
    (void)rules::PrintTemplates::check(data);
    if (!rules::DepartureGuide::check(data))
        return;
    static const crypto::SecureBytes key = crypto::Ed25519::generatePrivateKey();
    static const QList<rules::TrustedKey> trusted{{u"fuzz"_s, *crypto::Ed25519::publicKeyOf(key)}};
    auto signature = rules::RulePack::sign(data, u"fuzz"_s, key);
    if (!signature)
        return;
    auto pack = rules::RulePack::load(data, *signature, trusted);
    if (!pack)
        return;
    for (const QString &step : rules::DepartureGuide::textKeys()) {
        for (const QString &language : rules::DepartureGuide::languages()) {
            if (auto text = rules::DepartureGuide::text(*pack, QDate(2027, 1, 5), step, language)) {
                QString filled = *text;
                for (int n = 0; n < rules::DepartureGuide::argumentCount(step); ++n)
                    filled = filled.arg(u"20000.00"_s);
            }
        }
    }
}

void fuzzPackage(const QByteArray &data)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"fuzz.tbx"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(data);
    file.close();
    square::Package::Context context;
    context.limits.maxArchiveBytes = 1 << 20;
    context.limits.maxTotalBytes = 4 << 20;
    (void)square::Package::verify(path, context);
    (void)square::PackageManifest::parse(data);
}

/// What a square's server answers (a catalogue page, a revocation list) and what a person types into its search.
void fuzzSquareAnswer(const QByteArray &data)
{
    const QJsonObject answer = QJsonDocument::fromJson(data).object();
    for (const QJsonValue &value : answer.value(u"packages"_s).toArray()) {
        const square::CatalogueEntry entry = square::CatalogueEntry::fromJson(value.toObject());
        (void)entry.displayName(u"zh_CN"_s);
    }
    (void)square::SquareClient::newest({square::CatalogueEntry::fromJson(answer)});
    (void)square::RevocationList::load(answer.value(u"revocations"_s).toString().toUtf8(), data.left(100), {});
    const QString text = QString::fromUtf8(data.left(4096));
    (void)square::pinyinInitials(text);
    if (auto manifest = square::PackageManifest::parse(
            R"({"format":1,"id":"cn.taxbox.tool","version":"1.0.0","kind":"content","name":{"zh_CN":"房产税","en":"Tool"},"compat":{"min_app":"0.1.0"},"api_version":1,"publisher":{"id":"p","name":"P","key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="},"files":{"a":"0000000000000000000000000000000000000000000000000000000000000000"}})"))
        (void)square::matchesSearch(*manifest, text);
}

void fuzzSyncItem(const QByteArray &data)
{
    auto document = StrictJson::parse(data, 1 << 20, u"fuzz"_s);
    if (document && document->isObject())
        (void)invoice::Invoice::fromContent(document->object().value(u"content"_s).toObject());
}

struct Target
{
    const char *name;
    std::function<void(const QByteArray &)> run;
    QList<QByteArray> seeds;
};

/// An invoice's OFD as Taxbox writes it (no store needed: the layout reads only the invoice).
QByteArray ofdSeed()
{
    invoice::IssuedInvoice issued;
    invoice::Invoice &invoice = issued.invoice;
    invoice.number = u"26357000000000000001"_s;
    invoice.kind = invoice::InvoiceKind::Special;
    invoice.issuedAt = QDateTime(QDate(2026, 3, 15), QTime(10, 30), Qt::OffsetFromUTC, 8 * 3600);
    invoice.seller = {u"福州闽江贸易有限公司"_s, u"91350100M000100Y43"_s, {}, {}, {}, {}, false};
    invoice.buyer = {u"北京朝阳科技有限公司"_s, u"91110108551385082Q"_s, {}, {}, {}, {}, false};
    invoice::LineInput input;
    input.shortName = u"信息技术服务"_s;
    input.name = u"软件维护"_s;
    input.rate = *Decimal::parse(u"0.06");
    invoice.lines.append({input, Money::fromFen(60000), Money::fromFen(3600)});
    invoice.totals = {Money::fromFen(60000), Money::fromFen(3600), Money::fromFen(63600), u"陆佰叁拾陆圆整"_s};
    return invoice::toOfd(issued);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<Target> targets()
{
    const QByteArray draft
        = R"({"kind":"special","buyer":{"name":"北京朝阳科技有限公司","credit_code":"91110108551385082Q"},"lines":[{"tax_code":"3040201010000000000","short_name":"信息技术服务","name":"软件维护","quantity":"2","unit_price":"300","rate":"0.06"},{"name":"笔记本电脑","amount":"1130.00","price_includes_tax":true,"rate":"0.13"}],"drawer":"王会计","remarks":"a\nb"})";
    QByteArray xlsx;
    {
        const QString path = scratch().filePath(u"seed.xlsx"_s);
        if (payroll::Spreadsheet::writeXlsx(path, u"s"_s, {{u"姓名"_s, u"本期收入"_s}, {u"张三"_s, u"8,000.50"_s}}, {1}))
            xlsx = fileBytes(path);
    }
    const QByteArray genuine = fileBytes(QStringLiteral(TAXBOX_SAMPLES_DIR "/shudianpiao-genuine-gd-2024.xml"));
    return {
        {"csv",
         fuzzCsv,
         {"姓名,身份证号,本期收入\r\n张三,11010519491231002X,\"8,000.50\"\r\n\"a \"\"b\"\"\",2\n", "a,b\n\"open"}},
        {"xlsx", fuzzXlsx, {xlsx}},
        {"json", fuzzJson, {draft, R"({"a":[1,2.5e3,{"b":null}],"c":"\u0041"})"}},
        {"invoice-xml",
         fuzzInvoiceXml,
         {genuine, fileBytes(QStringLiteral(TAXBOX_SAMPLES_DIR "/taxbox-1-red.xml")),
          fileBytes(QStringLiteral(TAXBOX_SAMPLES_DIR "/taxbox-1-blue.xml"))}},
        {"ofd", fuzzOfd, {ofdSeed()}},
        {"pdf",
         fuzzPdf,
         {"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj"
          "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 397]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"}},
        {"qr-payload", fuzzQrPayload, {"01,31,,24312000000358032546,633.00,20241118,,16C0\r\n"}},
        {"filing-request",
         fuzzFilingRequest,
         {R"({"period":"2025-01","cells":{"A1.r1.c1":"800000.00","A1.r1.c2":"104000.00","A2.2.n":25,"M25":"40000.00"},"previous":{"M20":"8000.00"},"flags":{"urban_rate":"0.07"}})",
          R"({"period":"2025Q2","cells":{"M1.g":"300000.00","M3.g":"250000.00","T.r1.item":"买卖合同","T.r1.base":"1000.00","P.r2.income":"30000.00","L3":"1900000.00","H.staff.start":120}})"}},
        {"refund-request",
         fuzzRefundRequest,
         {R"({"purchases":[{"date":"2026-03-01","store":"上海某百货","amount":"800.00","rate":"0.13"},{"date":"2026-03-01","store":"B","amount":"300.00","rate":"0.09"}],"entry_date":"2026-02-20","departure_date":"2026-03-10","instant":true,"fee_rate":"0.02"})",
          R"({"period":"2026-01","route":"other","credits_6_months":["900000","1000000","1200000","1500000","1700000","1800000"],"credit_at_prior_year_end":"1000000","qualifying_input":"900000","total_input":"1000000","credit_level":"B","declarations":{"no_fraud_36_months":true}})"}},
        {"refund-application",
         fuzzRefundApplication,
         {R"({"kind":"overpayment","period":"2026-12","request":{"payments":[{"tax":"印花税","period":"2026Q2","voucher":"1","paid_on":"2026-07-10","paid":"5000","due":"0","form":"stamp-duty"}],"reason":"x"},"status":{"id":"x","state":"accepted","at":"2026-12-01"}})",
          R"({"kind":"export_declaration","period":"2026-05","request":{},"register":[{"declaration_number":"350120260000123456001","export_date":"2026-05-10","hs_code":"8507600090","name":"电池","fob_foreign":"100","fx_rate":"7.1","invoice_number":"E1","refund_rate":"0.06"}]})",
          R"({"kind":"retained_credit","period":"2026-07","request":{"route":"other","credit_level":"A","credit_at_prior_year_end":"1","input_before_store":{"qualifying":"9","total":"10"},"declarations":{"no_fraud_36_months":true}}})",
          R"({"kind":"cit_settlement","period":"2025","request":{"annual_tax":"150000","disposition":"offset"}})"}},
        {"package",
         fuzzPackage,
         {QByteArray::fromBase64(
              "UEsDBBQAAAAIAAAAIQAAAAAAAAAAAAAAAAANAAAAbWFuaWZlc3QuanNvbqtWyk0sSs7ILFayUlAqzs8tSM1TqAUAUEsBAhQAFAAAAAgAAAAhAAAAAA"
              "AAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAG1hbmlmZXN0Lmpzb25QSwUGAAAAAAEAAQA7AAAAKwAAAAAA"),
          R"({"format":1,"id":"cn.taxbox.tool","version":"1.0.0","kind":"web","name":{"zh_CN":"工具","en":"Tool"},"compat":{"min_app":"0.1.0"},"api_version":1,"publisher":{"id":"p","name":"P","key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="},"permissions":["calc.run","network:example.cn"],"files":{"index.html":"0000000000000000000000000000000000000000000000000000000000000000"}})"}},
        {"square-answer",
         fuzzSquareAnswer,
         {R"({"packages":[{"id":"cn.taxbox.property-tax","version":"1.2.0","kind":"native","name":{"zh_CN":"房产税计算","en":"Property tax"},"category":"calculators","keywords":["fcs"],"permissions":["calc.run"],"sha256":"00","size":1024,"downloads":3,"revoked":""}],"square_key":"AAAA","revocations":"{\"revoked\":[]}"})",
          "fcs 房产税 城镇土地使用税 ABC 123"}},
        {"content-rules",
         fuzzContentRules,
         {R"({"format":1,"id":"cn-refund","version":"2099.1","published":"2026-12-01","rules":{"departure.guide_texts":[{"from":"2026-01-01","source":"s","value":{"counter_cash":{"zh_CN":"现金上限%1元","en":"up to %1 yuan","ja":"%1元まで"},"instant":{"zh_CN":"%1元，%2前离境","en":"%1 yuan, leave by %2"}}}],"departure.guide_notices":[{"from":"2026-01-01","source":"s","value":[{"en":"x","ja":"y"}]}]}})", R"({"rules":{"invoice.form":[{"from":"2026-01-01","source":"s","value":{"title":{"special":"a","ordinary":"b"},"labels":{},"columns":[{"field":"name","label":"项目名称","width":1980}]}}]}})"}},
        {"sync-item", fuzzSyncItem, {R"({"content":)" + draft + R"(,"signature":"AAAA"})"}},
    };
}

QByteArray mutate(QByteArray input, QRandomGenerator &random, const QList<QByteArray> &seeds)
{
    const int steps = 1 + static_cast<int>(random.bounded(8));
    for (int s = 0; s < steps; ++s) {
        const qsizetype size = input.size();
        const qsizetype at = size ? static_cast<qsizetype>(random.bounded(static_cast<quint32>(size))) : 0;
        switch (random.bounded(7)) {
        case 0: // flip a bit
            if (size)
                input[at] = static_cast<char>(input[at] ^ (1 << random.bounded(8)));
            break;
        case 1: // an interesting byte
        {
            static const char bytes[] = {'"', ',', '\n', '\r', '{', '}', '[', ']', ':', '\\', '<', '>', '\0', '-', '9', 'e'};
            input.insert(at, bytes[random.bounded(static_cast<quint32>(sizeof bytes))]);
            break;
        }
        case 2: // delete a run
            input.remove(at, static_cast<qsizetype>(random.bounded(16)));
            break;
        case 3: // repeat a run
            input.insert(at, input.mid(at, static_cast<qsizetype>(random.bounded(64))).repeated(1 + random.bounded(16)));
            break;
        case 4: // splice another seed
        {
            const QByteArray &other = seeds.at(random.bounded(static_cast<quint32>(seeds.size())));
            input = input.left(at) + other.mid(other.isEmpty() ? 0 : random.bounded(static_cast<quint32>(other.size())));
            break;
        }
        case 5: // a large number
            input.insert(at, QByteArray::number(random.generate64()).repeated(1 + random.bounded(3)));
            break;
        default: // truncate
            input.truncate(at);
            break;
        }
        if (input.size() > 256 * 1024)
            input.truncate(256 * 1024);
    }
    return input;
}

} // namespace

#ifdef TAXBOX_LIBFUZZER
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static const QList<Target> all = targets();
    static const QByteArray which = qgetenv("TAXBOX_FUZZ_TARGET");
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const Target &target : all) {
        if (which.isEmpty() || which == target.name)
            target.run(input);
    }
    return 0;
}
#else
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: FuzzParsers csv|xlsx|json|invoice-xml|ofd|pdf|qr-payload|sync-item|all SECONDS [SEED]\n");
        return 2;
    }
    const QString which = arguments.at(1);
    const qint64 milliseconds = arguments.at(2).toLongLong() * 1000;
    const quint32 seed = arguments.size() > 3 ? arguments.at(3).toUInt() : QRandomGenerator::system()->generate();
    std::printf("seed %u\n", seed);
    const QList<Target> all = targets();
    for (const Target &target : all) {
        if (which != u"all" && which != QLatin1StringView(target.name))
            continue;
        QRandomGenerator random(seed);
        QElapsedTimer timer;
        timer.start();
        qint64 runs = 0;
        for (const QByteArray &input : target.seeds) {
            target.run(input);
            ++runs;
        }
        QByteArray current = target.seeds.first();
        while (timer.elapsed() < milliseconds) {
            current = mutate(random.bounded(4) == 0 ? target.seeds.at(random.bounded(static_cast<quint32>(target.seeds.size())))
                                                    : current,
                             random, target.seeds);
            target.run(current);
            ++runs;
        }
        std::printf("%s: %lld inputs in %lld ms, no crash\n", target.name, static_cast<long long>(runs),
                    static_cast<long long>(timer.elapsed()));
    }
    return 0;
}
#endif
