#pragma once

// App-square packages as a publisher and the square make them (written with QuaZip, not Taxbox's reader):
// a publisher key and a test square key, a manifest, files, and hooks to make them wrong.

#include "crypto/Crypto.h"
#include "square/Package.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <functional>

namespace taxbox::testing {

using namespace Qt::Literals::StringLiterals;

struct Entry
{
    QString name;
    QByteArray bytes;
    quint32 externalAttributes = 0;
};

/// Writes a zip of `entries` as another tool would.
inline void writeZip(const QString &path, const QList<Entry> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create %s", qPrintable(path));
    for (const Entry &entry : entries) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(entry.name);
        if (entry.externalAttributes)
            info.externalAttr = entry.externalAttributes;
        if (!file.open(QIODevice::WriteOnly, info))
            qFatal("cannot write %s", qPrintable(entry.name));
        file.write(entry.bytes);
        file.close();
    }
    zip.close();
}

inline QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct PackageFixture
{
    QString directory;
    crypto::SecureBytes publisher = crypto::Ed25519::generatePrivateKey();
    crypto::SecureBytes square = crypto::Ed25519::generatePrivateKey();

    [[nodiscard]] square::Package::Context context(const square::RevocationList *revocations = nullptr) const
    {
        square::Package::Context c;
        c.squareKeys = {{QStringLiteral("test-square"), *crypto::Ed25519::publicKeyOf(square)}};
        if (revocations)
            c.revocations = std::make_shared<const square::RevocationList>(*revocations);
        c.appVersion = QStringLiteral("0.1.0");
        c.apiVersion = 1;
        return c;
    }

    [[nodiscard]] static QMap<QString, QByteArray> files(const QString &rate = QStringLiteral("0.012"))
    {
        return {{QStringLiteral("rules/property-tax.json"), "{\"rate\": \"" + rate.toUtf8() + "\"}"},
                {QStringLiteral("README.md"), "房产税：从价计征 1.2%"}};
    }

    [[nodiscard]] QJsonObject manifest(const QString &version, const QMap<QString, QByteArray> &files) const
    {
        QJsonObject hashes;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            hashes.insert(it.key(), sha256(it.value()));
        return {{u"format"_s, 1},
                {u"id"_s, u"cn.taxbox.property-tax"_s},
                {u"version"_s, version},
                {u"kind"_s, u"content"_s},
                {u"name"_s, QJsonObject{{u"zh_CN"_s, u"房产税计算"_s}, {u"en"_s, u"Property tax"_s}}},
                {u"compat"_s, QJsonObject{{u"min_app"_s, u"0.1.0"_s}}},
                {u"api_version"_s, 1},
                {u"publisher"_s,
                 QJsonObject{{u"id"_s, u"taxbox"_s},
                             {u"name"_s, u"Taxbox"_s},
                             {u"key"_s, QString::fromLatin1(crypto::Ed25519::publicKeyOf(publisher)->toBase64())}}},
                {u"permissions"_s, QJsonArray{u"calc.run"_s, u"enterprise.read"_s}},
                {u"files"_s, hashes}};
    }

    /// A package signed by the publisher and countersigned by the square; `change` alters it on the way.
    QString build(const QString &name, QJsonObject manifestObject, QMap<QString, QByteArray> files,
                  const std::function<void(QList<Entry> &)> &change = {}, const crypto::SecureBytes *squareKey = nullptr)
    {
        const QByteArray manifestBytes = QJsonDocument(manifestObject).toJson(QJsonDocument::Indented);
        const QByteArray publisherSignature
            = *crypto::Ed25519::sign(publisher, square::Package::publisherSigningBytes(manifestBytes));
        const QByteArray squareSignature = *crypto::Ed25519::sign(
            squareKey ? *squareKey : square, square::Package::squareSigningBytes(manifestBytes, publisherSignature));
        QList<Entry> entries{{u"manifest.json"_s, manifestBytes},
                             {u"signatures/publisher.sig"_s, publisherSignature.toBase64()},
                             {u"signatures/square.sig"_s, squareSignature.toBase64()}};
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            entries.append({u"files/"_s + it.key(), it.value()});
        if (change)
            change(entries);
        const QString path = QDir(directory).filePath(name);
        writeZip(path, entries);
        return path;
    }
};

} // namespace taxbox::testing
