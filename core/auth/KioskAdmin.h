#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace taxbox::auth {

/// The tax hall's administrator password for a kiosk PC: only it lets Taxbox be closed (visitors cannot
/// quit it, close its window or leave with Ctrl+Q). Kept as an scrypt hash with its parameters in a
/// file of the machine's configuration (set with `taxbox --kiosk-set-admin-password`), never in a visit.
class KioskAdmin
{
    Q_DECLARE_TR_FUNCTIONS(KioskAdmin)
public:
    explicit KioskAdmin(QString path = defaultPath());
    /// The application's configuration folder + "/kiosk-admin.json".
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] const QString &path() const { return m_path; }

    /// For tests: a cheaper scrypt cost for new passwords.
    void setKdfCost(quint64 n) { m_kdfCost = n; }

    [[nodiscard]] bool isSet() const;
    /// Replaces the password (the rules of Workspace::checkNewPassword).
    [[nodiscard]] Result<void> setPassword(const crypto::SecureBytes &password);
    /// True when `password` is the administrator's; an error when none is set or the file is damaged.
    [[nodiscard]] Result<bool> verify(const crypto::SecureBytes &password) const;

private:
    QString m_path;
    quint64 m_kdfCost = 0; ///< 0: the default
};

} // namespace taxbox::auth
