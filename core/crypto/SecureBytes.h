#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace tessera
{
    /// Bytes in guarded memory (libsodium's sodium_malloc: guard pages, locked against swapping
    /// where the system allows it, and wiped when freed). Move-only: secrets are never copied
    /// implicitly. The process-wide accounting lets tests prove that locking released everything.
    class SecureBytes
    {
    public:
        SecureBytes() = default;
        explicit SecureBytes(std::size_t size); ///< zero-filled
        static SecureBytes copyOf(QByteArrayView bytes);

        SecureBytes(SecureBytes&& other) noexcept;
        SecureBytes& operator=(SecureBytes&& other) noexcept;
        SecureBytes(const SecureBytes&) = delete;
        SecureBytes& operator=(const SecureBytes&) = delete;
        ~SecureBytes();

        [[nodiscard]] std::size_t size() const { return m_size; }
        [[nodiscard]] bool isEmpty() const { return m_size == 0; }
        [[nodiscard]] unsigned char* data() { return m_data; }
        [[nodiscard]] const unsigned char* data() const { return m_data; }
        [[nodiscard]] QByteArrayView view() const;

        /// An explicit copy into new guarded memory.
        [[nodiscard]] SecureBytes clone() const;

        /// Constant-time comparison.
        [[nodiscard]] bool equals(const SecureBytes& other) const;

        /// Wipes and frees now (the destructor does the same).
        void clear();

        /// A transient copy for APIs that need a QByteArray; the caller wipes it (tessera::wipe).
        [[nodiscard]] QByteArray toByteArray() const;

        /// Live guarded allocations and bytes in this process.
        static std::size_t liveAllocations();
        static std::size_t liveBytes();

    private:
        unsigned char* m_data = nullptr;
        std::size_t m_size = 0;
    };
}
