#pragma once

#include "crypto/SecureBytes.h"

#include <QObject>

#include <optional>

namespace taxbox {

/// What every Taxbox program does first, before it reads a secret or writes a file:
///  - umask 077: every file it creates (stores, keyring, code table, backups, exports, logs) is 0600
///    and every folder 0700, whatever the user's umask;
///  - no core dumps (Linux: PR_SET_DUMPABLE 0, which also keeps other processes of the same user from
///    reading its memory through ptrace or /proc; elsewhere RLIMIT_CORE 0).
/// Returns false when the process could not be made non-dumpable (the caller may say so; it goes on).
bool hardenProcess();

/// Takes a secret from the environment: copies it into locked, zeroing memory, overwrites the value in
/// the environment block in place (so /proc/PID/environ no longer shows it) and removes the variable
/// (so child processes never inherit it). nullopt when the variable is not set.
[[nodiscard]] std::optional<crypto::SecureBytes> takeSecretFromEnvironment(const char *name);

/// Turns SIGTERM, SIGINT and SIGHUP (log-out, shutdown, Ctrl+C, a closed terminal) into an orderly
/// QCoreApplication::quit(), so destructors run: a kiosk visit is wiped, stores are closed. The signal
/// handler only writes one byte to a socket pair; the quit happens in the event loop.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    /// The signal that was turned into a quit (0 when none).
    [[nodiscard]] static int received();

Q_SIGNALS:
    void terminationRequested(int signal);
};

} // namespace taxbox
