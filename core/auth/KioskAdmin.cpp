#include "KioskAdmin.h"

#include "Workspace.h"
#include "base/StrictJson.h"
#include "crypto/Crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <openssl/crypto.h>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::auth {

KioskAdmin::KioskAdmin(QString path)
    : m_path(std::move(path))
{ }

QString KioskAdmin::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"kiosk-admin.json"_s);
}

bool KioskAdmin::isSet() const
{
    return QFileInfo(m_path).isFile();
}

Result<void> KioskAdmin::setPassword(const crypto::SecureBytes &password)
{
    if (auto strong = Workspace::checkNewPassword(password); !strong)
        return strong;
    crypto::ScryptParameters parameters = crypto::ScryptParameters::generate();
    if (m_kdfCost)
        parameters.n = m_kdfCost;
    auto hash = crypto::Kdf::scrypt(password, parameters);
    if (!hash)
        return std::unexpected(hash.error());
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(u"write_failed"_s, tr("%1 cannot be created.").arg(QFileInfo(m_path).absolutePath()));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"write_failed"_s, tr("%1 cannot be written: %2").arg(m_path, file.errorString()));
    file.write(
        QJsonDocument(QJsonObject{{u"kdf"_s, parameters.toJson()}, {u"hash"_s, QString::fromLatin1(hash->view().toBase64())}})
            .toJson(QJsonDocument::Compact));
    if (!file.commit())
        return fail(u"write_failed"_s, tr("%1 cannot be written: %2").arg(m_path, file.errorString()));
    return {};
}

Result<bool> KioskAdmin::verify(const crypto::SecureBytes &password) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"no_admin_password"_s, tr("No administrator password is set on this PC."));
    auto document = StrictJson::parse(file.read(64 * 1024), 64 * 1024, m_path);
    if (!document || !document->isObject())
        return fail(u"admin_file_damaged"_s, tr("The administrator password file %1 is damaged.").arg(m_path));
    auto parameters = crypto::ScryptParameters::fromJson(document->object().value(u"kdf"_s).toObject());
    const QByteArray expected = QByteArray::fromBase64(document->object().value(u"hash"_s).toString().toLatin1());
    if (!parameters || expected.size() != 32)
        return fail(u"admin_file_damaged"_s, tr("The administrator password file %1 is damaged.").arg(m_path));
    auto hash = crypto::Kdf::scrypt(password, *parameters);
    if (!hash)
        return std::unexpected(hash.error());
    return static_cast<std::size_t>(expected.size()) == hash->size()
        && CRYPTO_memcmp(expected.constData(), hash->data(), hash->size()) == 0;
}

} // namespace taxbox::auth
