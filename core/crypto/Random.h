#pragma once

#include "SecureBytes.h"

#include <QByteArray>

#include <cstddef>

namespace tessera
{
    /// A source of randomness, injected wherever keys, salts or nonces are made, so tests can be
    /// deterministic. The default is the operating system's CSPRNG through libsodium.
    class Random
    {
    public:
        virtual ~Random() = default;

        virtual void fill(unsigned char* buffer, std::size_t size) = 0;

        [[nodiscard]] QByteArray bytes(std::size_t size);
        [[nodiscard]] SecureBytes secureBytes(std::size_t size);
        /// Uniform in [0, upperBound) without modulo bias; upperBound > 0.
        [[nodiscard]] quint32 uniform(quint32 upperBound);

        /// The process-wide system generator.
        static Random& system();
    };
}
