#include "Random.h"

#include "Sodium_p.h"

#include <cstdlib>

namespace tessera
{
    namespace
    {
        class SystemRandom final : public Random
        {
        public:
            void fill(unsigned char* buffer, std::size_t size) override
            {
                if (!detail::ensureSodium()) {
                    std::abort();
                }
                randombytes_buf(buffer, size);
            }
        };
    }

    QByteArray Random::bytes(std::size_t size)
    {
        QByteArray out(static_cast<qsizetype>(size), '\0');
        fill(reinterpret_cast<unsigned char*>(out.data()), size);
        return out;
    }

    SecureBytes Random::secureBytes(std::size_t size)
    {
        SecureBytes out(size);
        fill(out.data(), size);
        return out;
    }

    quint32 Random::uniform(quint32 upperBound)
    {
        if (upperBound < 2) {
            return 0;
        }
        // Reject the values that would make the modulo uneven.
        const quint32 limit = static_cast<quint32>(-upperBound) % upperBound;
        for (;;) {
            quint32 value = 0;
            fill(reinterpret_cast<unsigned char*>(&value), sizeof value);
            if (value >= limit) {
                return value % upperBound;
            }
        }
    }

    Random& Random::system()
    {
        static SystemRandom instance;
        return instance;
    }

    namespace detail
    {
        bool ensureSodium()
        {
            static const bool ok = sodium_init() >= 0;
            return ok;
        }
    }
}
