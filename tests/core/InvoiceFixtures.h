#pragma once
// For tests and benchmarks that issue invoices: a number range granted the way taxbox-server grants it
// (same document, same signature domain) but signed by a key made here, and a sample draft.

#include "crypto/Crypto.h"
#include "invoice/Invoice.h"
#include "store/EnterpriseStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncLedger.h"

#include <QJsonDocument>
#include <QUuid>

namespace taxbox::testing {

struct LocalServer
{
    crypto::SecureBytes key = crypto::Ed25519::generatePrivateKey();
    [[nodiscard]] QByteArray publicKey() const { return *crypto::Ed25519::publicKeyOf(key); }
};

/// Enrols a device for `server` in `store` (once) and grants it numbers first..first+count-1.
inline Result<sync::NumberGrant> grantLocally(store::EnterpriseStore &store, const LocalServer &server, qint64 first,
                                              qint64 count, qint64 maxOfflineHours = 168,
                                              qint64 maxOfflineAmountFen = 1'000'000'000'000)
{
    using namespace Qt::Literals::StringLiterals;
    sync::SyncLedger ledger(store);
    auto existing = ledger.device(u"https://local.test"_s);
    if (!existing)
        return std::unexpected(existing.error());
    if (!*existing) {
        sync::DeviceIdentity created{QUuid::createUuid().toString(QUuid::WithoutBraces), crypto::Ed25519::generatePrivateKey(),
                                     server.publicKey()};
        if (auto saved = ledger.saveDevice(u"https://local.test"_s, created); !saved)
            return std::unexpected(saved.error());
        existing = ledger.device(u"https://local.test"_s);
    }
    const sync::DeviceIdentity &device = **existing;
    auto profile = store.profile();
    const QJsonObject grant{{u"range_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {u"device_key"_s, QString::fromLatin1(crypto::Ed25519::publicKeyOf(device.privateKey)->toBase64())},
                            {u"credit_code"_s, profile->creditCode},
                            {u"enterprise_id"_s, store.enterpriseId()},
                            {u"device_id"_s, device.deviceId},
                            {u"kind"_s, QString::fromUtf16(sync::kInvoiceNumberKind)},
                            {u"first"_s, first},
                            {u"last"_s, first + count - 1},
                            {u"max_offline_hours"_s, maxOfflineHours},
                            {u"max_offline_amount_fen"_s, maxOfflineAmountFen},
                            {u"granted_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    auto signature = crypto::Ed25519::sign(
        server.key, QByteArray(sync::kGrantDomain) + '\n' + QJsonDocument(grant).toJson(QJsonDocument::Compact));
    if (!signature)
        return std::unexpected(signature.error());
    auto added = ledger.addGrant(grant, *signature, device);
    if (!added)
        return added;
    if (auto synced = ledger.markSynced(QDateTime::currentDateTimeUtc()); !synced)
        return std::unexpected(synced.error());
    return added;
}

/// A special invoice to 北京朝阳科技有限公司 (or an ordinary one to the individual 张三): 2 × 300.00 of
/// software maintenance at 6%, and a laptop for `amount` including 13%.
inline invoice::InvoiceDraft sampleDraft(const QString &amount = QStringLiteral("1130.00"), bool individual = false)
{
    using namespace Qt::Literals::StringLiterals;
    const QString json = QStringLiteral(R"({
        "kind": "%1",
        "buyer": {"name": "%2", "credit_code": "%3", "individual": %4},
        "lines": [
          {"tax_code": "3040201010000000000", "short_name": "信息技术服务", "name": "软件维护", "unit": "次",
           "quantity": "2", "unit_price": "300", "rate": "0.06"},
          {"tax_code": "1090511030000000000", "short_name": "计算机", "name": "笔记本电脑", "amount": "%5",
           "price_includes_tax": true, "rate": "0.13"}
        ],
        "remarks": "合同 HT-2026-001",
        "drawer": "王会计"})")
                             .arg(individual ? u"ordinary"_s : u"special"_s, individual ? u"张三"_s : u"北京朝阳科技有限公司"_s,
                                  individual ? QString() : u"91110108551385082Q"_s, individual ? u"true"_s : u"false"_s, amount);
    auto parsed = invoice::InvoiceDraft::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    if (!parsed)
        qFatal("bad sample draft: %s", qPrintable(parsed.error().message));
    return *parsed;
}

} // namespace taxbox::testing
