#pragma once

#include "auth/Workspace.h"

#include <QCoreApplication>

#include <memory>

namespace taxbox::auth {

/// A visitor's session on a tax-hall self-service PC. Each visit gets a fresh workspace in a folder of
/// its own under the kiosk root, unlocked by a random password that exists only in this object's
/// memory. end() (logout, idle timeout, or destruction) closes everything and deletes the folder;
/// start() also deletes whatever a previous visit left if the machine lost power mid-visit.
class KioskSession
{
    Q_DECLARE_TR_FUNCTIONS(KioskSession)
public:
    /// The default kiosk root: a folder in the user's runtime or temporary location.
    [[nodiscard]] static QString defaultRoot();

    [[nodiscard]] static Result<std::unique_ptr<KioskSession>> start(const QString &root);
    ~KioskSession();
    KioskSession(const KioskSession &) = delete;
    KioskSession &operator=(const KioskSession &) = delete;

    [[nodiscard]] Session &session() { return *m_session; }
    [[nodiscard]] const QString &directory() const { return m_directory; }
    /// Wipes the visit. Safe to call more than once.
    void end();

private:
    KioskSession(QString directory, std::unique_ptr<Session> session);

    QString m_directory;
    std::unique_ptr<Session> m_session;
};

} // namespace taxbox::auth
