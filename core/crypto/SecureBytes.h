#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <memory>

namespace taxbox::crypto {

/// A fixed-size buffer for secrets (keys, passwords). Its memory is wiped with OPENSSL_cleanse when
/// the buffer is destroyed or reassigned, and locked into RAM where the platform allows it, so a
/// secret is neither left behind in freed memory nor written to swap. Copies are explicit (clone()).
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const void *data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    /// The UTF-8 bytes of `text`. The caller should clear its own copy of `text` when it can.
    [[nodiscard]] static SecureBytes fromUtf8(const QString &text);
    /// `size` bytes from the operating system's cryptographically secure generator.
    [[nodiscard]] static SecureBytes random(std::size_t size);

    [[nodiscard]] SecureBytes clone() const { return SecureBytes(data(), size()); }
    [[nodiscard]] unsigned char *data() { return m_data.get(); }
    [[nodiscard]] const unsigned char *data() const { return m_data.get(); }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }

    /// A non-owning view for APIs that take QByteArray. Valid while this buffer lives.
    [[nodiscard]] QByteArray view() const;

    /// Constant-time comparison.
    [[nodiscard]] bool equals(const SecureBytes &other) const;

private:
    void release();

    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
};

/// Wipes a QString or QByteArray that held a secret (best effort: Qt may have copied it before).
void wipe(QString &text);
void wipe(QByteArray &bytes);

} // namespace taxbox::crypto
