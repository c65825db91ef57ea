#include "SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>
#include <stdexcept>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

#include <QtGlobal>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace taxbox::crypto {

namespace {

void lockPages([[maybe_unused]] void *data, [[maybe_unused]] std::size_t size)
{
#ifdef Q_OS_UNIX
    // Best effort: without CAP_IPC_LOCK the limit (RLIMIT_MEMLOCK) may be small. When locking fails the
    // secret may reach swap; it is still wiped. Said once, without any secret, so an operator can raise
    // the limit (docs/security.md).
    if (::mlock(data, size) != 0) {
        static std::atomic_flag warned = ATOMIC_FLAG_INIT;
        if (!warned.test_and_set())
            qWarning("taxbox: secret memory could not be locked (mlock: %s); it is wiped after use but may be "
                     "swapped out. Raise RLIMIT_MEMLOCK to lock it.",
                     std::strerror(errno));
    }
#endif
}

void unlockPages([[maybe_unused]] void *data, [[maybe_unused]] std::size_t size)
{
#ifdef Q_OS_UNIX
    (void)::munlock(data, size);
#endif
}

} // namespace

SecureBytes::SecureBytes(std::size_t size)
    : m_data(size ? std::make_unique<unsigned char[]>(size) : nullptr)
    , m_size(size)
{
    if (m_size)
        lockPages(m_data.get(), m_size);
}

SecureBytes::SecureBytes(const void *data, std::size_t size)
    : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data.get(), data, size);
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::release()
{
    if (m_data && m_size) {
        OPENSSL_cleanse(m_data.get(), m_size);
        unlockPages(m_data.get(), m_size);
    }
    m_data.reset();
    m_size = 0;
}

SecureBytes SecureBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes bytes(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    wipe(utf8);
    return bytes;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (size && RAND_bytes(bytes.data(), static_cast<int>(size)) != 1)
        throw std::runtime_error("the system random number generator failed"); // never continue without entropy
    return bytes;
}

QByteArray SecureBytes::view() const
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(m_data.get()), static_cast<qsizetype>(m_size));
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(m_data.get(), other.m_data.get(), m_size) == 0);
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace taxbox::crypto
