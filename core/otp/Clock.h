#pragma once

#include <QtGlobal>

#include <functional>

namespace tessera
{
    /// Time for codes. The source is injectable (tests pass a fixed or stepping clock), and an
    /// app-internal offset corrects a wrong system clock for codes only; the system clock is
    /// never changed.
    class Clock
    {
    public:
        using Source = std::function<qint64()>; ///< milliseconds since the Unix epoch

        explicit Clock(Source source = &Clock::systemMilliseconds);

        [[nodiscard]] qint64 nowMilliseconds() const;
        [[nodiscard]] qint64 nowSeconds() const;

        void setOffsetMilliseconds(qint64 offset);
        [[nodiscard]] qint64 offsetMilliseconds() const;

        static qint64 systemMilliseconds();

    private:
        Source m_source;
        qint64 m_offsetMilliseconds = 0;
    };
}
