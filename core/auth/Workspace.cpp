#include "Workspace.h"

#include "crypto/RecoveryKey.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::auth {

namespace {

constexpr char kKeyringFile[] = "keyring.json";
constexpr char kThrottleFile[] = "login-throttle.json";
constexpr char kEnterpriseFolder[] = "enterprises";

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error wrongPassword()
{
    return Error{u"wrong_password"_s, Workspace::tr("The user name or password is wrong."), u"password"_s};
}

/// Read-modify-write of the keyring under an inter-process lock.
Result<Keyring> updateKeyring(const QString &directory, const std::function<Result<void>(Keyring &)> &change)
{
    QLockFile lock(QDir(directory).filePath(u"keyring.lock"_s));
    lock.setStaleLockTime(30'000);
    if (!lock.tryLock(10'000))
        return fail(u"store_busy"_s, Workspace::tr("The workspace is being changed by another Taxbox program; try again."));
    const QString path = QDir(directory).filePath(QString::fromLatin1(kKeyringFile));
    auto keyring = Keyring::load(path);
    if (!keyring)
        return keyring;
    if (auto changed = change(*keyring); !changed)
        return std::unexpected(changed.error());
    if (auto saved = keyring->save(path); !saved)
        return std::unexpected(saved.error());
    return keyring;
}

Result<void> checkUserName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 64 || name != name.trimmed()) {
        return fail(u"invalid_user_name"_s, Workspace::tr("A user name has 1 to 64 characters and no spaces at either end."),
                    u"user"_s);
    }
    for (const QChar character : name) {
        if (character.category() == QChar::Other_Control)
            return fail(u"invalid_user_name"_s, Workspace::tr("A user name may not contain control characters."), u"user"_s);
    }
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------- Workspace

Workspace::Workspace(QString directory)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_kdfCost(crypto::ScryptParameters{}.n)
{ }

Workspace Workspace::at(const QString &directory) const
{
    Workspace copy = *this;
    copy.m_directory = QDir::cleanPath(QDir(directory).absolutePath());
    return copy;
}

QString Workspace::defaultDirectory()
{
    // GenericDataLocation + our own folder, so that "taxbox" and "taxbox-cli" share one workspace.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"Taxbox/workspace"_s);
}

QString Workspace::keyringPath() const
{
    return QDir(m_directory).filePath(QString::fromLatin1(kKeyringFile));
}

bool Workspace::exists() const
{
    finishInterruptedRestore();
    return QFileInfo::exists(keyringPath());
}

QStringList Workspace::userNames() const
{
    QStringList names;
    if (auto keyring = Keyring::load(keyringPath())) {
        for (const KeyringUser &user : keyring->users)
            names.append(user.name);
    }
    return names;
}

Workspace::LoginState Workspace::loginState(const QString &userName) const
{
    QString name = userName;
    if (name.isEmpty()) {
        const QStringList names = userNames();
        if (names.size() == 1)
            name = names.constFirst();
    }
    const LoginThrottle state = throttle();
    return {state.failures(name), state.secondsUntilAllowed(name)};
}

LoginThrottle Workspace::throttle() const
{
    return LoginThrottle(QDir(m_directory).filePath(QString::fromLatin1(kThrottleFile)), m_clock);
}

void Workspace::finishInterruptedRestore() const
{
    if (QFileInfo::exists(m_directory))
        return;
    const QFileInfo info(m_directory);
    const QStringList previous
        = info.dir().entryList({info.fileName() + u".previous-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (!previous.isEmpty())
        QDir().rename(info.dir().filePath(previous.constLast()), m_directory);
}

Result<void> Workspace::checkNewPassword(const crypto::SecureBytes &password, const QString &field)
{
    // Count characters, not bytes, without copying the secret: UTF-8 continuation bytes are 10xxxxxx.
    qsizetype characters = 0;
    for (const char byte : password.view())
        characters += (static_cast<unsigned char>(byte) & 0xC0) != 0x80 ? 1 : 0;
    if (characters < kMinimumPasswordLength) {
        return fail(u"weak_password"_s, tr("The password must have at least %1 characters.").arg(kMinimumPasswordLength), field);
    }
    return {};
}

Result<KeyringUser> Workspace::makeUser(const QString &id, const QString &name, const crypto::SecureBytes &password,
                                        crypto::SecureBytes *privateKeyOut) const
{
    crypto::ScryptParameters kdf = crypto::ScryptParameters::generate();
    kdf.n = m_kdfCost;
    auto kek = crypto::Kdf::scrypt(password, kdf);
    if (!kek)
        return std::unexpected(kek.error());
    crypto::KeyPair keys = crypto::KeyPair::generate();
    KeyringUser user{id, name, QDateTime::currentDateTimeUtc(), kdf, keys.publicKey, {}};
    user.privateKey = crypto::Aead::encrypt(*kek, keys.privateKey, Keyring::userKeyContext(user.id));
    if (privateKeyOut)
        *privateKeyOut = std::move(keys.privateKey);
    return user;
}

Result<Workspace::Created> Workspace::initialize(const QString &userName, const crypto::SecureBytes &password)
{
    if (auto valid = checkUserName(userName); !valid)
        return std::unexpected(valid.error());
    if (auto strong = checkNewPassword(password); !strong)
        return std::unexpected(strong.error());
    if (exists())
        return fail(u"workspace_exists"_s, tr("A workspace already exists at %1.").arg(m_directory));
    if (!QDir().mkpath(QDir(m_directory).filePath(QString::fromLatin1(kEnterpriseFolder))))
        return fail(u"write_failed"_s, tr("The folder %1 could not be created.").arg(m_directory));
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    crypto::SecureBytes privateKey;
    auto user = makeUser(newId(), userName, password, &privateKey);
    if (!user)
        return std::unexpected(user.error());
    const crypto::SecureBytes recoverySecret = crypto::RecoveryKey::generate();
    auto recovery = crypto::KeyPair::fromPrivateKey(recoverySecret.clone());
    if (!recovery)
        return std::unexpected(recovery.error());

    Keyring keyring;
    keyring.users.append(*user);
    keyring.recoveryPublicKey = recovery->publicKey;
    if (auto saved = keyring.save(keyringPath()); !saved)
        return std::unexpected(saved.error());

    auto keys = crypto::KeyPair::fromPrivateKey(std::move(privateKey));
    if (!keys)
        return std::unexpected(keys.error());
    return Created{std::make_unique<Session>(*this, *user, std::move(*keys)), crypto::RecoveryKey::format(recoverySecret)};
}

Result<std::unique_ptr<Session>> Workspace::login(const QString &requestedUser, const crypto::SecureBytes &password)
{
    if (!exists())
        return fail(u"workspace_missing"_s, tr("There is no workspace at %1; create one first.").arg(m_directory));
    auto keyring = Keyring::load(keyringPath());
    if (!keyring)
        return std::unexpected(keyring.error());
    QString userName = requestedUser;
    if (userName.isEmpty()) {
        if (keyring->users.size() != 1)
            return fail(u"user_required"_s, tr("This workspace has several accounts; say which one."), u"user"_s);
        userName = keyring->users.constFirst().name;
    }

    LoginThrottle throttle = this->throttle();
    if (const qint64 wait = throttle.secondsUntilAllowed(userName); wait > 0) {
        return fail(u"too_many_attempts"_s,
                    tr("Too many wrong passwords. Wait %n second(s) before trying again.", nullptr, static_cast<int>(wait)),
                    u"password"_s);
    }
    const KeyringUser *user = keyring->findUser(userName);
    if (!user) {
        throttle.recordFailure(userName);
        return std::unexpected(wrongPassword());
    }
    auto kek = crypto::Kdf::scrypt(password, user->kdf);
    if (!kek)
        return std::unexpected(kek.error());
    auto privateKey = crypto::Aead::decrypt(*kek, user->privateKey, Keyring::userKeyContext(user->id));
    if (!privateKey) {
        throttle.recordFailure(userName);
        return std::unexpected(wrongPassword());
    }
    throttle.recordSuccess(userName);
    auto keys = crypto::KeyPair::fromPrivateKey(std::move(*privateKey));
    if (!keys || keys->publicKey != user->publicKey)
        return fail(u"corrupt_keyring"_s,
                    Keyring::tr("The keyring %1 is damaged (%2). Restore it from a backup.")
                        .arg(keyringPath(), tr("account %1").arg(user->name)));
    return std::make_unique<Session>(*this, *user, std::move(*keys));
}

Result<std::unique_ptr<Session>> Workspace::recover(const QString &userName, const QString &recoveryKey,
                                                    const crypto::SecureBytes &newPassword)
{
    if (!exists())
        return fail(u"workspace_missing"_s, tr("There is no workspace at %1; create one first.").arg(m_directory));
    if (auto strong = checkNewPassword(newPassword, u"new_password"_s); !strong)
        return std::unexpected(strong.error());
    auto secret = crypto::RecoveryKey::parse(recoveryKey);
    if (!secret)
        return std::unexpected(secret.error());
    auto recovery = crypto::KeyPair::fromPrivateKey(std::move(*secret));
    if (!recovery)
        return std::unexpected(recovery.error());

    crypto::SecureBytes privateKey;
    KeyringUser recovered;
    auto keyring = updateKeyring(m_directory, [&](Keyring &stored) -> Result<void> {
        if (recovery->publicKey != stored.recoveryPublicKey)
            return fail(u"wrong_recovery_key"_s, tr("This is not the recovery key of this workspace."), u"recovery_key"_s);
        QString name = userName;
        if (name.isEmpty() && stored.users.size() == 1)
            name = stored.users.constFirst().name;
        KeyringUser *user = stored.findUser(name);
        if (!user)
            return fail(u"unknown_user"_s, tr("The workspace has no account \"%1\".").arg(name), u"user"_s);
        // Same account, new key pair: the old private key is sealed under the forgotten password.
        auto fresh = makeUser(user->id, user->name, newPassword, &privateKey);
        if (!fresh)
            return std::unexpected(fresh.error());
        // Every grant the account had is re-sealed for its new public key, with the same role.
        for (KeyringEnterprise &enterprise : stored.enterprises) {
            for (KeyringGrant &grant : enterprise.grants) {
                if (grant.userId != user->id)
                    continue;
                auto dataKey = crypto::Box::open(*recovery, enterprise.recoveryDataKey, Keyring::recoveryContext(enterprise.id));
                if (!dataKey)
                    return std::unexpected(dataKey.error());
                auto sealed
                    = crypto::Box::seal(fresh->publicKey, *dataKey, Keyring::grantContext(enterprise.id, user->id, grant.role));
                if (!sealed)
                    return std::unexpected(sealed.error());
                grant.dataKey = *sealed;
            }
        }
        fresh->createdAt = user->createdAt;
        *user = *fresh;
        recovered = *fresh;
        return {};
    });
    if (!keyring)
        return std::unexpected(keyring.error());
    throttle().recordSuccess(recovered.name);
    auto keys = crypto::KeyPair::fromPrivateKey(std::move(privateKey));
    if (!keys)
        return std::unexpected(keys.error());
    return std::make_unique<Session>(*this, recovered, std::move(*keys));
}

// ------------------------------------------------------------------------------------------ Session

Session::Session(Workspace workspace, KeyringUser user, crypto::KeyPair keys)
    : m_workspace(std::move(workspace))
    , m_user(std::move(user))
    , m_keys(std::move(keys))
{ }

Result<Keyring> Session::keyring() const
{
    return Keyring::load(m_workspace.keyringPath());
}

Result<std::pair<KeyringEnterprise, Role>> Session::grantOf(const QString &enterpriseId)
{
    auto keyring = this->keyring();
    if (!keyring)
        return std::unexpected(keyring.error());
    const KeyringEnterprise *enterprise = keyring->findEnterprise(enterpriseId);
    const KeyringGrant *grant = enterprise ? keyring->grantFor(*enterprise, m_user.id) : nullptr;
    if (!grant)
        return fail(u"no_access"_s, tr("Your account has no access to enterprise %1.").arg(enterpriseId), u"enterprise"_s);
    return std::pair{*enterprise, grant->role};
}

Result<crypto::SecureBytes> Session::dataKey(const QString &enterpriseId)
{
    auto grant = grantOf(enterpriseId);
    if (!grant)
        return std::unexpected(grant.error());
    if (auto cached = m_dataKeys.find(enterpriseId); cached != m_dataKeys.end())
        return cached->second.clone();
    const KeyringGrant *sealed = nullptr;
    for (const KeyringGrant &candidate : grant->first.grants) {
        if (candidate.userId == m_user.id)
            sealed = &candidate;
    }
    auto key = crypto::Box::open(m_keys, sealed->dataKey, Keyring::grantContext(enterpriseId, m_user.id, sealed->role));
    if (!key) {
        return fail(u"corrupt_keyring"_s,
                    tr("The access of your account to enterprise %1 is damaged or was altered.").arg(enterpriseId));
    }
    auto [entry, inserted] = m_dataKeys.emplace(enterpriseId, std::move(*key));
    return entry->second.clone();
}

Result<std::unique_ptr<store::EnterpriseStore>> Session::openEnterprise(const QString &enterpriseId)
{
    auto grant = grantOf(enterpriseId);
    if (!grant)
        return std::unexpected(grant.error());
    auto key = dataKey(enterpriseId);
    if (!key)
        return std::unexpected(key.error());
    return store::EnterpriseStore::open(QDir(m_workspace.directory()).filePath(grant->first.file), *key, enterpriseId,
                                        {m_user.id, m_user.name, grant->second});
}

Result<QList<EnterpriseSummary>> Session::enterprises(bool includeArchived)
{
    auto keyring = this->keyring();
    if (!keyring)
        return std::unexpected(keyring.error());
    QList<EnterpriseSummary> list;
    for (const KeyringEnterprise &enterprise : keyring->enterprises) {
        const KeyringGrant *grant = keyring->grantFor(enterprise, m_user.id);
        if (!grant)
            continue;
        auto store = openEnterprise(enterprise.id);
        if (!store)
            return std::unexpected(store.error());
        auto profile = (*store)->profile();
        auto archived = (*store)->isArchived();
        if (!profile)
            return std::unexpected(profile.error());
        if (!archived)
            return std::unexpected(archived.error());
        if (*archived && !includeArchived)
            continue;
        list.append({enterprise.id, grant->role, *profile, *archived});
    }
    std::sort(list.begin(), list.end(), [](const EnterpriseSummary &a, const EnterpriseSummary &b) {
        return a.profile.name.localeAwareCompare(b.profile.name) < 0;
    });
    return list;
}

Result<EnterpriseSummary> Session::findEnterprise(const QString &idOrCreditCode)
{
    auto list = enterprises(true);
    if (!list)
        return std::unexpected(list.error());
    const QString wanted = idOrCreditCode.trimmed();
    for (const EnterpriseSummary &summary : std::as_const(*list)) {
        if (summary.id == wanted || summary.profile.creditCode.compare(wanted, Qt::CaseInsensitive) == 0)
            return summary;
    }
    return fail(u"unknown_enterprise"_s, tr("No enterprise of yours has the id or credit code \"%1\".").arg(wanted),
                u"enterprise"_s);
}

Result<void> Session::refuseDuplicate(const QString &creditCode, const QString &exceptId)
{
    auto list = enterprises(true);
    if (!list)
        return std::unexpected(list.error());
    for (const EnterpriseSummary &summary : std::as_const(*list)) {
        if (summary.id != exceptId && summary.profile.creditCode == creditCode) {
            return fail(u"duplicate_enterprise"_s,
                        tr("An enterprise with the credit code %1 already exists: %2.").arg(creditCode, summary.profile.name),
                        u"credit_code"_s);
        }
    }
    return {};
}

Result<EnterpriseSummary> Session::createEnterprise(const EnterpriseProfile &requested)
{
    auto profile = requested.validated();
    if (!profile)
        return std::unexpected(profile.error());
    if (auto unique = refuseDuplicate(profile->creditCode, {}); !unique)
        return std::unexpected(unique.error());
    auto keyring = this->keyring();
    if (!keyring)
        return std::unexpected(keyring.error());

    const QString id = newId();
    const QString file = QStringLiteral("enterprises/%1.db").arg(id);
    const QString path = QDir(m_workspace.directory()).filePath(file);
    QDir().mkpath(QFileInfo(path).absolutePath());
    crypto::SecureBytes key = crypto::SecureBytes::random(crypto::kKeySize);

    // The database is complete before the keyring names it: a crash in between leaves an unreachable
    // file, never a keyring entry without its data.
    {
        auto store = store::EnterpriseStore::create(path, key, id, *profile, {m_user.id, m_user.name, Role::Admin});
        if (!store) {
            QFile::remove(path);
            return std::unexpected(store.error());
        }
    }
    auto forUser = crypto::Box::seal(m_keys.publicKey, key, Keyring::grantContext(id, m_user.id, Role::Admin));
    if (!forUser)
        return std::unexpected(forUser.error());
    KeyringEnterprise enterprise;
    enterprise.id = id;
    enterprise.file = file;
    enterprise.grants.append({m_user.id, Role::Admin, *forUser});
    auto saved = updateKeyring(m_workspace.directory(), [&](Keyring &stored) -> Result<void> {
        auto forRecovery = crypto::Box::seal(stored.recoveryPublicKey, key, Keyring::recoveryContext(id));
        if (!forRecovery)
            return std::unexpected(forRecovery.error());
        enterprise.recoveryDataKey = *forRecovery;
        stored.enterprises.append(enterprise);
        return {};
    });
    if (!saved) {
        QFile::remove(path);
        return std::unexpected(saved.error());
    }
    m_dataKeys.emplace(id, std::move(key));
    return EnterpriseSummary{id, Role::Admin, *profile, false};
}

Result<EnterpriseProfile> Session::updateEnterprise(const QString &enterpriseId, const EnterpriseProfile &requested)
{
    auto profile = requested.validated();
    if (!profile)
        return profile;
    auto store = openEnterprise(enterpriseId);
    if (!store)
        return std::unexpected(store.error());
    if (auto allowed = (*store)->require(Permission::Administer, store::EnterpriseStore::tr("edit the enterprise profile"));
        !allowed)
        return std::unexpected(allowed.error());
    if (auto unique = refuseDuplicate(profile->creditCode, enterpriseId); !unique)
        return std::unexpected(unique.error());
    return (*store)->updateProfile(*profile);
}

Result<crypto::SecureBytes> Session::openSealed(const crypto::Sealed &sealed, QByteArrayView context) const
{
    return crypto::Box::open(m_keys, sealed, context);
}

Result<void> Session::changePassword(const crypto::SecureBytes &currentPassword, const crypto::SecureBytes &newPassword)
{
    if (auto strong = Workspace::checkNewPassword(newPassword, u"new_password"_s); !strong)
        return strong;
    auto keyring = updateKeyring(m_workspace.directory(), [&](Keyring &stored) -> Result<void> {
        KeyringUser *user = stored.findUser(m_user.name);
        if (!user)
            return fail(u"unknown_user"_s, tr("The account no longer exists."));
        // The current password is checked again: an unattended unlocked screen must not be enough.
        auto currentKek = crypto::Kdf::scrypt(currentPassword, user->kdf);
        if (!currentKek)
            return std::unexpected(currentKek.error());
        if (!crypto::Aead::decrypt(*currentKek, user->privateKey, Keyring::userKeyContext(user->id)))
            return fail(u"wrong_password"_s, Workspace::tr("The current password is wrong."), u"current_password"_s);
        crypto::ScryptParameters kdf = crypto::ScryptParameters::generate();
        kdf.n = user->kdf.n;
        auto kek = crypto::Kdf::scrypt(newPassword, kdf);
        if (!kek)
            return std::unexpected(kek.error());
        user->kdf = kdf;
        user->privateKey = crypto::Aead::encrypt(*kek, m_keys.privateKey, Keyring::userKeyContext(user->id));
        m_user = *user;
        return {};
    });
    if (!keyring)
        return std::unexpected(keyring.error());
    return {};
}

Result<void> Session::addUser(const QString &name, const crypto::SecureBytes &password)
{
    if (auto valid = checkUserName(name); !valid)
        return valid;
    if (auto strong = Workspace::checkNewPassword(password, u"new_password"_s); !strong)
        return strong;
    auto user = m_workspace.makeUser(newId(), name, password, nullptr);
    if (!user)
        return std::unexpected(user.error());
    auto keyring = updateKeyring(m_workspace.directory(), [&](Keyring &stored) -> Result<void> {
        if (stored.findUser(name))
            return fail(u"duplicate_user"_s, tr("An account named \"%1\" already exists.").arg(name), u"user"_s);
        stored.users.append(*user);
        return {};
    });
    if (!keyring)
        return std::unexpected(keyring.error());
    return {};
}

Result<void> Session::grant(const QString &enterpriseId, const QString &userName, Role role)
{
    auto mine = grantOf(enterpriseId);
    if (!mine)
        return std::unexpected(mine.error());
    if (!allows(mine->second, Permission::Administer))
        return fail(u"permission_denied"_s, RoleNames::refusal(mine->second, tr("grant access to the enterprise")));
    auto key = dataKey(enterpriseId);
    if (!key)
        return std::unexpected(key.error());
    auto keyring = updateKeyring(m_workspace.directory(), [&](Keyring &stored) -> Result<void> {
        const KeyringUser *user = stored.findUser(userName);
        if (!user)
            return fail(u"unknown_user"_s, tr("The workspace has no account \"%1\".").arg(userName), u"user"_s);
        if (user->id == m_user.id)
            return fail(u"permission_denied"_s, tr("You cannot change your own role."), u"user"_s);
        KeyringEnterprise *enterprise = stored.findEnterprise(enterpriseId);
        if (!enterprise)
            return fail(u"unknown_enterprise"_s, tr("The enterprise no longer exists."), u"enterprise"_s);
        auto sealed = crypto::Box::seal(user->publicKey, *key, Keyring::grantContext(enterpriseId, user->id, role));
        if (!sealed)
            return std::unexpected(sealed.error());
        enterprise->grants.removeIf([&](const KeyringGrant &grant) { return grant.userId == user->id; });
        enterprise->grants.append({user->id, role, *sealed});
        return {};
    });
    if (!keyring)
        return std::unexpected(keyring.error());
    return {};
}

} // namespace taxbox::auth
