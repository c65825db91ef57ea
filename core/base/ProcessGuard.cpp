#include "ProcessGuard.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <openssl/crypto.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace taxbox {

bool hardenProcess()
{
    bool nonDumpable = true;
#ifdef Q_OS_UNIX
    ::umask(077);
    const rlimit none{0, 0};
    (void)::setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
    // Not in sanitizer builds (never shipped): LeakSanitizer inspects the process through ptrace at exit,
    // which a non-dumpable process refuses.
    nonDumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return nonDumpable;
}

std::optional<crypto::SecureBytes> takeSecretFromEnvironment(const char *name)
{
    char *value = std::getenv(name);
    if (!value)
        return std::nullopt;
    const std::size_t size = std::strlen(value);
    crypto::SecureBytes secret(value, size);
    // getenv points into the environment block itself (for variables the process started with, the
    // block /proc/PID/environ shows): wipe it there before the variable is removed.
    OPENSSL_cleanse(value, size);
#ifdef Q_OS_WIN
    _putenv_s(name, "");
#else
    ::unsetenv(name);
#endif
    return secret;
}

namespace {
std::atomic<int> g_received{0};
#ifdef Q_OS_UNIX
int g_pipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int signal)
{
    g_received.store(signal);
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}
#endif
} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) == 1) {
            Q_EMIT terminationRequested(static_cast<unsigned char>(byte));
            QCoreApplication::quit();
        }
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
#endif
}

TerminationSignals::~TerminationSignals()
{
#ifdef Q_OS_UNIX
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
#endif
}

int TerminationSignals::received()
{
    return g_received.load();
}

} // namespace taxbox
