#include "Clock.h"

#include <QDateTime>

#include <utility>

namespace tessera
{
    Clock::Clock(Source source)
        : m_source(std::move(source))
    { }

    qint64 Clock::nowMilliseconds() const
    {
        return m_source() + m_offsetMilliseconds;
    }

    qint64 Clock::nowSeconds() const
    {
        const qint64 ms = nowMilliseconds();
        // Floor division, so that -0.5 s is second -1 and not 0.
        return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    }

    void Clock::setOffsetMilliseconds(qint64 offset)
    {
        m_offsetMilliseconds = offset;
    }

    qint64 Clock::offsetMilliseconds() const
    {
        return m_offsetMilliseconds;
    }

    qint64 Clock::systemMilliseconds()
    {
        return QDateTime::currentMSecsSinceEpoch();
    }
}
