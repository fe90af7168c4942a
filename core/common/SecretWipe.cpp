#include "SecretWipe.h"

#include <cstddef>

namespace tessera
{
    namespace
    {
        void zeroBytes(void* data, std::size_t size)
        {
            // A volatile pointer keeps the stores: the compiler may not prove them dead.
            auto* p = static_cast<volatile unsigned char*>(data);
            for (std::size_t i = 0; i < size; ++i) {
                p[i] = 0;
            }
        }
    }

    bool zeroInPlace(QByteArray& bytes)
    {
        if (!bytes.isDetached()) {
            return false;
        }
        if (!bytes.isEmpty()) {
            zeroBytes(bytes.data(), static_cast<std::size_t>(bytes.size()));
        }
        return true;
    }

    void wipe(QByteArray& bytes)
    {
        zeroInPlace(bytes);
        bytes.clear();
    }

    void wipe(QString& text)
    {
        if (text.isDetached() && !text.isEmpty()) {
            zeroBytes(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
        }
        text.clear();
    }
}
