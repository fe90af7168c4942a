#include "SecureBytes.h"

#include "Sodium_p.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace tessera
{
    namespace
    {
        std::atomic<std::size_t> g_allocations{0};
        std::atomic<std::size_t> g_bytes{0};
    }

    SecureBytes::SecureBytes(std::size_t size)
    {
        if (size == 0) {
            return;
        }
        if (!detail::ensureSodium()) {
            std::abort(); // the start-up self-test reports this properly before we get here
        }
        m_data = static_cast<unsigned char*>(sodium_malloc(size));
        if (m_data == nullptr) {
            throw std::bad_alloc();
        }
        std::memset(m_data, 0, size);
        m_size = size;
        g_allocations.fetch_add(1, std::memory_order_relaxed);
        g_bytes.fetch_add(size, std::memory_order_relaxed);
    }

    SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
    {
        SecureBytes out(static_cast<std::size_t>(bytes.size()));
        if (!bytes.isEmpty()) {
            std::memcpy(out.m_data, bytes.data(), out.m_size);
        }
        return out;
    }

    SecureBytes::SecureBytes(SecureBytes&& other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
    { }

    SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
    {
        if (this != &other) {
            clear();
            m_data = std::exchange(other.m_data, nullptr);
            m_size = std::exchange(other.m_size, 0);
        }
        return *this;
    }

    SecureBytes::~SecureBytes()
    {
        clear();
    }

    QByteArrayView SecureBytes::view() const
    {
        return {m_data, static_cast<qsizetype>(m_size)};
    }

    SecureBytes SecureBytes::clone() const
    {
        return copyOf(view());
    }

    bool SecureBytes::equals(const SecureBytes& other) const
    {
        if (m_size != other.m_size) {
            return false;
        }
        return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
    }

    void SecureBytes::clear()
    {
        if (m_data != nullptr) {
            sodium_free(m_data); // wipes before unmapping
            g_allocations.fetch_sub(1, std::memory_order_relaxed);
            g_bytes.fetch_sub(m_size, std::memory_order_relaxed);
        }
        m_data = nullptr;
        m_size = 0;
    }

    QByteArray SecureBytes::toByteArray() const
    {
        return QByteArray(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size));
    }

    std::size_t SecureBytes::liveAllocations()
    {
        return g_allocations.load(std::memory_order_relaxed);
    }

    std::size_t SecureBytes::liveBytes()
    {
        return g_bytes.load(std::memory_order_relaxed);
    }
}
