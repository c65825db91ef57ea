#include "Keyring.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace taxbox::auth {

namespace {

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

Error damaged(const QString &path, const QString &detail)
{
    return Error{
        u"corrupt_keyring"_s, Keyring::tr("The keyring %1 is damaged (%2). Restore it from a backup.").arg(path, detail), {}};
}

} // namespace

QByteArray Keyring::userKeyContext(const QString &userId)
{
    return "taxbox/user-key/v1\n" + userId.toUtf8();
}

QByteArray Keyring::grantContext(const QString &enterpriseId, const QString &userId, Role role)
{
    return "taxbox/grant/v1\n" + enterpriseId.toUtf8() + '\n' + userId.toUtf8() + '\n' + roleCode(role).toUtf8();
}

QByteArray Keyring::recoveryContext(const QString &enterpriseId)
{
    return "taxbox/recovery/v1\n" + enterpriseId.toUtf8();
}

Result<Keyring> Keyring::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"workspace_missing"_s, tr("No workspace at %1 (%2).").arg(path, file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(damaged(path, parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != u"taxbox-keyring"_s)
        return std::unexpected(damaged(path, tr("not a Taxbox keyring")));
    if (root.value(u"version"_s).toInt() > kFormatVersion)
        return fail(u"store_too_new"_s, tr("The workspace was written by a newer Taxbox. Update Taxbox to open it."));

    Keyring keyring;
    keyring.recoveryPublicKey = fromBase64(root.value(u"recovery_public_key"_s));
    for (const QJsonValue &value : root.value(u"users"_s).toArray()) {
        const QJsonObject object = value.toObject();
        auto kdf = crypto::ScryptParameters::fromJson(object.value(u"kdf"_s).toObject());
        auto privateKey = crypto::Sealed::fromJson(object.value(u"private_key"_s).toObject());
        if (!kdf || !privateKey)
            return std::unexpected(damaged(path, tr("account %1").arg(object.value(u"name"_s).toString())));
        keyring.users.append({object.value(u"id"_s).toString(), object.value(u"name"_s).toString(),
                              QDateTime::fromString(object.value(u"created_at"_s).toString(), Qt::ISODate), *kdf,
                              fromBase64(object.value(u"public_key"_s)), *privateKey});
    }
    for (const QJsonValue &value : root.value(u"enterprises"_s).toArray()) {
        const QJsonObject object = value.toObject();
        KeyringEnterprise enterprise;
        enterprise.id = object.value(u"id"_s).toString();
        enterprise.file = object.value(u"file"_s).toString();
        const QJsonObject cipher = object.value(u"cipher"_s).toObject();
        enterprise.cipher.formatVersion = cipher.value(u"format"_s).toInt(3);
        enterprise.cipher.pageSize = cipher.value(u"page_size"_s).toInt(4096);
        auto recovery = crypto::Sealed::fromJson(object.value(u"recovery_data_key"_s).toObject());
        if (!recovery || enterprise.id.isEmpty() || enterprise.file.contains(u".."_s))
            return std::unexpected(damaged(path, tr("enterprise %1").arg(enterprise.id)));
        enterprise.recoveryDataKey = *recovery;
        for (const QJsonValue &grantValue : object.value(u"grants"_s).toArray()) {
            const QJsonObject grant = grantValue.toObject();
            const auto role = parseRole(grant.value(u"role"_s).toString());
            auto sealed = crypto::Sealed::fromJson(grant.value(u"data_key"_s).toObject());
            if (!role || !sealed)
                return std::unexpected(damaged(path, tr("enterprise %1").arg(enterprise.id)));
            enterprise.grants.append({grant.value(u"user"_s).toString(), *role, *sealed});
        }
        keyring.enterprises.append(enterprise);
    }
    return keyring;
}

Result<void> Keyring::save(const QString &path) const
{
    QJsonArray userArray;
    for (const KeyringUser &user : users) {
        userArray.append(QJsonObject{{u"id"_s, user.id},
                                     {u"name"_s, user.name},
                                     {u"created_at"_s, user.createdAt.toUTC().toString(Qt::ISODate)},
                                     {u"kdf"_s, user.kdf.toJson()},
                                     {u"public_key"_s, base64(user.publicKey)},
                                     {u"private_key"_s, user.privateKey.toJson()}});
    }
    QJsonArray enterpriseArray;
    for (const KeyringEnterprise &enterprise : enterprises) {
        QJsonArray grants;
        for (const KeyringGrant &grant : enterprise.grants)
            grants.append(QJsonObject{
                {u"user"_s, grant.userId}, {u"role"_s, roleCode(grant.role)}, {u"data_key"_s, grant.dataKey.toJson()}});
        enterpriseArray.append(QJsonObject{
            {u"id"_s, enterprise.id},
            {u"file"_s, enterprise.file},
            {u"cipher"_s,
             QJsonObject{{u"format"_s, enterprise.cipher.formatVersion}, {u"page_size"_s, enterprise.cipher.pageSize}}},
            {u"grants"_s, grants},
            {u"recovery_data_key"_s, enterprise.recoveryDataKey.toJson()}});
    }
    const QJsonObject root{{u"format"_s, u"taxbox-keyring"_s},
                           {u"version"_s, kFormatVersion},
                           {u"recovery_public_key"_s, base64(recoveryPublicKey)},
                           {u"users"_s, userArray},
                           {u"enterprises"_s, enterpriseArray}};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"write_failed"_s, tr("The keyring %1 could not be written: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.flush())
        return fail(u"write_failed"_s, tr("The keyring %1 could not be written: %2").arg(path, file.errorString()));
#ifdef Q_OS_UNIX
    ::fsync(file.handle());
#endif
    if (!file.commit())
        return fail(u"write_failed"_s, tr("The keyring %1 could not be written: %2").arg(path, file.errorString()));
    return {};
}

KeyringUser *Keyring::findUser(const QString &name)
{
    for (KeyringUser &user : users) {
        if (user.name.compare(name, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

const KeyringUser *Keyring::findUserById(const QString &id) const
{
    for (const KeyringUser &user : users) {
        if (user.id == id)
            return &user;
    }
    return nullptr;
}

KeyringEnterprise *Keyring::findEnterprise(const QString &id)
{
    for (KeyringEnterprise &enterprise : enterprises) {
        if (enterprise.id == id)
            return &enterprise;
    }
    return nullptr;
}

const KeyringGrant *Keyring::grantFor(const KeyringEnterprise &enterprise, const QString &userId) const
{
    for (const KeyringGrant &grant : enterprise.grants) {
        if (grant.userId == userId)
            return &grant;
    }
    return nullptr;
}

} // namespace taxbox::auth
