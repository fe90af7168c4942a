#pragma once

#include <QObject>

namespace tessera::test
{
    /// The two properties of systemd-timedated's org.freedesktop.timedate1 that ClockCheck reads,
    /// for exporting on a private test bus.
    class FakeTimedated : public QObject
    {
        Q_OBJECT
        Q_CLASSINFO("D-Bus Interface", "org.freedesktop.timedate1")
        Q_PROPERTY(bool NTPSynchronized READ ntpSynchronized)
        Q_PROPERTY(bool NTP READ ntp)

    public:
        FakeTimedated(bool synchronized, bool ntp, QObject* parent = nullptr);

        [[nodiscard]] bool ntpSynchronized() const { return m_synchronized; }
        [[nodiscard]] bool ntp() const { return m_ntp; }

    private:
        bool m_synchronized;
        bool m_ntp;
    };
}
